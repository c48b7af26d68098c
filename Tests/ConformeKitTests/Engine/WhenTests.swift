import Testing
import YAMLTree

@testable import ConformeKit

@Suite struct WhenTests {
    static let rules = """
        ruleset: test
        rules:
          - id: lancement
            when: {path: mission.type, equals: lancement}
            given: investigation
            then: {required: true}
          - id: deux-clauses
            when: [{path: mission.type, in: [lancement, internalisation]}, {path: promotion, min: 7}]
            given: x
            then: {required: true}
          - id: non-operateur
            when: {path: administration.type, not_in: [operateur]}
            given: y
            then: {required: true}
        """

    func evaluate(_ manifest: String) throws -> Evaluation {
        Fixture.evaluate(try Fixture.ruleSet(Self.rules), manifest)
    }

    @Test func ruleAppliesOnlyWhenItsConditionHolds() throws {
        let launching = try evaluate("mission: {type: lancement}\n")
        #expect(launching.diagnostics.contains { $0.rule == "lancement" })
        #expect(launching.evaluatedRules.contains("lancement"))
        let internalising = try evaluate("mission: {type: internalisation}\n")
        #expect(!internalising.diagnostics.contains { $0.rule == "lancement" })
        #expect(!internalising.evaluatedRules.contains("lancement"))
    }

    @Test func absentNodeDoesNotSatisfyEqualsOrIn() throws {
        let evaluation = try evaluate("promotion: 7\n")
        #expect(!evaluation.evaluatedRules.contains("lancement"))
        #expect(!evaluation.evaluatedRules.contains("deux-clauses"))
    }

    @Test func everyClauseMustHold() throws {
        #expect(try evaluate("mission: {type: lancement}\npromotion: 7\n").evaluatedRules.contains("deux-clauses"))
        #expect(try !evaluate("mission: {type: lancement}\npromotion: 6\n").evaluatedRules.contains("deux-clauses"))
    }

    @Test func otherChecksKeepTheirAbsenceRule() throws {
        // not_in holds on an absent node, in `when` as elsewhere.
        #expect(try evaluate("a: 1\n").evaluatedRules.contains("non-operateur"))
        #expect(try !evaluate("administration: {type: operateur}\n").evaluatedRules.contains("non-operateur"))
    }
}
