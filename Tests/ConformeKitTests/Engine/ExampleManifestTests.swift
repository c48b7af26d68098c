import Foundation
import Testing
import YAMLTree

@testable import ConformeKit

/// The manifests of `examples/` against the embedded eig-7 rule set: each file states in its
/// header comment the findings it must produce (`#   - rule.id   (gravité[, DÉROGÉ]) : …`);
/// a compliant one states none.
@Suite struct ExampleManifestTests {
    struct Expected: Hashable {
        var rule: String
        var waived: Bool
    }

    static func examples() throws -> [String] {
        let folder = EmbeddedRuleSetTests.repositoryRoot.appendingPathComponent("examples")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yml") || $0.hasSuffix(".md") }.sorted()
    }

    /// The findings a file's header announces, with their multiplicity.
    static func expectations(in text: String) -> [Expected: Int] {
        var expected: [Expected: Int] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // The engine's own findings may be announced in a sentence: "… : yaml.booleen-ambigu".
            if line.hasPrefix("#"), !line.hasPrefix("#   - "), let range = line.range(of: #"yaml\.[a-z-]+"#, options: .regularExpression) {
                expected[Expected(rule: String(line[range]), waived: false), default: 0] += 1
            }
            guard line.hasPrefix("#   - ") else { continue }
            let words = line.dropFirst(6).split(separator: " ", omittingEmptySubsequences: true)
            guard let id = words.first, id.contains("."), !id.contains("(") else { continue }
            let key = Expected(rule: String(id), waived: line.contains("DÉROGÉ") && !line.contains("NON dérogé"))
            expected[key, default: 0] += 1
        }
        return expected
    }

    @Test(arguments: try examples())
    func exampleProducesTheAnnouncedFindings(_ name: String) throws {
        let url = EmbeddedRuleSetTests.repositoryRoot.appendingPathComponent("examples/\(name)")
        let bytes = try Array(Data(contentsOf: url))
        let text = String(decoding: bytes, as: UTF8.self)
        let document = YAMLParser.parse(bytes, kind: name.hasSuffix(".md") ? .markdownFrontMatter : .yaml)
        let ruleSet = RuleSetCatalog.embedded.ruleSet(forPromotion: promotion(of: document))
        let evaluation = Engine(ruleSet: ruleSet).evaluate(document, options: EvaluationOptions(today: Fixture.today))

        var found: [Expected: Int] = [:]
        for d in evaluation.diagnostics { found[Expected(rule: d.rule, waived: d.isWaived), default: 0] += 1 }
        let expected = Self.expectations(in: text)
        // A rule announced once may legitimately fire at several places; compare the sets, and
        // the counts of engine findings (each dérogation is one finding).
        #expect(Set(found.keys) == Set(expected.keys),
            "\(name): expected \(expected.keys.map { "\($0.rule)\($0.waived ? " (waived)" : "")" }.sorted()), found:\n\(evaluation.diagnostics.map { "\($0.at) \($0.rule)\($0.isWaived ? " (waived)" : "") \($0.message.fr)" }.joined(separator: "\n"))")
        for (key, count) in expected where key.rule.hasPrefix("derogations.") {
            #expect(found[key] == count, "\(name): \(key.rule) expected \(count) times")
        }
        #expect(evaluation.status == (expected.keys.contains { !$0.waived && $0.rule != "derogations.inutile" } ? .fail : .pass)
            || !expected.keys.contains { !$0.waived && ruleSet.descriptor($0.rule)?.severity == .error },
            "\(name): status \(evaluation.status)")
    }
}
