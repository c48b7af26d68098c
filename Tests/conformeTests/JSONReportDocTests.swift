import Foundation
import Testing

/// The JSON report is documented in the repository, every field of it (issue 17, item 12).
@Suite struct JSONReportDocTests {
    static let page = CLI.repository.appendingPathComponent("docs/rapport-json.md")

    /// Every key of a JSON value, as `a.b` paths without list indices.
    static func keys(_ value: Any, prefix: String = "") -> Set<String> {
        var found: Set<String> = []
        if let object = value as? [String: Any] {
            for (key, inner) in object {
                found.insert(key)
                found.formUnion(keys(inner, prefix: key))
            }
        } else if let list = value as? [Any] {
            for item in list { found.formUnion(keys(item, prefix: prefix)) }
        }
        return found
    }

    @Test func everyFieldOfTheReportIsDocumented() throws {
        let doc = try String(contentsOf: Self.page, encoding: .utf8)
        // A run with findings, a suggestion, a dérogation, and a path that could not be read.
        let run = try CLI.run(["check", "examples", "nexiste.yml", "--format", "json", "--today", "2024-06-01"])
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        let fields = Self.keys(report)
        for field in ["suggestion", "justification", "unreadable", "reason", "waived", "range"] {
            #expect(fields.contains(field), "the sample run should show \(field)")
        }
        // Named in code in the page: `tool.name`, `{line, column}`, `summary.files`…
        let code = doc.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        let words = Set(code.flatMap { $0.split(whereSeparator: { !$0.isLetter && $0 != "_" }) }.map(String.init))
        let undocumented = fields.subtracting(words)
        #expect(undocumented.isEmpty, "not in docs/rapport-json.md: \(undocumented.sorted())")
    }

    @Test func theCIPageLinksIt() throws {
        let ci = try String(contentsOf: CLI.repository.appendingPathComponent("docs/ci.md"), encoding: .utf8)
        #expect(ci.contains("[`rapport-json.md`](rapport-json.md)"))
        #expect(!ci.contains("cli.md"))
        #expect(FileManager.default.fileExists(atPath: Self.page.path))
    }
}
