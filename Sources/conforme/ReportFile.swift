import Foundation

/// Writing a report file (`--format FMT:FILE`) without ever touching an input.
///
/// Paths are not enough to tell two files apart: `lien.yml` may be a symbolic link or a hard
/// link to a checked manifest. Files are compared by device and inode; a report path that is a
/// symbolic link is refused outright (whatever it points to, conforme does not write through
/// it); and the report is written to a temporary file in the same folder, then renamed into
/// place, so that an existing file's contents are never rewritten in place and a reader never
/// sees half a report.
enum ReportFile {
    /// Why a report path is refused before anything is checked.
    enum Refusal: Equatable {
        case symbolicLink(String)
        case isInput(String)
    }

    /// Device and inode: what identifies a file whatever the paths that lead to it.
    struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64

        /// The file a path leads to (links followed), nil when there is none.
        init?(path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    /// The first report path that must not be written, given the inputs' paths.
    static func refusal(reports: [String], inputs: [String]) -> Refusal? {
        guard !reports.isEmpty else { return nil }
        for report in reports {
            var status = stat()
            if lstat(report, &status) == 0, status.st_mode & S_IFMT == S_IFLNK { return .symbolicLink(report) }
        }
        let existing = reports.compactMap { report in Identity(path: report).map { (report, $0) } }
        guard !existing.isEmpty else { return nil }
        let inputIdentities = Set(inputs.lazy.filter { $0 != "-" }.compactMap(Identity.init(path:)))
        return existing.first { inputIdentities.contains($0.1) }.map { .isInput($0.0) }
    }

    /// Writes `bytes` to a new file beside `path`, then renames it to `path`. Nil on success,
    /// else the errno of the step that failed (the temporary file is removed).
    ///
    /// A path that already names something other than a regular file (a FIFO, `/dev/null`, a
    /// terminal) is written to in place: renaming over it would replace the node itself.
    static func write(_ bytes: [UInt8], to path: String) -> Int32? {
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            if status.st_mode & S_IFMT == S_IFDIR { return EISDIR }
            let descriptor = open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { return errno }
            var failure = bytes.withUnsafeBufferPointer { Terminal.writeAll(descriptor, $0) }
            if close(descriptor) != 0, failure == nil { failure = errno }
            return failure
        }
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/.\(name).conforme-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return errno }
        // mkstemp filled in the X's; the name ends at the terminating NUL.
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure = bytes.withUnsafeBufferPointer { Terminal.writeAll(descriptor, $0) }
        // mkstemp makes the file private (0600); a report is as readable as any new file.
        let mask = umask(0)
        umask(mask)
        if failure == nil, fchmod(descriptor, 0o666 & ~mask) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, path) != 0 { failure = errno }
        if failure != nil { unlink(temporary) }
        return failure
    }
}
