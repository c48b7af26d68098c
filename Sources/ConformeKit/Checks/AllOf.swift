import YAMLTree

/// `all_of: [{…}, {…}]`: every group holds; each failing group reports its own findings, so one
/// rule can check several related fields (`engagements.sponsor`).
struct AllOf: Check, CheckDefinition {
    static let names = ["all_of"]
    let groups: [CheckGroup]
    /// Whether a group reaches below the target (`field:`): the groups then share one trail.
    private let reachesBelow: Bool

    init(groups: [CheckGroup]) {
        self.groups = groups
        reachesBelow = groups.contains { $0.field != nil }
    }

    var readsBase: Bool { groups.contains(where: \.passesBaseDown) }

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        decoder.groups(option, check: name).map { AllOf(groups: $0) }
    }

    func evaluate(_ target: Target, in context: CheckContext) -> [Failure] {
        let target = reachesBelow ? target.materialized() : target
        var failures: [Failure] = []
        for group in groups { failures += group.evaluate(target, in: context) }
        return failures
    }

    func holds(_ node: NodeRef?, base: NodeRef?, in context: CheckContext) -> Bool? {
        var verdict = QuickVerdict()
        for i in groups.indices {
            guard verdict.add(groups[i].holds(node, base: base, in: context)) else { break }
        }
        return verdict.result
    }
}

extension AllOf {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        ExplanationLine("toutes ces conditions :", "all of:",
            children: groups.flatMap { $0.explanation(ExplanationContext(inCondition: context.inCondition)) })
    }
}
