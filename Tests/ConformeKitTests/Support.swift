import Testing
import YAMLTree

@testable import ConformeKit

/// Helpers to state rule files and manifests as YAML text, as authors write them.
enum Fixture {
    static let today = LocalDate("2024-06-01")!

    static func parse(_ yaml: String) -> ParsedDocument { YAMLParser.parse(Array(yaml.utf8)) }

    /// Loads a rule set from texts: `files["main.yml"]` is the rule file, others its `extends`.
    static func load(_ files: [String: String], main: String = "rules/main.yml") -> Result<RuleSet, RuleSetLoadError> {
        RuleSetLoader.load(path: main) { files[$0].map { Array($0.utf8) } }
    }

    static func load(_ yaml: String) -> Result<RuleSet, RuleSetLoadError> {
        load(["rules/main.yml": yaml])
    }

    /// A valid rule set, or a test failure listing its problems.
    static func ruleSet(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> RuleSet {
        switch load(yaml) {
        case .success(let ruleSet): return ruleSet
        case .failure(let error):
            Issue.record("rule set refused:\n\(error)", sourceLocation: sourceLocation)
            throw error
        }
    }

    /// A rule set of one rule `t` with `then` (a flow mapping) and optional `given` / `when`.
    static func rule(then: String, given: String? = nil, when: String? = nil, extra: String = "") -> String {
        var text = "ruleset: test\nrules:\n  - id: t\n    severity: error\n"
        if let given { text += "    given: \(given)\n" }
        if let when { text += "    when: \(when)\n" }
        text += "    then: \(then)\n"
        return text + extra
    }

    static func evaluate(_ ruleSet: RuleSet, _ manifest: String, today: LocalDate = Fixture.today) -> Evaluation {
        Engine(ruleSet: ruleSet).evaluate(parse(manifest), options: EvaluationOptions(today: today))
    }

    /// The findings of rule `t` for one `then` on one manifest.
    static func findings(
        then: String, given: String? = nil, when: String? = nil, _ manifest: String,
        today: LocalDate = Fixture.today
    ) throws -> [Diagnostic] {
        let set = try ruleSet(rule(then: then, given: given, when: when))
        return evaluate(set, manifest, today: today).diagnostics.filter { $0.rule == "t" }
    }
}

extension Diagnostic {
    /// `line:column` of the start, to assert locations compactly.
    var at: String { "\(range.start.line):\(range.start.column)" }
}

extension RuleSetProblem {
    var at: String { "\(range.start.line):\(range.start.column)" }
}
