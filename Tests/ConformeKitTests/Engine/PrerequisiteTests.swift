import ConformeKit
import Testing
import YAMLTree

@testable import ConformeKit

/// `prerequisite: true`: when such a rule fails, the rules after it are not evaluated.
@Suite struct PrerequisiteTests {
    static let rules = """
        ruleset: t
        title: T
        version: "1"
        rules:
          - id: gate
            title: {fr: porte}
            prerequisite: true
            given: promotion
            then: {required: true}
            examples: {pass: ["promotion: 7"], fail: ["a: 1"]}
          - id: after
            title: {fr: après}
            given: nom
            then: {required: true}
            examples: {pass: ["nom: x"], fail: ["a: 1"]}
        """

    @Test func aFailingPrerequisiteStopsTheRulesAfterIt() throws {
        let set = try Fixture.ruleSet(Self.rules)
        let stopped = Fixture.evaluate(set, "a: 1")
        #expect(stopped.diagnostics.map(\.rule) == ["gate"])
        #expect(!stopped.evaluatedRules.contains("after"))
        let passed = Fixture.evaluate(set, "promotion: 7")
        #expect(passed.diagnostics.map(\.rule) == ["after"])
    }

    @Test func aPrerequisiteCannotBeWaivable() {
        let text = Self.rules.replacingOccurrences(of: "prerequisite: true", with: "prerequisite: true\n    waivable: true")
        let result = RuleSetLoader.load(path: "t.yml") { _ in Array(text.utf8) }
        guard case .failure(let error) = result else {
            Issue.record("a waivable prerequisite was accepted")
            return
        }
        #expect("\(error)".contains("prerequisite"))
    }

    static var eig7: RuleSet { RuleSetCatalog.embedded.ruleSet(forPromotion: 7) }

    /// A manifest without its promotion gets that one finding, first, not every rule's.
    @Test func aMissingPromotionDoesNotBuryTheFile() throws {
        let manifest = "projet: {nom: Déclic Logement}\nmission: {type: lancement}\n"
        let evaluation = Engine(ruleSet: Self.eig7).evaluate(YAMLParser.parse(manifest), options: EvaluationOptions(today: Fixture.today))
        #expect(evaluation.diagnostics.map(\.rule) == ["dossier.promotion"])
    }

    /// Règlement EIG 7, §3.1 and §3.5 b: a beta.gouv.fr product file given to `check` gets one
    /// finding that says what it is and how to start a proposal from it.
    @Test func aProductFileGetsOneFindingPointingToImport() throws {
        let product = "---\ntitle: Cantine Claire\nmission: Mesurer les achats durables\nphases:\n  - {name: investigation, start: 2024-01-15}\n---\n"
        let document = YAMLParser.parse(Array(product.utf8), kind: .markdownFrontMatter)
        let evaluation = Engine(ruleSet: Self.eig7).evaluate(document, options: EvaluationOptions(today: Fixture.today))
        #expect(evaluation.diagnostics.map(\.rule) == ["dossier.fiche-produit"])
        let finding = try #require(evaluation.diagnostics.first)
        #expect(finding.message.fr.contains("conforme import"))
        #expect(finding.message.en.contains("conforme import"))
        #expect(finding.range.start.line == 2)
    }
}
