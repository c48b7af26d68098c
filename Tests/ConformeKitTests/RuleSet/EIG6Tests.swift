import Foundation
import Testing
import YAMLTree

@testable import ConformeKit

/// The legacy rule set of the 6th promotion (2022): a rule file, no code. A manifest with
/// `promotion: 6` is checked against it.
@Suite struct EIG6Tests {
    static func check(_ text: String, today: String = "2022-03-01") -> (ruleSet: RuleSet, evaluation: Evaluation) {
        let document = YAMLParser.parse(Array(text.utf8))
        let ruleSet = RuleSetCatalog.embedded.ruleSet(forPromotion: promotion(of: document))
        return (ruleSet, Engine(ruleSet: ruleSet).evaluate(document, options: EvaluationOptions(today: LocalDate(today)!)))
    }

    static func example() throws -> String {
        try String(contentsOf: EmbeddedRuleSetTests.repositoryRoot.appendingPathComponent("examples/proposition-eig6.yml"),
            encoding: .utf8)
    }

    @Test func promotion6ChoosesTheEIG6RuleSet() {
        #expect(RuleSetCatalog.embedded.promotions.contains(6))
        #expect(RuleSetCatalog.embedded.fileName(forPromotion: 6) == "eig-6.yml")
        #expect(RuleSetCatalog.embedded.ruleSet(forPromotion: 6).id == "eig-6")
        #expect(RuleSetCatalog.embedded.ruleSet(forPromotion: 7).id == "eig-7")
    }

    @Test(arguments: ["2022-03-01", "2024-06-01"])
    func theExamplePasses(today: String) throws {
        let (ruleSet, evaluation) = Self.check(try Self.example(), today: today)
        #expect(ruleSet.id == "eig-6")
        #expect(evaluation.diagnostics.isEmpty, "\(evaluation.diagnostics.map { "\($0.at) \($0.rule) \($0.message.fr)" })")
        #expect(evaluation.status == .pass)
        #expect(evaluation.evaluatedRules.contains("eig6.equipe.nombre-eig"))
    }

    @Test func aWrongFieldIsReportedByAnEIG6Rule() throws {
        let text = try Self.example().replacingOccurrences(of: "nombre_eig: 2", with: "nombre_eig: 1")
        let (_, evaluation) = Self.check(text)
        #expect(evaluation.status == .fail)
        #expect(evaluation.diagnostics.map(\.rule).contains("eig6.equipe.nombre-eig"))
        #expect(evaluation.diagnostics.allSatisfy { $0.rule.hasPrefix("eig6.") })
    }

    @Test func theEIG7ProfilesAreNotEIG6Profiles() throws {
        let text = try Self.example().replacingOccurrences(of: "[developpement, data-science]",
            with: "[direction-produit, direction-technique]")
        let rules = Self.check(text).evaluation.diagnostics.map(\.rule)
        #expect(rules == ["eig6.equipe.profils", "eig6.equipe.profils"])
    }

    @Test func everyRuleHasItsSourceURLAndBothLanguages() {
        let ruleSet = RuleSetCatalog.embedded.ruleSet(forPromotion: 6)
        #expect(ruleSet.rules.count >= 15)
        for rule in ruleSet.rules {
            #expect(rule.id.hasPrefix("eig6."))
            #expect(rule.source?.hasPrefix("Cahier des charges AAP EIG 6 (2022)") == true || rule.id == "eig6.dossier.cle-inconnue",
                "\(rule.id): source")
            #expect(rule.url == "https://eig.numerique.gouv.fr/img/aap-eig6-cahier-des-charges.pdf")
            #expect(rule.message?.en.isEmpty == false && rule.rationale?.en.isEmpty == false, "\(rule.id): English")
        }
    }
}
