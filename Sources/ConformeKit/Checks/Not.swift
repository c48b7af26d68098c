import YAMLTree

/// `not: {…}`: the nested checks must NOT all hold. Like every check but `required`, it holds
/// when its node is absent (`not: {equals: x}` says nothing about a missing value).
struct Not: Check, CheckDefinition {
    static let names = ["not"]
    var group: CheckGroup

    var readsBase: Bool { group.passesBaseDown }

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        decoder.group(option, what: LocalizedText("« not »", "'not'")).map { Not(group: $0.group) }
    }

    func evaluate(_ target: Target, in context: CheckContext) -> [Failure] {
        guard let node = target.value, group.holds(target, in: context) else { return [] }
        return [Failure(target: target,
            detail: LocalizedText("« \(node.displayText) » ne doit pas remplir cette condition",
                "'\(node.displayText)' must not satisfy this condition"),
            expected: LocalizedText("le contraire de la condition", "the opposite of the condition"))]
    }

    func holds(_ node: NodeRef?, base: NodeRef?, in context: CheckContext) -> Bool? {
        guard let node, !node.isNull else { return true }
        return group.holds(node, base: base, in: context).map { !$0 }
    }
}

extension Not {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        ExplanationLine("ne doit pas remplir :", "must not satisfy:",
            children: group.explanation(ExplanationContext(inCondition: context.inCondition)))
    }
}
