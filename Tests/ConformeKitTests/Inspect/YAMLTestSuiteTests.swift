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
        var rejectedByLibyaml: [String] = []
        for id in cases {
            let dir = folder + "/" + id
            guard let jsonData = FileManager.default.contents(atPath: dir + "/in.json"),
                let yaml = FileManager.default.contents(atPath: dir + "/in.yaml")
            else { continue }
            guard let expected = Self.singleJSONValue(jsonData) else { continue }  // 0 or several documents
            let document = YAMLParser.parse([UInt8](yaml), requireMapping: false)
            if document.problems.contains(where: { $0.code == .syntax }) {
                rejectedByLibyaml.append(id)
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
        print("  rejected by libyaml (\(rejectedByLibyaml.count), listed, not hidden): \(rejectedByLibyaml.joined(separator: " "))")
        #expect(compared > 200)
        #expect(rate >= 0.95, "rate \(rate); failing ids: \(mismatches)")
    }

    /// The one JSON text of a stream, or nil when it holds none or several.
    static func singleJSONValue(_ data: Data) -> Any? {
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: .fragmentsAllowed)
    }
}
