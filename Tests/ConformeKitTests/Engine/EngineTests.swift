import Testing
import YAMLTree

@testable import ConformeKit

@Suite struct EngineTests {
    static let rules = """
        ruleset: test
        rules:
          - id: b.nom
            given: projet.nom
            then: {required: true}
            message:
              fr: "{rule} : « {path} » manque ({detail}, attendu : {expected}), valeur {value}"
              en: "{rule}: '{path}' is missing ({detail}, expected: {expected}), value {value}"
          - id: a.licence
            given: licence
            then: {in: [EUPL-1.2, MIT]}
            message: "Licence « {value} » : essayez {suggestion}"
          - id: c.sans-message
            title: {fr: Le budget est positif, en: The budget is positive}
            given: budget
            then: {exclusive_min: 0}
        """

    func evaluate(_ manifest: String) throws -> Evaluation {
        Fixture.evaluate(try Fixture.ruleSet(Self.rules), manifest)
    }

    @Test func messageTemplatesInBothLanguages() throws {
        let d = try #require(try evaluate("projet: {}\n").diagnostics.first { $0.rule == "b.nom" })
        #expect(d.message.fr == "b.nom : « projet.nom » manque (valeur absente, attendu : une valeur), valeur (valeur absente)")
        #expect(d.message.en == "b.nom: 'projet.nom' is missing (value missing, expected: a value), value (missing value)")
    }

    @Test func missingEnglishFallsBackToTheFrenchTemplate() throws {
        let d = try #require(try evaluate("licence: eupl-1.2\n").diagnostics.first { $0.rule == "a.licence" })
        #expect(d.message.fr == "Licence « eupl-1.2 » : essayez EUPL-1.2")
        #expect(d.message.en == d.message.fr)
        #expect(d.message.text(.en) == d.message.fr)
    }

    @Test func withoutMessageTheTitleAndDetailAreUsed() throws {
        let d = try #require(try evaluate("budget: 0\n").diagnostics.first { $0.rule == "c.sans-message" })
        #expect(d.message.fr == "Le budget est positif — budget : plus de 0 ; valeur trouvée : 0")
        #expect(d.message.en == "The budget is positive — budget: more than 0; found 0")
    }

    @Test func diagnosticsAreSortedByLineColumnAndRule() throws {
        let evaluation = try evaluate("budget: -1\nlicence: GPL\nprojet: {}\n")
        #expect(evaluation.diagnostics.map(\.rule) == ["c.sans-message", "a.licence", "b.nom"])
        #expect(evaluation.diagnostics.map(\.at) == ["1:9", "2:10", "3:1"])
        #expect(evaluation.evaluatedRules.prefix(3) == ["b.nom", "a.licence", "c.sans-message"])
    }

    @Test func ambiguousBooleanIsAWarningAtTheValue() throws {
        let evaluation = try evaluate("projet: {nom: x}\nacces: yes\n")
        let d = try #require(evaluation.diagnostics.first { $0.rule == "yaml.booleen-ambigu" })
        #expect(d.severity == .warning)
        #expect(d.at == "2:8")
        #expect(evaluation.status == .pass)
        #expect(fileStatus(of: evaluation.diagnostics, failOn: .warning) == .fail)
    }

    @Test func syntaxErrorStopsTheRules() throws {
        let evaluation = try evaluate("projet: {nom: x\nlicence: GPL\n")
        #expect(evaluation.diagnostics.contains { $0.rule == "yaml.syntaxe" && $0.severity == .error })
        #expect(!evaluation.diagnostics.contains { $0.rule == "a.licence" || $0.rule == "b.nom" })
        #expect(evaluation.status == .fail)
    }

    @Test func duplicateKeyStillRunsTheRules() throws {
        let evaluation = try evaluate("licence: GPL\nlicence: MIT\nprojet: {nom: x}\n")
        #expect(evaluation.diagnostics.contains { $0.rule == "yaml.cle-dupliquee" })
        // The first occurrence is kept.
        #expect(evaluation.diagnostics.contains { $0.rule == "a.licence" })
    }

    @Test func aDocumentThatIsNotAMapOnlyGetsYAMLFindings() throws {
        for manifest in ["- a\n- b\n", "juste du texte\n", ""] {
            let evaluation = try evaluate(manifest)
            #expect(!evaluation.diagnostics.isEmpty, "\(manifest)")
            #expect(evaluation.diagnostics.allSatisfy { $0.rule.hasPrefix("yaml.") }, "\(manifest)")
            #expect(evaluation.status == .fail)
        }
    }

    @Test func statusFollowsTheThresholdAndIgnoresWaivedFindings() {
        let range = SourceRange(at: .start)
        let warning = Diagnostic(rule: "w", severity: .warning, message: LocalizedText("", ""), range: range)
        var waivedError = Diagnostic(rule: "e", severity: .error, message: LocalizedText("", ""), range: range)
        waivedError.waiver = Waiver(justification: "une raison suffisante pour déroger", range: range)
        #expect(fileStatus(of: [warning], failOn: .error) == .pass)
        #expect(fileStatus(of: [warning], failOn: .warning) == .fail)
        #expect(fileStatus(of: [warning], failOn: .info) == .fail)
        #expect(fileStatus(of: [waivedError], failOn: .info) == .pass)
        #expect(fileStatus(of: [], failOn: .info) == .pass)
    }

    @Test func promotionIsReadFromTheTopLevel() {
        #expect(promotion(of: Fixture.parse("promotion: 6\n")) == 6)
        #expect(promotion(of: Fixture.parse("promotion: \"7\"\n")) == nil)
        #expect(promotion(of: Fixture.parse("projet: {promotion: 7}\n")) == nil)
        #expect(promotion(of: Fixture.parse("- 7\n")) == nil)
    }

    @Test func onlyRulesRestrictsTheEvaluation() throws {
        let set = try Fixture.ruleSet(Self.rules)
        let evaluation = Engine(ruleSet: set).evaluate(Fixture.parse("budget: -1\nlicence: GPL\n"),
            options: EvaluationOptions(today: Fixture.today, onlyRules: ["a.licence"]))
        #expect(evaluation.diagnostics.map(\.rule) == ["a.licence"])
    }

    @Test func localDatesAreRealCalendarDays() {
        #expect(LocalDate("2024-02-29") != nil)
        #expect(LocalDate("2023-02-29") == nil)
        #expect(LocalDate("2024-04-31") == nil)
        #expect(LocalDate("2024-4-01") == nil)
        #expect(LocalDate("2024-06-01")! < LocalDate("2024-06-02")!)
        #expect(LocalDate("2024-06-01")!.description == "2024-06-01")
    }

    @Test func editDistanceCountsASwapAsOneTypo() {
        #expect(Suggestion.editDistance("transparance", "transparence") == 1)
        #expect(Suggestion.editDistance("reqiured", "required") == 1)
        // The byte path (ASCII) and the Character path agree.
        #expect(Suggestion.editDistance("clé", "cle") == 1)
        #expect(Suggestion.editDistance("e\u{301}x", "éx") == 0)
        #expect(Suggestion.editDistance("ab\r\nc", "ab\nc") == 1)
        #expect(Suggestion.editDistance(Array("a\r\nb"), Array("a\nb")) == Suggestion.editDistance("a\r\nb", "a\nb"))
        #expect(Suggestion.closest(to: "xyz", among: ["transparence"]) == nil)
    }
}
