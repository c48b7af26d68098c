/// A JSON Schema (draft 2020-12) of the manifest, derived from a rule set: no schema is written
/// by hand, so editors that complete and check YAML against it stay in step with the rules.
///
/// The schema expresses what JSON Schema can say exactly: types, required fields, allowed
/// values, patterns, lengths, numeric bounds, closed maps, the shapes of `format:`, `each`,
/// and `when` as `if`/`then`. What it cannot say (comparisons with today or another field,
/// `length_equals`, `unique` by key, some formats) is left out and listed in the schema, so the
/// schema is never stricter than `conforme check`; on the rules it expresses entirely (the
/// structural rules), the two agree.
public struct ManifestSchema: Sendable {
    /// The schema, pretty-printed JSON with a trailing newline.
    public var text: String
    /// The rules the schema expresses entirely, in rule-set order.
    public var structuralRules: [String]
    /// The rules left out, entirely or in part, in rule-set order.
    public var omissions: [Omission]

    public struct Omission: Sendable, Equatable {
        public var rule: String
        /// The checks not expressed, as a rule file writes them (`max: today`).
        public var checks: [String]
        /// The rule is not in the schema at all (its `when` or `given` cannot be expressed).
        public var isWhole: Bool
    }

    public static let draft = "https://json-schema.org/draft/2020-12/schema"

    /// The schema of `ruleSet`, or of some of its rules only (`only`: their ids).
    public init(ruleSet: RuleSet, only: Set<String>? = nil) {
        let derivation = SchemaDerivation()
        for rule in ruleSet.rules where only?.contains(rule.id) ?? true {
            derivation.add(rule)
        }
        structuralRules = derivation.structural
        omissions = derivation.omissions
        text = SchemaRendering.document(
            ruleSet: ruleSet, root: derivation.root, conditionals: derivation.conditionals,
            omissions: derivation.omissions
        ).rendered()
    }
}

/// Rule by rule, into one tree of `SchemaNode`s (plus one `if`/`then` per distinct `when`).
final class SchemaDerivation: SchemaBuilder {
    let root = SchemaNode()
    /// Keyed by the condition's JSON, so rules with the same `when` share one `if`/`then`.
    private(set) var conditionals: [(key: String, condition: SchemaNode, then: SchemaNode)] = []
    private(set) var structural: [String] = []
    private(set) var omissions: [ManifestSchema.Omission] = []

    /// Checks that could not be expressed in the rule being added.
    var omitted: [String] = []
    /// The rule being added, whose id and title the schema's nodes note.
    private var rule: Rule?

    func add(_ rule: Rule) {
        omitted = []
        self.rule = rule
        let givens = rule.given ?? [Path([])]
        if let index = givens.first(where: { $0.segments.contains { if case .index = $0 { true } else { false } } }) {
            omit(rule, whole: true, ["given: \(index) (indice de liste)"])
            return
        }
        var target = root
        var pending: (key: String, condition: SchemaNode)?
        if !rule.conditions.isEmpty {
            guard let condition = conditionSchema(rule.conditions) else {
                omit(rule, whole: true, ["when"])
                return
            }
            let key = SchemaRendering.node(condition, asRoot: true).compact()
            if let existing = conditionals.first(where: { $0.key == key }) {
                target = existing.then
            } else {
                target = SchemaNode()
                pending = (key, condition)
            }
        }
        for given in givens {
            guard let (node, chain) = walk(given, from: target, chain: [target]) else { continue }
            apply(rule.then, at: node, chain: chain)
        }
        if let pending { conditionals.append((pending.key, pending.condition, target)) }
        if omitted.isEmpty {
            structural.append(rule.id)
        } else {
            omit(rule, whole: false, omitted)
        }
    }

    private func omit(_ rule: Rule, whole: Bool, _ checks: [String]) {
        var unique: [String] = []
        for check in checks where !unique.contains(check) { unique.append(check) }
        omissions.append(ManifestSchema.Omission(rule: rule.id, checks: unique, isWhole: whole))
    }

    // MARK: Paths

    /// Follows `path` from `node`. `chain` is the run of nodes reached by keys since the last
    /// wildcard: `required` at the end of it makes them all required (the engine reports a
    /// missing `investigation.fin` when `investigation` is missing, but nothing for
    /// `mission.voeux[*].profil` when there is no list). nil for an index (`a[0]`).
    private func walk(_ path: Path, from node: SchemaNode, chain: [SchemaNode]) -> (SchemaNode, [SchemaNode])? {
        var node = node
        var chain = chain
        for segment in path.segments {
            switch segment {
            case .key(let key):
                node = node.child(key)
                chain.append(node)
            case .everyItem:
                node = node.itemsNode()
                chain = [node]
            case .everyValue:
                node = node.everyValueNode()
                chain = [node]
            case .index:
                return nil
            }
        }
        return (node, chain)
    }

    /// Marks the end of `chain` as required, and every node before it as a map that must exist.
    func require(_ chain: [SchemaNode]) {
        // The first node of the chain is the document, a list item or a map value: required as
        // a non-null map too, since a key below null is missing.
        for (index, node) in chain.enumerated() {
            node.mustExist = true
            if index < chain.count - 1 { node.restrict(to: .object) }
        }
        chain.last?.nonBlank = true
    }

    // MARK: Checks

    func apply(_ group: CheckGroup, at base: SchemaNode, chain baseChain: [SchemaNode]) {
        var node = base
        var chain = baseChain
        if let field = group.field {
            guard let reached = walk(field, from: base, chain: baseChain) else {
                omitted.append("field: \(field)")
                return
            }
            (node, chain) = reached
        }
        let landsHere = group.checks.contains { !($0 is Closed || $0 is AllOf || $0 is AnyOf || $0 is Each) }
        if let rule { node.note(rule: rule.id, title: landsHere ? rule.title.fr : nil) }
        for check in group.checks {
            check.addSchema(at: SchemaSite(node: node, chain: chain, builder: self))
        }
    }

    // MARK: Conditions

    /// The `if` of a rule's `when` clauses, or nil when one cannot be expressed exactly (a
    /// wildcard path, a check left out): a `when` that held more often than the engine's
    /// would make the schema stricter than the rules.
    private func conditionSchema(_ conditions: [Condition]) -> SchemaNode? {
        let condition = SchemaNode()
        let scratch = SchemaDerivation()
        for clause in conditions {
            let path = clause.path ?? Path([])
            guard !path.segments.contains(where: { if case .key = $0 { false } else { true } }),
                let (node, chain) = scratch.walk(path, from: condition, chain: [condition])
            else { return nil }
            guard clause.group.field == nil,
                clause.group.checks.allSatisfy({ !($0 is AllOf || $0 is AnyOf || $0 is Not || $0 is Each) })
            else { return nil }
            for check in clause.group.checks {
                check.addSchema(at: SchemaSite(node: node, chain: chain, builder: scratch))
            }
            // In a `when`, a missing value does not satisfy `equals` or `in`.
            if clause.group.checks.contains(where: { $0 is Equals || ($0 as? Membership)?.negated == false }) {
                for (index, node) in chain.enumerated() {
                    if index > 0 { node.mustExist = true }
                    if index < chain.count - 1 { node.restrict(to: .object) }
                }
            }
            if !scratch.omitted.isEmpty { return nil }
        }
        return condition
    }
}
