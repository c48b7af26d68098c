import Foundation
import Testing
import YAMLTree

@testable import ConformeKit

/// The limits on what checks do: a list longer than `maxListLength` is not walked and a text
/// longer than `maxPatternInput` is not given to a regex; each is one `yaml.limite` finding at
/// the node, naming the limit and the option that raises it, and the file fails.
@Suite struct EvaluationLimitTests {
    static func evaluate(
        then: String, given: String? = nil, when: String? = nil, _ manifest: String,
        limits: EvaluationLimits
    ) throws -> Evaluation {
        let set = try Fixture.ruleSet(Fixture.rule(then: then, given: given, when: when))
        return Engine(ruleSet: set).evaluate(
            Fixture.parse(manifest), options: EvaluationOptions(today: Fixture.today, limits: limits))
    }

    static let list = "l: [a, b, c, a]\n"

    @Test(arguments: ["{each: {in: [a]}}", "{unique: true}"])
    func aListTooLongIsNotWalked(_ then: String) throws {
        let small = EvaluationLimits(maxListLength: 3)
        let evaluation = try Self.evaluate(then: then, given: "l", Self.list, limits: small)
        #expect(evaluation.diagnostics.map(\.rule) == ["yaml.limite"])
        let finding = try #require(evaluation.diagnostics.first)
        #expect(finding.at == "1:4")
        #expect(finding.path == "l")
        #expect(finding.message.fr.contains("4 éléments"))
        #expect(finding.message.fr.contains("limite de 3"))
        #expect(finding.message.fr.contains("--max-list-length"))
        #expect(finding.message.en.contains("--max-list-length"))
        #expect(evaluation.status == .fail)
        // Within the limit, the check runs.
        let normal = try Self.evaluate(then: then, given: "l", Self.list, limits: .default)
        #expect(normal.diagnostics.map(\.rule).allSatisfy { $0 == "t" })
        #expect(!normal.diagnostics.isEmpty)
    }

    @Test func wildcardsAndClosedMapsCountToo() throws {
        let small = EvaluationLimits(maxListLength: 2)
        let wildcard = try Self.evaluate(then: "{in: [a]}", given: "l[*]", Self.list, limits: small)
        #expect(wildcard.diagnostics.map(\.rule) == ["yaml.limite"])
        let closed = try Self.evaluate(then: "{closed: [a]}", "a: 1\nb: 2\nc: 3\n", limits: small)
        #expect(closed.diagnostics.map(\.rule) == ["yaml.limite"])
        #expect(closed.diagnostics.first?.at == "1:1")
    }

    @Test func aLimitMetInAWhenIsReportedOnce() throws {
        let small = EvaluationLimits(maxListLength: 3)
        let evaluation = try Self.evaluate(
            then: "{required: true}", given: "x", when: "{path: \"l[*]\", in: [a, b, c]}",
            Self.list + "l2: 1\n", limits: small)
        #expect(evaluation.diagnostics.filter { $0.rule == "yaml.limite" }.count == 1)
    }

    @Test func aLongTextIsNotGivenToARegex() throws {
        let long = String(repeating: "x", count: 5_000)
        let evaluation = try Self.evaluate(
            then: "{pattern: {regex: \"[a-z]+\", description: motif}}", given: "nom", "nom: \(long)\n", limits: .default)
        #expect(evaluation.diagnostics.map(\.rule) == ["yaml.limite"])
        let finding = try #require(evaluation.diagnostics.first)
        #expect(finding.message.fr.contains("5000 caractères"))
        #expect(finding.message.fr.contains("4096"))
        #expect(finding.message.fr.contains("--max-pattern-input"))
        #expect(finding.at == "1:6")
        let raised = try Self.evaluate(
            then: "{pattern: {regex: \"[a-z]+\", description: motif}}", given: "nom", "nom: \(long)\n",
            limits: EvaluationLimits(maxPatternInput: 10_000))
        #expect(raised.diagnostics.isEmpty)
        // not_pattern is skipped the same way.
        let negated = try Self.evaluate(
            then: "{not_pattern: {regex: \"y[0-9]*\", description: motif}}", given: "nom", "nom: \(long)\n", limits: .default)
        #expect(negated.diagnostics.map(\.rule) == ["yaml.limite"])
    }

    @Test func theShippedRuleSetStaysWithinTheDefaults() throws {
        let text = try String(contentsOfFile: ExampleFiles.path("proposition-conforme.yml"), encoding: .utf8)
        let evaluation = Engine(ruleSet: RuleSetCatalog.embedded.ruleSet(forPromotion: 7))
            .evaluate(Fixture.parse(text), options: EvaluationOptions(today: Fixture.today))
        #expect(!evaluation.diagnostics.contains { $0.rule == "yaml.limite" })
    }
}

enum ExampleFiles {
    static func path(_ name: String, filePath: String = #filePath) -> String {
        var url = URL(fileURLWithPath: filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("examples").appendingPathComponent(name).path
    }
}
