import YAMLTree

/// Everything a rule author or an administration may want to know about one rule, as data:
/// `conforme rules explain` renders it as text, `conforme rules docs` as Markdown.
public struct RuleExplanation: Sendable {
    public var id: String
    public var title: LocalizedText
    public var severity: Severity
    public var category: String
    public var waivable: Bool
    /// Whether the rules after it are skipped when it fails (`prerequisite: true`).
    public var prerequisite: Bool
    /// When the rule applies: one line per `when` clause; empty: always.
    public var conditions: [ExplanationLine]
    /// The paths the rule looks at (`given`); empty: the whole document.
    public var given: [String]
    /// What must hold there.
    public var checks: [ExplanationLine]
    public var rationale: LocalizedText?
    public var source: String?
    public var url: String?
    public var examples: Rule.Examples
    /// Where the rule is written (`eig-7.yml:465`); nil for conforme's own findings.
    public var location: String?
    /// A finding conforme produces itself (`yaml.*`, `derogations.*`), with no rule in a file.
    public var isBuiltin: Bool

    public init(_ rule: Rule) {
        id = rule.id
        title = rule.title
        severity = rule.severity
        category = rule.category
        waivable = rule.waivable
        prerequisite = rule.prerequisite
        conditions = rule.conditions.map(RuleExplanation.condition)
        given = rule.given?.map(\.description) ?? []
        checks = rule.then.explanation(ExplanationContext())
        rationale = rule.rationale
        source = rule.source
        url = rule.url
        examples = rule.examples
        location = "\(rule.file):\(rule.range.start.line)"
        isBuiltin = false
    }

    public init(builtin descriptor: RuleDescriptor) {
        id = descriptor.id
        title = descriptor.title
        severity = descriptor.severity
        category = descriptor.category
        waivable = descriptor.waivable
        prerequisite = false
        conditions = []
        given = []
        checks = [ExplanationLine("vérifié par conforme lui-même, sans règle écrite dans un fichier",
            "checked by conforme itself, with no rule written in a file")]
        rationale = descriptor.rationale
        source = descriptor.source
        url = descriptor.url
        examples = Rule.Examples()
        location = nil
        isBuiltin = true
    }

    /// "seulement si `mission.type` vaut « lancement »".
    static func condition(_ condition: Condition) -> ExplanationLine {
        let lines = condition.group.explanation(ExplanationContext(inCondition: true))
        let subject: LocalizedPhrase = condition.path.map { LocalizedPhrase("\(code: $0)", "\(code: $0)") }
            ?? LocalizedPhrase("le document", "the document")
        if lines.count == 1, lines[0].children.isEmpty {
            let line = lines[0]
            return line.isPredicate
                ? ExplanationLine("seulement si \(subject.fr) \(line.phrase.fr)", "only if \(subject.en) \(line.phrase.en)")
                : ExplanationLine("seulement si \(subject.fr) remplit : \(line.phrase.fr)",
                    "only if \(subject.en) satisfies: \(line.phrase.en)")
        }
        return ExplanationLine("seulement si \(subject.fr) remplit toutes ces conditions :",
            "only if \(subject.en) satisfies all of:", children: lines)
    }
}

extension RuleSet {
    /// The explanation of a rule of the set or of conforme's own findings; nil for an unknown id.
    public func explanation(of id: String) -> RuleExplanation? {
        if let rule = rule(id) { return RuleExplanation(rule) }
        if let builtin = BuiltinRules.descriptors.first(where: { $0.id == id }) {
            return RuleExplanation(builtin: builtin)
        }
        return nil
    }

    /// Every rule, the set's then conforme's own, grouped by category in the order categories
    /// first appear; conforme's own groups (`yaml`, `derogations`) come last.
    public var explanationsByCategory: [(category: String, rules: [RuleExplanation])] {
        var order: [String] = []
        var groups: [String: [RuleExplanation]] = [:]
        let all = rules.map(RuleExplanation.init) + BuiltinRules.descriptors.map(RuleExplanation.init(builtin:))
        for explanation in all {
            if groups[explanation.category] == nil { order.append(explanation.category) }
            groups[explanation.category, default: []].append(explanation)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }

    /// Up to three known ids close to `written`, closest first: the did-you-mean of `explain`.
    public func closestRuleIDs(to written: String, limit: Int = 3) -> [String] {
        let ids = descriptors.map(\.id)
        let needle = written.lowercased()
        let scored = ids.map { id -> (String, Int) in
            let lowered = id.lowercased()
            var distance = Suggestion.editDistance(needle, lowered)
            // A fragment of an id (`licence`) is as good as a near miss.
            if !written.isEmpty, lowered.contains(written.lowercased()) { distance = min(distance, 1) }
            return (id, distance)
        }
        let threshold = max(3, written.count / 2)
        return scored.filter { $0.1 <= threshold }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(limit).map(\.0)
    }
}
