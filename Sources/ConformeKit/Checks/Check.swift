import YAMLTree

/// One named check of the rule language (`required`, `in`, `pattern`…), compiled from its
/// options when the rule set loads: by the time a manifest is checked, regexes are compiled,
/// lists are sets and paths are parsed, so evaluation cannot fail on a bad rule file.
protocol Check: Sendable {
    /// Whether the check holds at `place`, decided on the node read in place. Where it does
    /// not, it says why through `walk.fails`, which builds the texts only when the walk
    /// collects findings. A check normally fails at most once, at its place; `closed`,
    /// `unique` and the combinators may fail at nodes below it.
    func check(_ place: Place, in walk: Walk) -> Bool
    /// What the check demands, in plain language, for `conforme rules explain` and the rules
    /// documentation: "obligatoire", "au moins 50 caractères". Every check must have one.
    func explanation(_ context: ExplanationContext) -> ExplanationLine
    /// What the check says in the manifest's JSON Schema (`conforme schema`), added at
    /// `site`; a check JSON Schema cannot express exactly says so with `site.leaveOut`, so
    /// that the schema is never stricter than the rules.
    func addSchema(at site: SchemaSite)
    /// Bytes without which no document can fail this check (see `LiteralPrefilter`); nil for
    /// checks that can fail anywhere, which is nearly all of them.
    var failureFragment: [UInt8]? { get }
}

extension Check {
    var failureFragment: [UInt8]? { nil }
}

/// How a check is written in a rule file: the names it answers to and how its option is read.
protocol CheckDefinition: Sendable {
    static var names: [String] { get }
    /// Reads the option written after `name:`; reports every problem to `decoder` and returns
    /// nil when the option is unusable.
    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)?
}

/// The common shape: a check about the value of one node, which holds when the node is absent
/// or null (absence is `required`'s job, so one missing field gives one finding, not five).
protocol ValueCheck: Check {
    /// `check(_:in:)` on a node that is there and not null.
    func check(value: NodeRef, at place: Place, in walk: Walk) -> Bool
}

extension ValueCheck {
    func check(_ place: Place, in walk: Walk) -> Bool {
        guard let value = place.value else { return true }
        return check(value: value, at: place, in: walk)
    }
}

/// The checks written in one mapping (`{field: nom, required: true, in: […]}`): all must hold,
/// on the node `field` designates relative to the place (the place itself without `field`).
struct CheckGroup: Sendable {
    var field: Path?
    var checks: [any Check]

    init(field: Path?, checks: [any Check]) {
        self.field = field
        self.checks = checks
    }

    func check(_ place: Place, in walk: Walk) -> Bool {
        guard let field else { return checkAll(place, in: walk) }
        // Below a `field:`, `{field: …}` operands are read from the node the group is for.
        return walk.forEach(field, from: place, startIsBase: true) { checkAll($0, in: walk) }
    }

    private func checkAll(_ place: Place, in walk: Walk) -> Bool {
        var holds = true
        // By index: `for check in checks` copied each existential out of the array first.
        for i in checks.indices {
            let before = walk.failureCount
            if checks[i].check(place, in: walk) { continue }
            holds = false
            guard walk.collecting else { break }
            // One finding per node: once a node fails, later checks on it add nothing.
            let path = walk.path()
            if walk.failures[before...].contains(where: { $0.target.path == path }) { break }
        }
        return holds
    }

    /// The group's checks in plain language; under a header naming `field:` when there is one.
    /// An `all_of` is spliced in: "all of these" is what a list of lines already says.
    func explanation(_ context: ExplanationContext) -> [ExplanationLine] {
        var context = context
        context.types = checks.compactMap { ($0 as? TypeIs)?.kinds }.flatMap { $0 }
        var lines: [ExplanationLine] = []
        for check in checks {
            if let allOf = check as? AllOf {
                lines += allOf.groups.flatMap { $0.explanation(ExplanationContext(inCondition: context.inCondition)) }
            } else {
                lines.append(check.explanation(context))
            }
        }
        guard let field else { return lines }
        if lines.count == 1, lines[0].children.isEmpty {
            let line = lines[0]
            return [ExplanationLine("\(code: field) : \(line.phrase.fr)", "\(code: field): \(line.phrase.en)")]
        }
        return [ExplanationLine("\(code: field) :", "\(code: field):", children: lines)]
    }
}

extension LocalizedText {
    init(_ fr: String, _ en: String) { self.init(fr: fr, en: en) }
}

/// What a check's explanation may depend on besides its own options.
struct ExplanationContext: Sendable {
    /// In a `when`: phrases are conditions ("vaut « lancement »"), not requirements.
    var inCondition = false
    /// The types the same group demands (`type: date` next to `after:`), so that a bound reads
    /// "postérieure à" for a date and "au moins" for a number.
    var types: [TypeIs.Kind] = []
}
