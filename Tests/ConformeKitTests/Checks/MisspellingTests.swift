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

    /// Decided on the text as written: any occurrence fails, nothing else does.
    @Test func decidesOnTheText() throws {
        let then = "{misspelling: {wrong: simplifees, right: simplifiees}}"
        for (text, fails) in [("demarches-simplifees.fr", true), ("demarches-simplifiees.fr", false), ("", false),
            ("simplifees simplifees", true)]
        {
            let found = try Fixture.findings(then: then, given: "v", "v: '\(text)'\n")
            #expect(found.count == (fails ? 1 : 0), "\(text)")
        }
        #expect(Misspelling(wrong: "simplifees", right: "simplifiees").failureFragment == Array("simplifees".utf8))
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
        // `-` unescaped: `\-` outside a class is no ECMA-262 regex under the `u` flag.
        #expect(text.contains(#""^[\\s\\S]*demarches-simplifees\\.fr[\\s\\S]*$""#))
        #expect(ManifestSchema(ruleSet: set).omissions.isEmpty)
    }
}
