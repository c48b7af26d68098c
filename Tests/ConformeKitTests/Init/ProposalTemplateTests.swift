import Foundation
import Testing
import YAMLTree

@testable import ConformeKit

/// `conforme init`: a manifest to fill in, whose placeholders fail the check until replaced.
@Suite struct ProposalTemplateTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")
    static let today = LocalDate("2024-06-01")!

    static func evaluate(_ text: String) -> (ParsedDocument, Evaluation) {
        let document = YAMLParser.parse(text)
        let ruleSet = RuleSetCatalog.embedded.ruleSet(forPromotion: 7)
        return (document, Engine(ruleSet: ruleSet).evaluate(document, options: EvaluationOptions(today: today)))
    }

    @Test(arguments: ProposalTemplate.MissionType.allCases)
    func matchesItsGoldenFile(type: ProposalTemplate.MissionType) throws {
        let text = ProposalTemplate.render(type: type)
        Golden.check(text, "\(type.rawValue).yml", in: Self.golden)
    }

    @Test(arguments: ProposalTemplate.MissionType.allCases)
    func startsWithTheSchemaForEditors(type: ProposalTemplate.MissionType) {
        let first = ProposalTemplate.render(type: type).split(separator: "\n").first
        #expect(first == "# yaml-language-server: $schema=\(ProposalTemplate.schemaURL(promotion: 7))")
    }

    /// An unfilled template is valid YAML and fails, and every placeholder is named as such.
    @Test(arguments: ProposalTemplate.MissionType.allCases)
    func placeholdersFailWithClearMessages(type: ProposalTemplate.MissionType) {
        let text = ProposalTemplate.render(type: type)
        let (document, evaluation) = Self.evaluate(text)
        #expect(!document.hasErrors)
        #expect(evaluation.status == .fail)
        let placeholders = evaluation.diagnostics.filter { $0.rule == "dossier.a-completer" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let placeholderLines = lines.enumerated().filter { _, line in
            let code = line.split(separator: "#", maxSplits: 1).first ?? ""
            return code.contains(ProposalTemplate.placeholder) && !line.hasPrefix("#")
        }.map { $0.offset + 1 }
        #expect(Set(placeholders.map(\.range.start.line)) == Set(placeholderLines))
        for finding in placeholders {
            #expect(finding.message.fr.contains("est encore à compléter"))
            #expect(finding.message.en.contains("still to be filled in"))
        }
    }

    /// Every rule id the comments name exists, and every rule of the set that reads a field is
    /// named somewhere, so the comments can be trusted as a guide.
    @Test func commentsNameRealRules() throws {
        let text = ProposalTemplate.render(type: .lancement) + ProposalTemplate.render(type: .internalisation)
        let ruleSet = RuleSetCatalog.embedded.ruleSet(forPromotion: 7)
        let known = Set(ruleSet.rules.map(\.id))
        let named = Set(text.matches(of: /\[([a-z0-9.\-]+)\]/).map { String($0.output.1) })
        #expect(!named.isEmpty)
        #expect(named.subtracting(known).isEmpty, "unknown rules in comments: \(named.subtracting(known))")
        // dossier.fiche-produit reads a product file's keys (title, phases), which no proposal has.
        let unnamed = known.subtracting(named).subtracting(["dossier.a-completer", "dossier.cle-inconnue", "dossier.fiche-produit"])
        #expect(unnamed.isEmpty, "rules no comment names: \(unnamed.sorted())")
    }

    /// Filled in with the spec's compliant values, the template's structure passes: it holds
    /// no key outside the format.
    @Test func everyKeyIsPartOfTheFormat() {
        let (_, evaluation) = Self.evaluate(ProposalTemplate.render(type: .lancement))
        #expect(!evaluation.diagnostics.contains { $0.rule == "dossier.cle-inconnue" })
    }
}
