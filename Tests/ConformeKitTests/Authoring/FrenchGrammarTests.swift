import Foundation
import Testing
import YAMLTree

@testable import ConformeKit

/// Sentences conforme assembles from parts (explanations, filled messages) follow French
/// contractions and elisions: « au champ », never « à le champ » (issue 17, item 13).
@Suite struct FrenchGrammarTests {
    /// « à le », « de le », « à les », « de les », and « de » before a vowel.
    static func mistakes(in text: String) -> [String] {
        let pattern = try! NSRegularExpression(
            pattern: "(?<![\\p{L}'])((à le|de le|à les|de les)(?![\\p{L}])|de [aeiouéèêàâîôûAEIOUÉ])", options: [])
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).compactMap { match in
            Range(match.range, in: text).map { found in
                let start = text.index(found.lowerBound, offsetBy: -20, limitedBy: text.startIndex) ?? text.startIndex
                let end = text.index(found.upperBound, offsetBy: 20, limitedBy: text.endIndex) ?? text.endIndex
                return String(text[start..<end])
            }
        }
    }

    /// Rules that compare with every kind of operand, in every check that takes one.
    static let operandRules: String = {
        let operands = ["{field: debut}", "{path: investigation.debut}", "today", "2024-01-01", "3"]
        let checks = ["after", "before", "same_as", "min", "max", "exclusive_min", "exclusive_max"]
        var text = "ruleset: test\nrules:\n"
        var n = 0
        for check in checks {
            for operand in operands {
                for type in ["date", "integer", "string"] {
                    n += 1
                    text += "  - {id: r\(n), given: x, then: {field: fin, type: \(type), \(check): \(operand)}}\n"
                }
            }
        }
        return text
    }()

    @Test func theEnginesGrammarOnEveryOperand() throws {
        let set = try Fixture.ruleSet(Self.operandRules)
        var found: [String] = []
        for rule in set.rules {
            let explanation = try #require(set.explanation(of: rule.id))
            found += Self.mistakes(in: ExplanationText.render(explanation, language: .fr))
        }
        // Their messages, failing on values of every kind.
        for manifest in ["x: {debut: 2024-05-01, fin: 2020-01-01}", "x: {debut: 9, fin: 1}", "x: {debut: a, fin: b}",
                         "investigation: {debut: 2030-01-01}\nx: {fin: 2020-01-01}"] {
            for diagnostic in Fixture.evaluate(set, manifest).diagnostics {
                found += Self.mistakes(in: diagnostic.message.fr)
            }
        }
        #expect(found.isEmpty, "\(found)")
        // The issue's own example.
        let example = try Fixture.ruleSet(Fixture.rule(then: "{field: fin, type: date, after: {field: debut}}", given: "x"))
        let text = ExplanationText.render(try #require(example.explanation(of: "t")), language: .fr)
        #expect(text.contains("postérieure au champ debut"), "\(text)")
    }

    @Test(arguments: RuleSetCatalog.embedded.promotions)
    func everyShippedExplanationAndMessage(promotion: Int) throws {
        let set = RuleSetCatalog.embedded.ruleSet(forPromotion: promotion)
        var found: [String] = []
        for rule in set.rules {
            let explanation = try #require(set.explanation(of: rule.id))
            found += Self.mistakes(in: ExplanationText.render(explanation, language: .fr)).map { "\(rule.id) explain: \($0)" }
            for template in [rule.message?.fr, rule.messageOptional?.fr].compactMap({ $0 }) {
                found += Self.mistakes(in: template).map { "\(rule.id) template: \($0)" }
            }
            // The templates filled: every failing example's message as a user reads it.
            for example in rule.examples.fail {
                let evaluation = Engine(ruleSet: set).evaluate(Fixture.parse(example),
                    options: EvaluationOptions(today: RuleExamples.today, onlyRules: [rule.id]))
                for diagnostic in evaluation.diagnostics {
                    found += Self.mistakes(in: diagnostic.message.fr).map { "\(rule.id) message: \($0)" }
                }
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test func theCheckerFindsWhatItLooksFor() {
        #expect(Self.mistakes(in: "postérieure à le champ debut").count == 1)
        #expect(Self.mistakes(in: "la date de investigation").count == 1)
        #expect(Self.mistakes(in: "au champ debut, du champ fin, d'investigation, de la date").isEmpty)
    }
}
