import Foundation
import Testing
import YAMLTree

@testable import ConformeKit

/// A regex the engine gives up on is never a pass: ICU returns "no match" when it stops on its
/// own limit, which a `not_pattern` would take for compliance. conforme bounds ICU's work
/// itself and turns an undecided match into a `yaml.limite` finding; `rules validate` refuses
/// the shapes that cause it.
@Suite struct UndecidedPatternTests {
    /// The anchored regex `pattern` compiles to, and its bounded match.
    struct Anchored {
        let regex: NSRegularExpression
        func matches(_ text: String) -> Bool? { Pattern.matches(regex, text) }
    }

    static func icu(_ pattern: String) throws -> Anchored {
        Anchored(regex: try NSRegularExpression(pattern: "\\A(?:\(pattern))\\z"))
    }

    @Test func anExponentialMatchIsUndecidedNotFalse() throws {
        // This text matches; ICU alone answers "no match" after about a second.
        let regex = try Self.icu("(a?){32}a{32}")
        #expect(regex.matches(String(repeating: "a", count: 32)) == nil)
    }

    @Test func ordinaryPatternsStillDecide() throws {
        let regex = try Self.icu("(?s).*À COMPLÉTER.*")
        #expect(regex.matches(String(repeating: "mot ", count: 1000)) == false)
        #expect(regex.matches("texte À COMPLÉTER ici") == true)
        let email = try Self.icu("[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}")
        #expect(email.matches(String(repeating: "a", count: 4000) + "@") == false)
        #expect(email.matches("jean.dupont@numerique.gouv.fr") == true)
    }

    /// Through the engine: a quadratic pattern (accepted: two unbounded repetitions) on a text
    /// far over the default input limit, which the options raised.
    @Test(arguments: ["not_pattern", "pattern"])
    func anUndecidedMatchIsAnEngineFindingAndTheFileFails(_ check: String) throws {
        let set = try Fixture.ruleSet(Fixture.rule(then: "{\(check): {regex: '.*.*y', description: {fr: un texte, en: a text}}}", given: "nom"))
        let text = String(repeating: "a", count: 20_000)
        let evaluation = Engine(ruleSet: set).evaluate(
            Fixture.parse("nom: \(text)\n"),
            options: EvaluationOptions(
                today: Fixture.today, limits: EvaluationLimits(maxPatternInput: 100_000)))
        #expect(evaluation.diagnostics.map(\.rule) == ["yaml.limite"])
        let finding = try #require(evaluation.diagnostics.first)
        #expect(finding.at == "1:6")
        #expect(finding.message.fr.contains("n'a pas pu être vérifié"))
        #expect(finding.message.en.contains("could not be checked"))
        #expect(evaluation.status == .fail)
    }

    @Test(arguments: [
        "(a?){32}a{32}", "(ab?)+c", "(a{1,3}){10}", "x(y*z){2,}",
        ".*.*.*.*.*.*.*.*.*.*", "[a-z]*[a-z]*[a-z]*", "\\S+x\\S+y\\S+", "(?s).*a.*b.*",
        "(?:.*,){3}.*",
    ])
    func riskyShapesAreRefused(_ pattern: String) {
        #expect(PatternShape.refusal(pattern) != nil || Pattern.hasNestedQuantifier(pattern), "\(pattern)")
        let yaml = "ruleset: t\nrules:\n  - id: a\n    given: nom\n    then: {not_pattern: {regex: '\(pattern)', description: {fr: un texte, en: a text}}}\n"
        guard case .failure(let error) = Fixture.load(yaml) else {
            Issue.record("\(pattern) was accepted")
            return
        }
        #expect(error.problems.first?.message.fr.contains("expression régulière refusée") == true)
    }

    @Test(arguments: [
        "(?s).*À COMPLÉTER.*", "P[0-9]{3}", "^https://beta\\.gouv\\.fr/startups/[a-z0-9._-]+\\.html$",
        "[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}", "(ab)+", "(ab){3}", "[a-z]+(-[a-z]{2}){0,1}",
        "\\d{4}-\\d{2}-\\d{2}", "[A-Z][a-z]*( [A-Z][a-z]*)?", "a*b*c*",
    ])
    func ordinaryShapesAreAccepted(_ pattern: String) {
        #expect(PatternShape.refusal(pattern) == nil, "\(pattern)")
    }
}
