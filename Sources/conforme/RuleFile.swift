import ArgumentParser
import ConformeKit
import Foundation

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
        let result = RuleSetLoader.load(path: url.lastPathComponent) { relative in
            let file = folder.appendingPathComponent(relative)
            guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
            return [UInt8](data)
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
