import Foundation
import Testing

/// Golden files: expected outputs, byte for byte (reporters, authoring, `init`, the examples'
/// reports). `CONFORME_UPDATE_GOLDEN=1` rewrites them after an intended change (as
/// `scripts/regenerate` does); then review the diff like any other code.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static var updating: Bool { ProcessInfo.processInfo.environment["CONFORME_UPDATE_GOLDEN"] == "1" }

    static func check(
        _ actual: String, _ name: String, in directory: URL = Golden.directory,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let url = directory.appendingPathComponent(name)
        if updating {
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            do {
                try Data(actual.utf8).write(to: url)
            } catch {
                Issue.record("could not write \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "missing golden file \(name); run scripts/regenerate to create it",
                sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard actual != expected else { return }
        // Point at the first differing line rather than dumping two whole reports.
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let index =
            Array(zip(actualLines, expectedLines)).firstIndex { $0.0 != $0.1 }
            ?? min(actualLines.count, expectedLines.count)
        let got = index < actualLines.count ? String(actualLines[index]) : "<end of output>"
        let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
        Issue.record(
            Comment(
                rawValue: "\(name) differs at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)\n"
                    + "(scripts/regenerate rewrites the golden files)"),
            sourceLocation: sourceLocation)
    }
}
