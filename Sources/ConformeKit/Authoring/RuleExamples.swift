import YAMLTree

/// Runs the examples of a rule set's rules: each example is evaluated against its own rule only,
/// on a fixed day, and must pass (no finding of the rule) or fail (at least one) as declared.
/// Shared by the test suite and `conforme rules validate`.
public enum RuleExamples {
    /// The day examples are evaluated on, so that "not after today" examples stay true.
    public static let today = LocalDate(year: 2024, month: 6, day: 1)!

    public struct Outcome: Sendable {
        public var ruleID: String
        /// The rule file and the example's place in it.
        public var file: String
        public var example: Rule.Example
        /// Declared under `pass` (true) or `fail` (false).
        public var mustPass: Bool
        /// The rule's findings on the example, and any YAML error that kept it from running.
        public var findings: [Diagnostic]

        /// Whether the example is not valid YAML (then the rule could not look at it).
        public var yamlErrors: [Diagnostic] {
            findings.filter { $0.rule.hasPrefix("yaml.") && $0.severity == .error }
        }

        public var behavesAsDeclared: Bool {
            guard yamlErrors.isEmpty else { return false }
            return mustPass ? findings.isEmpty : findings.contains { $0.rule == ruleID }
        }

        /// Why the example does not behave as declared, at its place in the rule file; nil
        /// when it does.
        public var problem: RuleSetProblem? {
            guard !behavesAsDeclared else { return nil }
            let kind = mustPass ? "pass" : "fail"
            let where_ = { (d: Diagnostic) in (d.range.start.line, d.range.start.column) }
            let message: LocalizedText
            if let yaml = yamlErrors.first {
                let (line, column) = where_(yaml)
                message = LocalizedText(
                    "exemple « \(kind) » de la règle « \(ruleID) » : ce n'est pas du YAML valide (ligne \(line), colonne \(column) de l'exemple) : \(yaml.message.fr)",
                    "'\(kind)' example of rule '\(ruleID)' is not valid YAML (line \(line), column \(column) of the example): \(yaml.message.text(.en))")
            } else if mustPass, let finding = findings.first {
                let (line, column) = where_(finding)
                message = LocalizedText(
                    "exemple « pass » de la règle « \(ruleID) » : il devrait passer, mais la règle signale (ligne \(line), colonne \(column) de l'exemple) : \(finding.message.fr)",
                    "'pass' example of rule '\(ruleID)' should pass, but the rule reports (line \(line), column \(column) of the example): \(finding.message.text(.en))")
            } else {
                message = LocalizedText(
                    "exemple « fail » de la règle « \(ruleID) » : il devrait échouer, mais la règle ne signale rien",
                    "'fail' example of rule '\(ruleID)' should fail, but the rule reports nothing")
            }
            return RuleSetProblem(file: file, range: example.range, message: message)
        }
    }

    /// Every example of every rule, in rule-set order, passing examples first.
    public static func run(_ ruleSet: RuleSet, today: LocalDate = RuleExamples.today) -> [Outcome] {
        let engine = Engine(ruleSet: ruleSet)
        var outcomes: [Outcome] = []
        for rule in ruleSet.rules {
            let options = EvaluationOptions(today: today, onlyRules: [rule.id])
            for (examples, mustPass) in [(rule.examples.passing, true), (rule.examples.failing, false)] {
                for example in examples {
                    let document = YAMLParser.parse(Array(example.text.utf8))
                    let findings = engine.evaluate(document, options: options).diagnostics.filter {
                        $0.rule == rule.id || ($0.rule.hasPrefix("yaml.") && $0.severity == .error)
                    }
                    outcomes.append(Outcome(ruleID: rule.id, file: rule.file, example: example,
                        mustPass: mustPass, findings: findings))
                }
            }
        }
        return outcomes
    }

    /// Rules that lack a passing or a failing example, at their id: an example of each kind
    /// is what shows a reader, and the test suite, what the rule means.
    public static func missingExamples(_ ruleSet: RuleSet) -> [RuleSetProblem] {
        ruleSet.rules.compactMap { rule in
            let missing = [rule.examples.passing.isEmpty ? "pass" : nil, rule.examples.failing.isEmpty ? "fail" : nil]
                .compactMap { $0 }
            guard !missing.isEmpty else { return nil }
            let keys = missing.map { "examples.\($0)" }.joined(separator: ", ")
            return RuleSetProblem(file: rule.file, range: rule.range, message: LocalizedText(
                "la règle « \(rule.id) » n'a pas d'exemple \(missing.map { "« \($0) »" }.joined(separator: " ni d'exemple ")) : ajoutez au moins un manifeste sous \(keys)",
                "rule '\(rule.id)' has no \(missing.map { "'\($0)'" }.joined(separator: " or ")) example: add at least one manifest under \(keys)"))
        }
    }
}

/// `conforme rules validate FILE`: the rule set loads (every problem of the language, regexes
/// prone to catastrophic backtracking included) and every example behaves as declared.
public struct RuleSetValidation: Sendable {
    public var path: String
    /// In file, then line order.
    public var problems: [RuleSetProblem]
    public var ruleCount: Int
    public var exampleCount: Int

    public var isValid: Bool { problems.isEmpty }

    public static func validate(
        path: String, today: LocalDate = RuleExamples.today, read: (String) -> [UInt8]?
    ) -> RuleSetValidation {
        switch RuleSetLoader.load(path: path, read: read) {
        case .failure(let error):
            return RuleSetValidation(path: path, problems: error.problems, ruleCount: 0, exampleCount: 0)
        case .success(let ruleSet):
            let outcomes = RuleExamples.run(ruleSet, today: today)
            var problems = RuleExamples.missingExamples(ruleSet) + outcomes.compactMap(\.problem)
            problems.sort { ($0.file, $0.range.start.line, $0.range.start.column) < ($1.file, $1.range.start.line, $1.range.start.column) }
            return RuleSetValidation(path: path, problems: problems, ruleCount: ruleSet.rules.count,
                exampleCount: outcomes.count)
        }
    }

    /// "rules/eig-7.yml : 44 règles valides, 96 exemples vérifiés".
    public func confirmation(_ language: Language) -> String {
        switch language {
        case .fr:
            "\(path) : \(Words.count(ruleCount, "règle valide", "règles valides", .fr)), \(Words.count(exampleCount, "exemple vérifié", "exemples vérifiés", .fr))"
        case .en:
            "\(path): \(Words.count(ruleCount, "valid rule", "valid rules", .en)), \(Words.count(exampleCount, "example checked", "examples checked", .en))"
        }
    }

    /// "rules/broken.yml : 3 problèmes".
    public func failureSummary(_ language: Language) -> String {
        switch language {
        case .fr: "\(path) : \(Words.count(problems.count, "problème", "problèmes", .fr)) ; jeu de règles refusé"
        case .en: "\(path): \(Words.count(problems.count, "problem", "problems", .en)); rule set refused"
        }
    }
}
