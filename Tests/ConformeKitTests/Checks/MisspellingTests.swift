import Testing
import YAMLTree

@testable import ConformeKit

/// `misspelling: {wrong, right}`: a known misspelling anywhere in a value, with the corrected
/// value as the suggestion.
@Suite struct MisspellingTests {
    static let check = "{misspelling: {wrong: demarches-simplifees.fr, right: demarches-simplifiees.fr}}"

    @Test func suggestsTheCorrectedValue() throws {
        let found = try Fixture.findings(then: Self.check, given: "url",
            "url: 'Dépôt : https://www.demarches-simplifees.fr/commencer/aap-eig7'")
        #expect(found.count == 1)
        #expect(found.first?.suggestion == "Dépôt : https://www.demarches-simplifiees.fr/commencer/aap-eig7")
        #expect(found.first?.at == "1:6")
    }

    @Test func holdsOnTheRightSpellingAndOnWhatIsNotText() throws {
        #expect(try Fixture.findings(then: Self.check, given: "url", "url: https://www.demarches-simplifiees.fr/").isEmpty)
        #expect(try Fixture.findings(then: Self.check, given: "url", "url: [demarches-simplifees.fr]").isEmpty)
        #expect(try Fixture.findings(then: Self.check, given: "url", "autre: 1").isEmpty)
    }

    /// The quick way and the long way take the same decision.
    @Test func bothWaysAgree() throws {
        let check = Misspelling(wrong: "simplifees", right: "simplifiees")
        let context = CheckContext(root: Fixture.parse("a: 1").root!, today: Fixture.today)
        for text in ["demarches-simplifees.fr", "demarches-simplifiees.fr", "", "simplifees simplifees"] {
            let node = Fixture.parse("v: '\(text)'").root!["v"]!
            let quick = check.holds(NodeRef(node), base: nil, in: context)
            let long = check.verdict(on: node, at: .nowhere, in: context) == nil
            #expect(quick == long, "\(text)")
        }
        #expect(check.failureFragment == Array("simplifees".utf8))
    }

    @Test(arguments: ["{misspelling: demarches}", "{misspelling: {wrong: a, right: a}}", "{misspelling: {wrong: '', right: a}}",
        "{misspelling: {wrong: a}}", "{misspelling: {wrong: a, right: b, other: c}}"])
    func badOptionsAreRefusedWhenTheRuleSetLoads(_ then: String) {
        guard case .failure = Fixture.load(Fixture.rule(then: then, given: "url")) else {
            Issue.record("accepted: \(then)")
            return
        }
    }

    @Test func theSchemaRefusesTheMisspelling() throws {
        let set = try Fixture.ruleSet(Fixture.rule(then: Self.check, given: "url"))
        let text = ManifestSchema(ruleSet: set).text
        #expect(text.contains(#"demarches\\-simplifees\\.fr"#))
        #expect(ManifestSchema(ruleSet: set).omissions.isEmpty)
    }
}
