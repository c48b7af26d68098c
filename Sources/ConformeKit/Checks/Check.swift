import Foundation
import YAMLTree

/// One named check of the rule language (`required`, `in`, `pattern`…), compiled from its
/// options when the rule set loads: by the time a manifest is checked, regexes are compiled,
/// lists are sets and paths are parsed, so evaluation cannot fail on a bad rule file.
protocol Check: Sendable {
    /// The failures found at `target` (none when it holds). A check normally fails at most
    /// once, at its target; `closed`, `unique` and the combinators may fail at nodes below it.
    func evaluate(_ target: Target, in context: CheckContext) -> [Failure]
    /// What the check demands, in plain language, for `conforme rules explain` and the rules
    /// documentation: "obligatoire", "au moins 50 caractères". Every check must have one.
    func explanation(_ context: ExplanationContext) -> ExplanationLine
    /// Bytes without which no document can fail this check (see `LiteralPrefilter`); nil for
    /// checks that can fail anywhere, which is nearly all of them.
    var failureFragment: [UInt8]? { get }
    /// Whether it compares with a `{field: …}` relative to the node its group is written for
    /// (`Target.base`), itself or through the groups it holds.
    var readsBase: Bool { get }
    /// Whether the check holds on `node` (nil when absent), decided on nodes alone, without
    /// targets or texts: true exactly when `evaluate` finds nothing, false exactly when it finds
    /// something, nil when it cannot tell that way (it would record a limit, or it needs a
    /// target). `base` is where `{field: …}` operands are read: the node of `Target.base`, or
    /// of the target itself when it has none. See `QuickVerdict.swift`.
    func holds(_ node: NodeRef?, base: NodeRef?, in context: CheckContext) -> Bool?
}

extension Check {
    var failureFragment: [UInt8]? { nil }
    var readsBase: Bool { false }
    func holds(_ node: NodeRef?, base: NodeRef?, in context: CheckContext) -> Bool? { nil }
}

/// How a check is written in a rule file: the names it answers to and how its option is read.
protocol CheckDefinition: Sendable {
    static var names: [String] { get }
    /// Reads the option written after `name:`; reports every problem to `decoder` and returns
    /// nil when the option is unusable.
    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)?
}

/// What a check may look at besides its target.
///
/// A class: it is handed to every check of every rule, and through closures on the way; as a
/// struct holding a target and a node, each of those hand-overs copied it with half a dozen
/// retains, more than the quick checks themselves cost.
final class CheckContext: Sendable {
    /// The evaluation date (`today` in rule files), as a node: made once per date (see
    /// `TodayNode`) rather than at every comparison with it.
    let todayNode: Node
    /// In a `when`, an absent node does not satisfy `equals` or `in`: "when mission.type is
    /// lancement" must not hold for a manifest with no mission type. See `forConditions()`.
    let absentFailsMembership: Bool
    /// How far checks may go (list length walked, regex input).
    let limits: EvaluationLimits
    /// Where they record the limits they meet; the engine reports them as `yaml.limite`.
    let overruns: OverrunLog
    /// Whether rules may first be asked the quick way (`QuickVerdict.swift`): only in a
    /// document where no limit can be met, so that the two ways record the same overruns (none).
    let quickVerdicts: Bool

    /// The document as a target, where rules and `{path: …}` operands start.
    let document: Target
    /// The document's root for quick verdicts: valid as long as this context, whose `document`
    /// holds the tree.
    let root: NodeRef?

    init(root: Node, today: LocalDate, limits: EvaluationLimits = .default, quickVerdicts: Bool = false) {
        self.document = Target.document(root)
        self.root = NodeRef(root)
        self.limits = limits
        self.quickVerdicts = quickVerdicts
        self.absentFailsMembership = false
        self.overruns = OverrunLog()
        todayNode = TodayNode.node(for: today)
    }

    private init(_ other: CheckContext, absentFailsMembership: Bool) {
        todayNode = other.todayNode
        self.absentFailsMembership = absentFailsMembership
        limits = other.limits
        overruns = other.overruns
        quickVerdicts = other.quickVerdicts
        document = other.document
        root = other.root
    }

    /// The same context for `when` clauses (`absentFailsMembership`), sharing its overruns.
    func forConditions() -> CheckContext { CheckContext(self, absentFailsMembership: true) }
}

/// The evaluation date as a node, made once per date rather than for every document (a node is
/// a small tree of its own: several allocations).
private enum TodayNode {
    private static let cache = Cache()

    private final class Cache: @unchecked Sendable {
        let lock = NSLock()
        var last: (date: LocalDate, node: Node)?
    }

    static func node(for date: LocalDate) -> Node {
        cache.lock.lock()
        defer { cache.lock.unlock() }
        if let last = cache.last, last.date == date { return last.node }
        let text = date.description
        let node = Node(scalar: Scalar(text: text, value: .string(text), style: .plain), range: SourceRange(at: .start))
        cache.last = (date, node)
        return node
    }
}

/// Why a target does not satisfy a check, in plain language.
struct Failure: Sendable {
    /// A check that does not hold in a `when`: the rule does not apply, and no one reads why,
    /// so no text is built (conditions run for every rule of every manifest).
    static func conditionUnmet(at target: Target) -> Failure {
        Failure(target: target, detail: LocalizedText("", ""), expected: LocalizedText("", ""))
    }

    var target: Target
    /// The check's own account: "au moins 50 caractères, 34 trouvés".
    var detail: LocalizedText
    /// What would have been accepted: "au moins 50 caractères".
    var expected: LocalizedText
    var suggestion: String?
}

/// The common shape: a check about the value of one node, which holds when the node is absent
/// or null (absence is `required`'s job, so one missing field gives one finding, not five).
protocol ValueCheck: Check {
    /// nil when `node` satisfies the check.
    func verdict(on node: Node, at target: Target, in context: CheckContext) -> Verdict?
}

struct Verdict {
    var detail: LocalizedText
    var expected: LocalizedText
    var suggestion: String?

    init(_ detail: LocalizedText, expected: LocalizedText, suggestion: String? = nil) {
        self.detail = detail
        self.expected = expected
        self.suggestion = suggestion
    }
}

extension ValueCheck {
    func evaluate(_ target: Target, in context: CheckContext) -> [Failure] {
        guard let node = target.value,
            let verdict = verdict(on: node, at: target, in: context)
        else { return [] }
        return [Failure(target: target, detail: verdict.detail, expected: verdict.expected,
            suggestion: verdict.suggestion)]
    }
}

/// The checks written in one mapping (`{field: nom, required: true, in: […]}`): all must hold,
/// on the node `field` designates relative to the target (the target itself without `field`).
struct CheckGroup: Sendable {
    var field: Path?
    var checks: [any Check]
    /// Whether a check compares with a `{field: …}` of the node the group is written for,
    /// which `evaluate` then hands down (most groups do not, and are spared the allocation).
    let readsBase: Bool

    init(field: Path?, checks: [any Check]) {
        self.field = field
        self.checks = checks
        readsBase = checks.contains { $0.readsBase }
    }

    func evaluate(_ target: Target, in context: CheckContext) -> [Failure] {
        guard let field else {
            // Without `field`, the checks apply to the target itself: no array of one.
            var failures: [Failure] = []
            evaluateChecks(on: target, in: context, into: &failures)
            return failures
        }
        var failures: [Failure] = []
        guard readsBase else {
            target.forEachTarget(field, in: context) { evaluateChecks(on: $0, in: context, into: &failures) }
            return failures
        }
        let base = TargetBox(target)
        target.forEachTarget(field, in: context) { reached in
            var reached = reached
            reached.base = base
            evaluateChecks(on: reached, in: context, into: &failures)
        }
        return failures
    }

    /// Whether, written without a `field:` inside another group, it reads that group's base.
    var passesBaseDown: Bool { field == nil && readsBase }

    private func evaluateChecks(on target: Target, in context: CheckContext, into failures: inout [Failure]) {
        for check in checks {
            let found = check.evaluate(target, in: context)
            guard !found.isEmpty else { continue }
            failures += found
            // One finding per node: once a node fails, later checks on it add nothing.
            if found.contains(where: { $0.target.path == target.path }) { break }
        }
    }

    func holds(_ target: Target, in context: CheckContext) -> Bool {
        let base = (target.base?.target ?? target).node
        if context.quickVerdicts,
            let quick = holds(target.node.map(NodeRef.init), base: base.map(NodeRef.init), in: context)
        {
            return quick
        }
        return evaluate(target, in: context).isEmpty
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

/// Plural forms for counts in messages: French puts 0 and 1 in the singular.
enum Plural {
    static func fr(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) \(abs(n) >= 2 ? plural : singular)"
    }

    static func en(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) \(n == 1 ? singular : plural)"
    }
}

extension LocalizedText {
    init(_ fr: String, _ en: String) { self.init(fr: fr, en: en) }
}
