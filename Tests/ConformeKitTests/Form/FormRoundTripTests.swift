import Foundation
import Testing
import YAMLTree

@testable import ConformeKit

/// Load a manifest into the form, write it back: `conforme check` finds the same things, for
/// every example manifest and every example of every rule, passing or failing.
struct FormRoundTripTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples")

    static let settings = RunSettings(ruleSet: nil, evaluation: EvaluationOptions(today: Fixture.today))

    /// The findings of a manifest as `(rule, path)`, sorted: what the round trip must keep.
    static func findings(_ yaml: String) -> [String] {
        let input = ManifestInput(path: "m.yml", bytes: Array(yaml.utf8), kind: .yaml)
        return ManifestCheck.run(input, settings: settings).report.diagnostics
            .map { "\($0.rule) @ \($0.path ?? "-")" }.sorted()
    }

    /// The form a manifest opens in: its promotion's, else the newest.
    static func form(for yaml: String) throws -> GuidedForm {
        let document = YAMLParser.parse(yaml)
        var promotion = 7
        if case .int(let value)? = document.root?["promotion"]?.scalar?.value, value == 6 { promotion = 6 }
        return try GuidedFormTests.form(promotion)
    }

    static func roundTrip(_ yaml: String, form: GuidedForm) -> String {
        let (state, _) = form.load(Array(yaml.utf8))
        return form.manifestYAML(state)
    }

    static func expectSameFindings(_ yaml: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let form = try form(for: yaml)
        let written = roundTrip(yaml, form: form)
        // The form writes clean YAML: findings about how the text was written (`yaml.*`, a
        // plain `oui`) are what it removes; the rules' findings must all stay.
        let before = findings(yaml).filter { !$0.hasPrefix("yaml.") }
        let after = findings(written)
        let lost = before.filter { !after.contains($0) }
        let gained = after.filter { !before.contains($0) }
        #expect(before == after, "\(what): lost \(lost), gained \(gained)\n--- manifest\n\(yaml)\n--- written back\n\(written)", sourceLocation: sourceLocation)
    }

    @Test func everyExampleManifestKeepsItsFindings() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path).filter { $0.hasSuffix(".yml") }.sorted()
        #expect(names.count >= 8)
        for name in names {
            let yaml = try String(contentsOf: Self.examples.appendingPathComponent(name), encoding: .utf8)
            try Self.expectSameFindings(yaml, name)
        }
    }

    @Test(arguments: [6, 7])
    func everyRuleExampleKeepsItsFindings(promotion: Int) throws {
        let ruleSet = RuleSetCatalog.embedded.ruleSet(forPromotion: promotion)
        var count = 0
        for rule in ruleSet.rules {
            for (kind, examples) in [("pass", rule.examples.pass), ("fail", rule.examples.fail)] {
                for (index, example) in examples.enumerated() {
                    // A rule example without a promotion is checked against its own rule set.
                    let yaml = example.contains("promotion:") || promotion == 7 ? example : "promotion: 6\n" + example
                    try Self.expectSameFindings(yaml, "\(rule.id) \(kind)[\(index)]")
                    count += 1
                }
            }
        }
        #expect(count > 50)
    }

    @Test func aCompliantProposalWrittenBackIsStillCompliant() throws {
        let yaml = try String(contentsOf: Self.examples.appendingPathComponent("proposition-conforme.yml"), encoding: .utf8)
        let form = try GuidedFormTests.form(7)
        let (state, summary) = form.load(Array(yaml.utf8))
        #expect(summary.unplaced.isEmpty)
        #expect(summary.filled >= 60)
        #expect(state.extras.isEmpty && state.literals.isEmpty)
        let review = form.review(state, settings: Self.settings)
        #expect(review.report.diagnostics.isEmpty)
        #expect(review.isCompliant)
    }

    @Test func whatCannotBePlacedIsSaidAndKept() throws {
        let form = try GuidedFormTests.form(7)
        let yaml = "promotion: 7\nprojet:\n  nom: Déclic\n  fiche_beat: https://x\ntransparance: {licence: MIT}\nmission: {nombre_eig: \"2\"}\n"
        let (state, summary) = form.load(Array(yaml.utf8))
        #expect(summary.filled == 3)  // promotion, projet.nom, mission.nombre_eig
        #expect(summary.unplaced == ["projet.fiche_beat", "transparance"])
        // A text where a number is expected stays a text while the user does not edit it.
        #expect(state.literals["mission.nombre_eig"]?.value == .string("2"))
        let written = form.manifestYAML(state)
        #expect(written.contains("fiche_beat: https://x"))
        #expect(written.contains("nombre_eig: '2'"))
        var edited = state
        edited.values["mission.nombre_eig"] = "2"
        let resubmitted = FormSubmission.read(FormSubmission.hiddenFields(edited) + [("mission.nombre_eig", "2")], form: form).state
        #expect(form.manifestYAML(resubmitted).contains("nombre_eig: '2'"))
        let retyped = FormSubmission.read(FormSubmission.hiddenFields(edited) + [("mission.nombre_eig", "2 ")], form: form).state
        #expect(form.manifestYAML(retyped).contains("nombre_eig: 2\n"))
    }
}

/// A manifest written by `conforme init` opens in the form with its placeholders as empty fields.
struct FormPlaceholderTests {
    @Test func placeholdersBecomeEmptyFields() throws {
        let form = try GuidedFormTests.form(7)
        let template = ProposalTemplate.render(type: .lancement)
        let (state, summary) = form.load(Array(template.utf8), placeholder: ProposalTemplate.placeholder)
        #expect(!state.values.values.contains { $0.contains(ProposalTemplate.placeholder) })
        #expect(state.values["mission.type"] == "lancement")
        #expect(state.values["promotion"] == "7")
        #expect(summary.unplaced.isEmpty, "\(summary.unplaced)")
        #expect(!form.manifestYAML(state).contains(ProposalTemplate.placeholder))
    }
}
