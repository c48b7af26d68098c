import ConformeKit
import Foundation
import YAMLTree

/// Why a path could not be read; `CLIMessages` words it in the run's language.
enum UnreadableReason: Sendable {
    case notFound, isFolder, permissionDenied, unreadableFolder, ruleSetMissing
}

/// Reading inputs: the only place that touches files' bytes. Never writes.
enum InputFile {
    enum ReadError: Error {
        case unreadable(path: String, reason: UnreadableReason)
    }

    /// Reads at most `limit + 1` bytes, so a huge file costs no more than the limit to refuse.
    static func read(_ path: String, limit: Int) throws(ReadError) -> [UInt8] {
        if path == "-" {
            return readAll(FileHandle.standardInput, limit: limit)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: .notFound)
        }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: .isFolder) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: .permissionDenied)
        }
        defer { try? handle.close() }
        return readAll(handle, limit: limit)
    }

    private static func readAll(_ handle: FileHandle, limit: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        let cap = limit == Int.max ? limit : limit + 1
        while bytes.count < cap {
            let chunk = (try? handle.read(upToCount: min(cap - bytes.count, 1 << 20))) ?? nil
            guard let chunk, !chunk.isEmpty else { break }
            bytes.append(contentsOf: chunk)
        }
        return bytes
    }

    /// A Markdown file's YAML is its front matter.
    static func kind(of path: String) -> InputKind {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .markdownFrontMatter : .yaml
    }
}
