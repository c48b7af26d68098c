import ConformeKit
import Foundation
import YAMLTree

/// Why a path could not be read; `CLIMessages` words it in the run's language.
enum UnreadableReason: Sendable {
    case notFound, isFolder, permissionDenied, unreadableFolder, ruleSetMissing, configurationMissing
    /// In a folder's walk: a link that leads outside the folder given on the command line.
    case linkOutsideFolder
    /// In a folder's walk: a FIFO, socket or device, which may never end or never answer.
    case notARegularFile
}

/// Reading inputs: the only place that touches files' bytes. Never writes.
enum InputFile {
    enum ReadError: Error {
        case unreadable(path: String, reason: UnreadableReason)
    }

    /// Reads at most `limit + 1` bytes, so a huge file costs no more than the limit to refuse.
    ///
    /// With POSIX calls rather than `FileHandle`: one `fstat` tells a folder from a file and
    /// gives the size, so a manifest is one allocation of its size and one `read`, where
    /// `FileHandle.read(upToCount:)` allocated a buffer of the whole request (up to 1 MiB) per
    /// file — most of the cost of reading thousands of small files.
    ///
    /// - Parameter regularOnly: for files a folder's walk found: anything but a regular file is
    ///   refused without reading (and opened without waiting, should a FIFO have replaced it).
    static func read(_ path: String, limit: Int, regularOnly: Bool = false) throws(ReadError) -> [UInt8] {
        let cap = limit == Int.max ? limit : limit + 1
        if path == "-" { return readAll(STDIN_FILENO, sizeHint: 0, cap: cap) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (regularOnly ? O_NONBLOCK : 0))
        guard descriptor >= 0 else {
            throw .unreadable(path: path, reason: reason(forErrno: errno))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .unreadable(path: path, reason: reason(forErrno: errno))
        }
        if status.st_mode & S_IFMT == S_IFDIR { throw .unreadable(path: path, reason: .isFolder) }
        if regularOnly, status.st_mode & S_IFMT != S_IFREG {
            throw .unreadable(path: path, reason: .notARegularFile)
        }
        // Pipes and character devices report no size: they are read in chunks.
        let isRegular = status.st_mode & S_IFMT == S_IFREG
        return readAll(descriptor, sizeHint: isRegular ? Int(status.st_size) : 0, cap: cap)
    }

    private static func reason(forErrno code: Int32) -> UnreadableReason {
        switch code {
        case ENOENT, ENOTDIR, ELOOP, ENAMETOOLONG: return .notFound
        case EISDIR: return .isFolder
        default: return .permissionDenied
        }
    }

    /// Reads until end of file or `cap` bytes. A regular file is read in one call into a buffer
    /// one byte larger than its size: a shorter read is its end. Anything else (a pipe, a file
    /// that grew meanwhile) is read on in chunks until `read` returns nothing.
    private static func readAll(_ descriptor: Int32, sizeHint: Int, cap: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunkSize = max(sizeHint + 1, 1 << 12)
        while bytes.count < cap {
            let want = min(chunkSize, cap - bytes.count)
            let chunk = [UInt8](unsafeUninitializedCapacity: want) { buffer, count in
                var got: Int
                repeat {
                    got = Foundation.read(descriptor, buffer.baseAddress!, want)
                } while got < 0 && errno == EINTR
                count = max(got, 0)
            }
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
            if chunk.isEmpty || (sizeHint > 0 && chunk.count < want) { break }
            chunkSize = max(chunkSize, 1 << 16)
        }
        return bytes
    }

    /// A Markdown file's YAML is its front matter.
    static func kind(of path: String) -> InputKind {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .markdownFrontMatter : .yaml
    }
}
