import Testing
import YAMLTree

@testable import ConformeKit

/// A rule whose only check forbids a literal is skipped on a file that does not contain it.
/// The skip must never hide a finding: each case below is a way for a value to contain the
/// literal (or for the rule to report something else) that the file's bytes do not show plainly.
@Suite struct LiteralPrefilterTests {
    static let placeholder = "{not_pattern: {regex: '(?s).*À COMPLÉTER.*', description: motif}}"

    static func evaluate(_ manifest: String, limits: EvaluationLimits = .default) throws -> Evaluation {
        let set = try Fixture.ruleSet(Fixture.rule(then: placeholder, given: "[a, \"l[*]\"]"))
        return Engine(ruleSet: set).evaluate(
            Fixture.parse(manifest), options: EvaluationOptions(today: Fixture.today, limits: limits))
    }

    @Test func theFragmentIsTheLongestRunWithoutBlanksOrQuotes() throws {
        let literal = try #require(LiteralPattern("(?s).*À COMPLÉTER.*"))
        #expect(literal.fragment == Array("COMPLÉTER".utf8))
        #expect(LiteralPattern.longestPlainRun(of: Array("l'a b''cd".utf8)) == Array("cd".utf8))
    }

    @Test func onlyANegatedLiteralAloneHasAFragment() throws {
        let negated = try Fixture.ruleSet(Fixture.rule(then: Self.placeholder, given: "a"))
        #expect(negated.rules[0].then.failureFragment == Array("COMPLÉTER".utf8))
        let positive = try Fixture.ruleSet(Fixture.rule(then: "{pattern: {regex: '.*x.*', description: motif}}", given: "a"))
        #expect(positive.rules[0].then.failureFragment == nil)
        let two = try Fixture.ruleSet(Fixture.rule(then: "{required: true, not_pattern: {regex: '.*x.*', description: motif}}", given: "a"))
        #expect(two.rules[0].then.failureFragment == nil)
    }

    @Test func aWrittenPlaceholderFails() throws {
        let evaluation = try Self.evaluate("a: À COMPLÉTER\n")
        #expect(evaluation.diagnostics.map(\.rule) == ["t"])
    }

    @Test func aPlaceholderFoldedOverTwoLinesFails() throws {
        // The value is "À COMPLÉTER": the line break folds into the space.
        let evaluation = try Self.evaluate("a: À\n  COMPLÉTER\n")
        #expect(evaluation.diagnostics.map(\.rule) == ["t"])
    }

    @Test(arguments: ["a: \"À COMPL\\u00C9TER\"\n", "a: \"\\xC0 COMPL\\xC9TER\"\n", "a: \"À COMPL\\\n  ÉTER\"\n"])
    func aPlaceholderWrittenWithEscapesFails(_ manifest: String) throws {
        // None of these files contains the bytes of « COMPLÉTER »; their values do.
        #expect(!manifest.contains("COMPLÉTER"))
        let evaluation = try Self.evaluate(manifest)
        #expect(evaluation.diagnostics.map(\.rule) == ["t"])
    }

    @Test func aListTooLongIsStillReportedWhenTheRuleCannotFail() throws {
        let evaluation = try Self.evaluate("a: rien\nl: [u, v, w]\n", limits: EvaluationLimits(maxListLength: 2))
        #expect(evaluation.diagnostics.map(\.rule) == ["yaml.limite"])
    }

    @Test func aCleanFileSkipsTheRuleButStillCountsItAsEvaluated() throws {
        let evaluation = try Self.evaluate("a: rien\nl: [u, v]\n")
        #expect(evaluation.diagnostics.isEmpty)
        #expect(evaluation.evaluatedRules.contains("t"))
    }

    @Test func theLargestCollectionCountsListsAndMapsAtAnyDepth() throws {
        let document = Fixture.parse("a: {b: [1, 2, 3, 4, 5]}\nc: 1\n")
        let root = try #require(document.root)
        #expect(LiteralPrefilter.largestCollection(in: root) == 5)
    }
}
