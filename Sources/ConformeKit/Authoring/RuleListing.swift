/// `conforme rules list`: every rule with its id, severity, waivability, category and title,
/// grouped by category; conforme's own findings in their groups at the end.
public enum RuleListing {
    public static func text(_ ruleSet: RuleSet, language: Language) -> String {
        let l = Labels(language)
        let groups = ruleSet.explanationsByCategory
        let all = groups.flatMap(\.rules)
        let idWidth = max(l.id.count, all.map(\.id.count).max() ?? 0)
        let severityWidth = max(l.severity.count, all.map { Words.severity($0.severity, language).count }.max() ?? 0)
        let waivableWidth = l.waivable.count
        func row(_ id: String, _ severity: String, _ waivable: String, _ title: String) -> String {
            "  " + id.paddedTo(idWidth) + "  " + severity.paddedTo(severityWidth) + "  "
                + waivable.paddedTo(waivableWidth) + "  " + title + "\n"
        }
        var out = "\(ruleSet.title) — \(ruleSet.id)"
            + (ruleSet.version.isEmpty ? "" : (language == .fr ? ", version " : ", version ") + ruleSet.version) + "\n"
        out += language == .fr
            ? "\(Words.count(ruleSet.rules.count, "règle", "règles", .fr)), et \(BuiltinRules.descriptors.count) \(l.builtinNote)\n\n"
            : "\(Words.count(ruleSet.rules.count, "rule", "rules", .en)), and \(BuiltinRules.descriptors.count) \(l.builtinNote)\n\n"
        out += row(l.id, l.severity, l.waivable, l.title)
        for (category, rules) in groups {
            out += "\n\(category) (\(rules.count))\n"
            for rule in rules {
                out += row(rule.id, Words.severity(rule.severity, language), rule.waivable ? l.yes : l.no,
                    rule.title.text(language))
            }
        }
        return out
    }

    /// A rule's fields in the list, and first in its own explanation.
    private static func summaryFields(_ rule: RuleExplanation, _ language: Language) -> [(String, JSONValue)] {
        [
            ("id", .string(rule.id)),
            ("category", .string(rule.category)),
            ("severity", .string(rule.severity.rawValue)),
            ("waivable", .bool(rule.waivable)),
            ("title", .string(rule.title.text(language))),
            ("builtin", .bool(rule.isBuiltin)),
        ]
    }

    /// Stable field names: `id`, `category`, `severity` (error, warning, info), `waivable`,
    /// `title` (in the chosen language), `builtin` (a finding of conforme itself).
    public static func json(_ ruleSet: RuleSet, language: Language) -> String {
        let rules = ruleSet.explanationsByCategory.flatMap(\.rules).map { rule -> JSONValue in
            .object(summaryFields(rule, language))
        }
        return JSONValue.object([
            ("version", .int(1)),
            ("ruleset", .object([
                ("id", .string(ruleSet.id)), ("title", .string(ruleSet.title)), ("version", .string(ruleSet.version)),
            ])),
            ("language", .string(language.rawValue)),
            ("rules", .array(rules)),
        ]).rendered()
    }

    /// One rule's explanation as JSON (`GET /api/v1/rules/{id}` of conforme-web): the fields of
    /// `json(_:language:)`, then what `rules explain` says (`explanation`, the text it prints),
    /// why, where from, and the examples.
    public static func json(_ rule: RuleExplanation, language: Language) -> String {
        func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        return JSONValue.object([("version", .int(1))] + summaryFields(rule, language) + [
            ("language", .string(language.rawValue)),
            ("explanation", .string(ExplanationText.render(rule, language: language))),
            ("rationale", optional(rule.rationale?.text(language))),
            ("source", optional(rule.source)),
            ("url", optional(rule.url)),
            ("examples", .object([
                ("pass", .array(rule.examples.pass.map(JSONValue.string))),
                ("fail", .array(rule.examples.fail.map(JSONValue.string))),
            ])),
        ]).rendered()
    }
}
