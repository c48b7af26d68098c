import Foundation

/// Finds the manifests to check from the paths given on the command line.
///
/// Files given by name are always checked. Folders are walked recursively for `*.yml`, `*.yaml`,
/// and `*.md` files that start with a front matter (`---`): a folder of beta.gouv.fr product files
/// mixes both. Hidden folders (`.git`) and build folders are skipped; a symbolic link loop is
/// walked once.
struct FileDiscovery {
    struct Found {
        /// Paths to check, each folder's files in path order.
        var files: [String] = []
        /// Paths that could not be read, with the reason.
        var errors: [(path: String, reason: UnreadableReason)] = []
        /// Set when the paths hold more than `maxFiles` files: only the first ones are checked.
        var tooMany: (path: String, limit: Int)?
    }

    /// Refuse to walk into more than this many files: a mistaken `conforme check /`.
    var maxFiles: Int

    func find(_ arguments: [String]) -> Found {
        var found = Found()
        var seen = Set<String>()
        for argument in arguments {
            if argument == "-" {
                found.files.append("-")
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                found.errors.append((argument, .notFound))
                continue
            }
            if isDirectory.boolValue {
                var visited = Set<String>()
                var inFolder: [String] = []
                walk(argument, into: &inFolder, visited: &visited, errors: &found.errors)
                for file in inFolder.sorted() where seen.insert(file).inserted {
                    found.files.append(file)
                }
            } else if seen.insert(argument).inserted {
                found.files.append(argument)
            }
            if found.files.count > maxFiles {
                found.tooMany = (argument, maxFiles)
                found.files = Array(found.files.prefix(maxFiles))
                break
            }
        }
        return found
    }

    private func walk(
        _ folder: String, into files: inout [String], visited: inout Set<String>,
        errors: inout [(path: String, reason: UnreadableReason)]
    ) {
        // The resolved path identifies a folder whatever the links that lead to it.
        guard let resolved = realpath(folder, nil) else {
            errors.append((folder, .unreadableFolder))
            return
        }
        let real = String(cString: resolved)
        free(resolved)
        guard visited.insert(real).inserted else { return }
        guard let entries = Self.entries(of: folder) else {
            errors.append((folder, .unreadableFolder))
            return
        }
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            if files.count > maxFiles { return }
            if entry.name.hasPrefix(".") || entry.name == "node_modules" { continue }
            let path = folder.hasSuffix("/") ? folder + entry.name : folder + "/" + entry.name
            let kind: EntryKind
            if let known = entry.kind {
                kind = known
            } else {
                // A link or a file system without types: ask stat, which follows links.
                var status = stat()
                guard stat(path, &status) == 0 else { continue }  // a dangling link
                kind = status.st_mode & S_IFMT == S_IFDIR ? .folder : .file
            }
            if kind == .folder {
                walk(path, into: &files, visited: &visited, errors: &errors)
            } else if Self.isManifestCandidate(path) {
                files.append(path)
            }
        }
    }

    private enum EntryKind { case file, folder }

    /// A folder's entries with their kind when the directory itself says (nil for links and
    /// unknown types). `readdir` rather than `FileManager`, whose listing and one `stat` per
    /// entry took longer than checking the files of a large folder.
    private static func entries(of folder: String) -> [(name: String, kind: EntryKind?)]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var entries: [(name: String, kind: EntryKind?)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            let kind: EntryKind?
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_REG): kind = .file
            case Int32(DT_LNK), Int32(DT_UNKNOWN): kind = nil
            default: kind = .file  // a FIFO or a device named *.yml: reading it will say
            }
            entries.append((name, kind))
        }
        return entries
    }

    static func isManifestCandidate(_ path: String) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") { return true }
        if lower.hasSuffix(".md") { return startsWithFrontMatter(path) }
        return false
    }

    private static func startsWithFrontMatter(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 8) else { return false }
        var bytes = [UInt8](head)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return bytes.starts(with: Array("---\n".utf8)) || bytes.starts(with: Array("---\r\n".utf8))
    }

    /// The folder conforme runs in, asked once (a system call per file otherwise).
    private static let currentDirectory = FileManager.default.currentDirectoryPath

    /// A path as reports show it: relative to the current folder when it is inside it.
    static func displayPath(_ path: String) -> String {
        guard path != "-" else { return "-" }
        let cwd = currentDirectory
        if path.hasPrefix("/") {
            let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
            if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
            return path
        }
        return path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }
}
