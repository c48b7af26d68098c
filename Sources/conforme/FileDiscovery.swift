import Foundation

/// Finds the manifests to check from the paths given on the command line.
///
/// Files given by name are always checked. Folders are walked recursively for `*.yml`, `*.yaml`,
/// and `*.md` files that start with a front matter (`---`): a folder of beta.gouv.fr product files
/// mixes both. Hidden folders (`.git`) and build folders are skipped; a symbolic link loop is
/// walked once.
///
/// A folder's walk never leaves it: its contents may come from anyone (a pull request), so a
/// link whose target resolves outside the folder named on the command line (`env.yml ->
/// /proc/self/environ`) is not followed, and only regular files are kept (a FIFO named `x.yml`
/// would block the run forever, a device never end). Each is reported by name, never read.
struct FileDiscovery {
    struct Found {
        /// Paths to check, each folder's files in path order.
        var files: [String] = []
        /// For each of `files`, whether a folder's walk found it (then only a regular file may be
        /// read there) rather than the command line naming it (a pipe from `<(…)` is fine).
        var foundInFolder: [Bool] = []
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
                found.foundInFolder.append(false)
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
                let root = Self.realPath(argument).map { $0 == "/" ? $0 : $0 + "/" }
                walk(argument, root: root ?? "/", into: &inFolder, visited: &visited, errors: &found.errors)
                // The walk lists files in path order already (see `walk`).
                for file in inFolder where seen?.insert(file).inserted ?? true {
                    found.files.append(file)
                    found.foundInFolder.append(true)
                }
            } else if skipPlainMarkdown,
                Self.manifestExtension(Array(argument.utf8)) == .markdown,
                !Self.startsWithFrontMatter(argument)
            {
                found.skipped += 1
            } else if seen?.insert(argument).inserted ?? true {
                found.files.append(argument)
                found.foundInFolder.append(false)
            }
            if found.files.count > maxFiles {
                found.tooMany = (argument, maxFiles)
                found.files = Array(found.files.prefix(maxFiles))
                found.foundInFolder = Array(found.foundInFolder.prefix(maxFiles))
                break
            }
        }
        return found
    }

    /// The path with every link resolved, nil when it leads nowhere.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// - Parameter root: the real path of the folder given on the command line, with a final
    ///   slash: nothing outside it is listed.
    private func walk(
        _ folder: String, root: String, into files: inout [String], visited: inout Set<String>,
        errors: inout [(path: String, reason: UnreadableReason)]
    ) {
        // The resolved path identifies a folder whatever the links that lead to it.
        guard let real = Self.realPath(folder) else {
            errors.append((folder, .unreadableFolder))
            return
        }
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
            var kind = entry.kind
            if kind == nil {
                // A link or a file system without types: where does it lead, and to what?
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFLNK {
                    guard let target = Self.realPath(path) else { continue }  // a dangling link
                    guard stat(path, &status) == 0 else { continue }
                    let isFolder = status.st_mode & S_IFMT == S_IFDIR
                    let inside = (isFolder ? target + "/" : target).hasPrefix(root)
                    if !inside {
                        if isFolder || Self.manifestExtension(key) != nil { errors.append((path, .linkOutsideFolder)) }
                        continue
                    }
                }
                kind = EntryKind(mode: status.st_mode)
            }
            switch kind! {
            case .folder:
                key.append(UInt8(ascii: "/"))
                listed.append((key, path, .folder))
            case .file:
                if let manifest = Self.manifestExtension(key) { listed.append((key, path, .file(manifest))) }
            case .special:
                if Self.manifestExtension(key) != nil { errors.append((path, .notARegularFile)) }
            }
        }
        listed.sort { Self.precedes($0.key, $1.key) }
        for entry in listed {
            if files.count > maxFiles { return }
            switch entry.kind {
            case .folder: walk(entry.path, root: root, into: &files, visited: &visited, errors: &errors)
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

    /// A regular file, a folder, or anything else (FIFO, socket, device), which a walk never reads.
    private enum EntryKind {
        case file, folder, special

        init(mode: mode_t) {
            switch mode & S_IFMT {
            case S_IFREG: self = .file
            case S_IFDIR: self = .folder
            default: self = .special
            }
        }
    }

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
            default: kind = .special  // a FIFO, socket or device: never read in a walk
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
