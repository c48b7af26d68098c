import Testing
import YAMLTree

@testable import ConformeKit

@Suite struct DerogationTests {
    static let rules = """
        ruleset: test
        rules:
          - id: investigation.entretiens
            severity: warning
            waivable: true
            given: entretiens
            then: {min: 20}
          - id: transparence.licence
            given: licence
            then: {in: [EUPL-1.2, MIT]}
          - id: transparence.stats
            severity: warning
            waivable: true
            given: stats
            then: {required: true}
        """

    func evaluate(_ manifest: String) throws -> Evaluation {
        Fixture.evaluate(try Fixture.ruleSet(Self.rules), manifest)
    }

    @Test func aValidDerogationWaivesTheRulesFindings() throws {
        let evaluation = try evaluate("""
            entretiens: 15
            stats: https://x.fr
            derogations:
              - regle: investigation.entretiens
                justification: Population rare, 15 entretiens couvrent tous les services.
            """)
        let finding = try #require(evaluation.diagnostics.first { $0.rule == "investigation.entretiens" })
        #expect(finding.waiver?.justification == "Population rare, 15 entretiens couvrent tous les services.")
        #expect(finding.waiver?.range.start.line == 4)
        #expect(evaluation.diagnostics.count == 1)
        #expect(fileStatus(of: evaluation.diagnostics, failOn: .warning) == .pass)
    }

    @Test func notWaivableRuleStaysFailing() throws {
        let evaluation = try evaluate("""
            licence: EUPL-2.0
            stats: https://x.fr
            derogations:
              - {regle: transparence.licence, justification: Nous préférons cette licence pour nos raisons.}
            """)
        let refusal = try #require(evaluation.diagnostics.first { $0.rule == "derogations.non-derogeable" })
        #expect(refusal.at == "4:13")
        #expect(refusal.severity == .error)
        #expect(evaluation.diagnostics.first { $0.rule == "transparence.licence" }?.isWaived == false)
        #expect(evaluation.status == .fail)
    }

    @Test func justificationMustBeLongEnoughAndTheRuleKnown() throws {
        let evaluation = try evaluate("""
            entretiens: 15
            stats: https://x.fr
            derogations:
              - regle: investigation.entretiens
                justification: trop court
              - regle: transparence.license
                justification: une justification assez longue pour passer
              - justification: une justification assez longue pour passer
            """)
        let problems = evaluation.diagnostics.filter { $0.rule == "derogations.justification" }
        #expect(problems.map(\.at) == ["5:20", "6:12", "8:5"])
        #expect(problems[1].suggestion == "transparence.licence")
        #expect(problems[1].message.fr.contains("vouliez-vous dire « transparence.licence »"))
        #expect(problems[0].message.fr.contains("au moins 20 caractères, 10 trouvés"))
        // The invalid dérogation does not apply.
        #expect(evaluation.diagnostics.first { $0.rule == "investigation.entretiens" }?.isWaived == false)
    }

    @Test func derogationOnAPassingRuleIsUseless() throws {
        let evaluation = try evaluate("""
            stats: https://x.fr
            derogations:
              - regle: transparence.stats
                justification: la page sera publiée au premier trimestre
            """)
        let useless = try #require(evaluation.diagnostics.first { $0.rule == "derogations.inutile" })
        #expect(useless.severity == .info)
        #expect(useless.at == "3:12")
        #expect(evaluation.status == .pass)
    }

    @Test func derogationsMustBeAList() throws {
        let evaluation = try evaluate("stats: x\nderogations: {regle: transparence.stats}\n")
        #expect(evaluation.diagnostics.first { $0.rule == "derogations.justification" }?.at == "2:14")
    }

    @Test func engineRulesAreDescribed() throws {
        let ids = Set(try Fixture.ruleSet(Self.rules).descriptors.map(\.id))
        for id in ["derogations.justification", "derogations.non-derogeable", "derogations.inutile",
            "yaml.syntaxe", "yaml.cle-dupliquee", "yaml.booleen-ambigu", "investigation.entretiens"]
        {
            #expect(ids.contains(id), "\(id)")
        }
    }
}
