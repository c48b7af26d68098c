import ConformeKit
import Foundation
import Testing
import YAMLTree

/// Runs the whole YAML test suite (402 cases, MIT) from `$CONFORME_SHARED_DATA/yaml-test-suite`:
/// on single-document cases with an `in.json` that libyaml accepts, `inspect --json` must give
/// the same value in at least 95% of them.
@Suite struct YAMLTestSuiteTests {
    static let suiteFolder: String? = {
        guard let shared = ProcessInfo.processInfo.environment["CONFORME_SHARED_DATA"] else {
            print("SKIP: CONFORME_SHARED_DATA is not set; the YAML test suite conformance test does not run.")
            return nil
        }
        return shared + "/yaml-test-suite"
    }()

    @Test(.enabled(if: suiteFolder != nil, "needs CONFORME_SHARED_DATA"))
    func jsonMatchesTheSuite() throws {
        let folder = try #require(Self.suiteFolder)
        let cases = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { !$0.hasSuffix(".tsv") && !$0.hasSuffix(".md") }.sorted()
        #expect(cases.count == 402)
        var compared = 0
        var matching = 0
        var mismatches: [String] = []
        var refused: [String] = []
        for id in cases {
            let dir = folder + "/" + id
            guard let jsonData = FileManager.default.contents(atPath: dir + "/in.json"),
                let yaml = FileManager.default.contents(atPath: dir + "/in.yaml")
            else { continue }
            guard let expected = Self.singleJSONValue(jsonData) else { continue }  // 0 or several documents
            let document = YAMLParser.parse([UInt8](yaml), requireMapping: false)
            if document.problems.contains(where: { $0.code == .syntax }) {
                refused.append(id)
                continue
            }
            compared += 1
            guard let root = document.root, !document.hasErrors,
                let actual = try? JSONSerialization.jsonObject(
                    with: Data(PlainJSON.render(root).utf8), options: .fragmentsAllowed)
            else {
                mismatches.append(id)
                continue
            }
            if (actual as! NSObject).isEqual(expected) { matching += 1 } else { mismatches.append(id) }
        }
        let rate = Double(matching) / Double(max(compared, 1))
        print("YAML test suite: \(matching)/\(compared) single-document cases equal (\(String(format: "%.1f", rate * 100))%).")
        print("  differing: \(mismatches.joined(separator: " "))")
        print("  refused (libyaml, or a % directive) (\(refused.count), listed, not hidden): \(refused.joined(separator: " "))")
        #expect(compared > 200)
        #expect(rate >= 0.95, "rate \(rate); failing ids: \(mismatches)")
    }

    /// The cases conforme still accepts although the suite marks them invalid, with the reason.
    static let invalidButAccepted: [String: String] = [
        // Leading empty lines of a block scalar with more spaces than its (comment-only)
        // content: harmless, the value is empty either way; neither libyaml nor conforme sees it.
        "S98Z": "block scalar: empty lines more indented than the first content line",
    ]

    /// The suite's invalid cases (an `error` file, 94): conforme must refuse at least 90% of
    /// them. libyaml 0.2.5 alone refuses 78; StrictSyntax adds malformed or repeated directives, glued comments,
    /// under-indented continuation lines and a lone `-` in brackets.
    @Test(.enabled(if: suiteFolder != nil, "needs CONFORME_SHARED_DATA"))
    func invalidCasesAreRefused() throws {
        let folder = try #require(Self.suiteFolder)
        var invalid = 0
        var refusedForTheirSyntax = 0
        var accepted: [String] = []
        for id in try Self.caseIDs(folder) where FileManager.default.fileExists(atPath: "\(folder)/\(id)/error") {
            invalid += 1
            let yaml = try #require(FileManager.default.contents(atPath: "\(folder)/\(id)/in.yaml"))
            // A manifest must be a mapping, but that is no YAML error: look at the YAML alone.
            let document = YAMLParser.parse([UInt8](yaml), requireMapping: false)
            let errors = document.problems.filter { $0.severity == .error }
            if errors.isEmpty { accepted.append(id) }
            // Refused for a reason other than holding several documents (which conforme refuses
            // in any file, valid or not).
            if errors.contains(where: { $0.code != .multipleDocuments }) { refusedForTheirSyntax += 1 }
        }
        let rate = Double(invalid - accepted.count) / Double(invalid)
        print("YAML test suite, invalid cases: \(invalid - accepted.count)/\(invalid) refused (\(String(format: "%.1f", rate * 100))%), \(refusedForTheirSyntax) for their syntax itself; still accepted: \(accepted.joined(separator: " "))")
        #expect(invalid == 94)
        #expect(rate >= 0.90)
        #expect(Double(refusedForTheirSyntax) / Double(invalid) >= 0.90)
        #expect(Set(accepted) == Set(Self.invalidButAccepted.keys), "update invalidButAccepted")
    }

    /// Every valid case (no `error` file, with or without `in.json`): the checks conforme adds
    /// to libyaml refuse none of them, `%YAML` and `%TAG` directives included.
    @Test(.enabled(if: suiteFolder != nil, "needs CONFORME_SHARED_DATA"))
    func strictChecksRefuseNoValidCase() throws {
        let folder = try #require(Self.suiteFolder)
        var valid = 0
        var withDirectives: [String] = []
        var wronglyRefused: [String] = []
        for id in try Self.caseIDs(folder) where !FileManager.default.fileExists(atPath: "\(folder)/\(id)/error") {
            valid += 1
            let yaml = try #require(FileManager.default.contents(atPath: "\(folder)/\(id)/in.yaml"))
            if yaml.first == UInt8(ascii: "%") { withDirectives.append(id) }
            let document = YAMLParser.parse([UInt8](yaml), requireMapping: false)
            let added = document.problems.filter { problem in
                problem.code == .syntax && Self.strictMessages.contains { problem.message.en.hasPrefix($0) }
            }
            if !added.isEmpty {
                wronglyRefused.append("\(id) \(added[0].range.start): \(added[0].message.en)")
            }
        }
        print("YAML test suite, valid cases: \(valid), of which starting with a % directive: \(withDirectives.joined(separator: " "))")
        #expect(valid == 308)
        #expect(wronglyRefused.isEmpty, "\(wronglyRefused)")
        #expect(withDirectives.count >= 14)
    }

    /// The three cases the issue named: a document after `%YAML 1.2` or `%TAG` is read, with no
    /// error, and gives the suite's value.
    @Test(.enabled(if: suiteFolder != nil, "needs CONFORME_SHARED_DATA"), arguments: ["27NA", "6CK3", "C4HZ"])
    func directivesBeforeTheDocumentAreRead(id: String) throws {
        let folder = try #require(Self.suiteFolder)
        let yaml = try #require(FileManager.default.contents(atPath: "\(folder)/\(id)/in.yaml"))
        let document = YAMLParser.parse([UInt8](yaml), requireMapping: false)
        // C4HZ writes `y`: a warning about that word, not about the directive.
        #expect(document.problems.allSatisfy { $0.severity == .warning && $0.code != .directive },
            "\(document.problems.map(\.message.fr))")
        #expect(document.root != nil)
    }

    static let strictMessages = [
        "YAML syntax: malformed directive", "YAML syntax: repeated '%YAML'", "YAML syntax: '#' right after", "YAML syntax: line not indented",
        "YAML syntax: tab at the start", "YAML syntax: '-' in a bracketed list",
    ]

    static func caseIDs(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { !$0.hasSuffix(".tsv") && !$0.hasSuffix(".md") }.sorted()
    }

    /// The one JSON text of a stream, or nil when it holds none or several.
    static func singleJSONValue(_ data: Data) -> Any? {
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: .fragmentsAllowed)
    }
}
