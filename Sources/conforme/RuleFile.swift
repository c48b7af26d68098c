import ArgumentParser
import ConformeKit
import Foundation
import YAMLTree

/// `--rules FILE`: a rule set from disk. Its `extends` are read relative to its folder; every
/// problem is printed at file:line:column and the run stops with exit code 2.
enum RuleFile {
    static func load(_ path: String, messages: CLIMessages) throws -> RuleSet {
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.isReadableFile(atPath: path) else {
            Terminal.error(messages.unreadable(path, .ruleSetMissing))
            throw ExitCode(2)
        }
        let folder = url.deletingLastPathComponent()
        let top = url.lastPathComponent
        // The rules' folder, links resolved: what `extends` may not leave.
        let realFolder = realpath(folder.path, nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        }
        let limit = ParseLimits.default.maxFileSize
        let result = RuleSetLoader.load(path: top) { relative in
            let file = folder.appendingPathComponent(relative).path
            // The file named on the command line is the user's choice, read as any input (an
            // endless device stops at the size limit). A base it `extends` may come from the
            // same pull request: like a folder's walk, never through a link that leads outside
            // the rules' folder, and only a regular file (a FIFO would block the run).
            if relative == top { return try? InputFile.read(file, limit: limit) }
            guard let realFolder, let real = realpath(file, nil) else { return nil }
            let target = String(cString: real)
            free(real)
            guard target.hasPrefix(realFolder == "/" ? "/" : realFolder + "/") else { return nil }
            return try? InputFile.read(file, limit: limit, regularOnly: true)
        }
        switch result {
        case .success(let ruleSet):
            return ruleSet
        case .failure(let error):
            let prefix = folder.path == FileManager.default.currentDirectoryPath ? "" : FileDiscovery.displayPath(folder.path) + "/"
            for problem in error.problems {
                var shown = problem
                shown.file = prefix + problem.file
                Terminal.error(shown.text(messages.language))
            }
            Terminal.error(messages.invalidRuleSet(path, count: error.problems.count))
            throw ExitCode(2)
        }
    }
}
