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
        /// Markdown files named without a front matter, left out (`skipPlainMarkdown`).
        var skipped = 0
    }

    /// Refuse to walk into more than this many files: a mistaken `conforme check /`.
    var maxFiles: Int
    /// A `.md` file named without a front matter is left out, as a folder's walk leaves it:
    /// pre-commit names files one by one, and a README beside the proposals is not one.
    var skipPlainMarkdown = false

    func find(_ arguments: [String]) -> Found {
        var found = Found()
        // Only several arguments can name a file twice: one folder's walk never does.
        var seen: Set<String>? = arguments.count > 1 ? [] : nil
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
                // The walk lists files in path order already (see `walk`).
                for file in inFolder where seen?.insert(file).inserted ?? true {
                    found.files.append(file)
                }
            } else if skipPlainMarkdown,
                Self.manifestExtension(Array(argument.utf8)) == .markdown,
                !Self.startsWithFrontMatter(argument)
            {
                found.skipped += 1
            } else if seen?.insert(argument).inserted ?? true {
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
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        // A folder sorts as its name and a slash: then the walk meets files in the byte order
        // of their whole paths (`b.yml` before `b/a.yml`), and nothing needs sorting afterwards.
        var listed: [(key: [UInt8], path: String, kind: Listed)] = []
        listed.reserveCapacity(entries.count)
        for entry in entries {
            var key = Array(entry.name.utf8)
            if key.first == UInt8(ascii: ".") || key == Self.nodeModules { continue }
            let path = prefix + entry.name
            var isFolder: Bool
            if let known = entry.kind {
                isFolder = known == .folder
            } else {
                // A link or a file system without types: ask stat, which follows links.
                var status = stat()
                guard stat(path, &status) == 0 else { continue }  // a dangling link
                isFolder = status.st_mode & S_IFMT == S_IFDIR
            }
            if isFolder {
                key.append(UInt8(ascii: "/"))
                listed.append((key, path, .folder))
            } else if let manifest = Self.manifestExtension(key) {
                listed.append((key, path, .file(manifest)))
            }
        }
        listed.sort { Self.precedes($0.key, $1.key) }
        for entry in listed {
            if files.count > maxFiles { return }
            switch entry.kind {
            case .folder: walk(entry.path, into: &files, visited: &visited, errors: &errors)
            case .file(.yaml): files.append(entry.path)
            case .file(.markdown): if Self.startsWithFrontMatter(entry.path) { files.append(entry.path) }
            }
        }
    }

    /// Byte order, with `memcmp`.
    private static func precedes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let common = min(a.count, b.count)
        let order = a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common) }
        }
        return order != 0 ? order < 0 : a.count < b.count
    }

    /// Never walked into, like hidden folders: dependencies, not proposals.
    private static let nodeModules = Array("node_modules".utf8)

    private enum ManifestExtension { case yaml, markdown }

    /// What the walk keeps of an entry it will visit.
    private enum Listed {
        case folder
        case file(ManifestExtension)
    }

    /// `.yml`, `.yaml` or `.md` in any case, read on the name's bytes (a lowercased copy of
    /// every name cost more than the rest of the walk).
    private static func manifestExtension(_ name: [UInt8]) -> ManifestExtension? {
        func endsWith(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard name.count >= count else { return false }
            let start = name.count - count
            for i in 0..<count {
                var byte = name[start + i]
                if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                if byte != suffix.utf8Start[i] { return false }
            }
            return true
        }
        if endsWith(".yml") || endsWith(".yaml") { return .yaml }
        return endsWith(".md") ? .markdown : nil
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
