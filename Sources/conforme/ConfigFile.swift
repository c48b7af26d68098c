import ArgumentParser
import ConformeKit
import Foundation

/// A project's `.conforme.yml`, read and validated, with the folder its paths are relative to.
struct LoadedConfiguration {
    var configuration: ProjectConfiguration
    /// The file's folder, absolute and standardised: `rules`, `include`, `exclude` and report
    /// files of `formats` are relative to it, wherever conforme runs from.
    var folder: String
    /// The file as messages name it.
    var file: String

    /// A path of the file, as the CLI opens it: relative to the file's folder unless absolute.
    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileDiscovery.displayPath(folder + "/" + path)
    }

    /// `path` (as found on the command line or in a walk) relative to the file's folder, or
    /// nil when it lies outside: `exclude` globs match these.
    func relative(_ path: String) -> String? {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let standard = URL(fileURLWithPath: absolute).standardizedFileURL.path
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return standard.hasPrefix(prefix) ? String(standard.dropFirst(prefix.count)) : nil
    }
}

/// Finding and reading `.conforme.yml`.
enum ConfigFile {
    /// The first `.conforme.yml` from `start` upwards, stopping at the repository's root (the
    /// folder holding `.git`, a folder or a worktree's file) or at `/`: a configuration above
    /// the repository belongs to another project.
    static func find(from start: String) -> String? {
        var folder = URL(fileURLWithPath: start).standardizedFileURL
        let manager = FileManager.default
        while true {
            let candidate = folder.appendingPathComponent(ProjectConfiguration.fileName).path
            if manager.fileExists(atPath: candidate) { return candidate }
            if manager.fileExists(atPath: folder.appendingPathComponent(".git").path) { return nil }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// The configuration of this run: `--config FILE`, else the one found upwards, else none
    /// (and none with `--no-config`). A file with problems stops the run (exit 2), each problem
    /// at its line and column.
    static func load(explicit: String?, disabled: Bool, messages: CLIMessages) throws -> LoadedConfiguration? {
        if disabled { return nil }
        let path: String
        if let explicit {
            path = explicit
        } else if let found = find(from: FileManager.default.currentDirectoryPath) {
            path = FileDiscovery.displayPath(found)
        } else {
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Terminal.error(messages.unreadable(path, .configurationMissing))
            throw ExitCode(2)
        }
        switch ProjectConfiguration.decode([UInt8](data), file: path) {
        case .success(let configuration):
            let absolute = URL(fileURLWithPath: path).standardizedFileURL
            return LoadedConfiguration(
                configuration: configuration, folder: absolute.deletingLastPathComponent().path, file: path)
        case .failure(let error):
            for problem in error.problems { Terminal.error(problem.text(messages.language)) }
            Terminal.error(messages.invalidConfiguration(path, count: error.problems.count))
            throw ExitCode(2)
        }
    }
}
