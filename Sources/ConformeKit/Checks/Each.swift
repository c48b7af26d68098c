import YAMLTree

/// `each: {…}`: the nested checks apply to every element of a list (`field:` inside is then
/// relative to the element).
struct Each: Check, CheckDefinition {
    static let names = ["each"]
    var group: CheckGroup

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        decoder.group(option, what: LocalizedText("« each »", "'each'")).map { Each(group: $0.group) }
    }

    func evaluate(_ target: Target, in context: CheckContext) -> [Failure] {
        guard let items = target.value?.items, !items.isEmpty, context.mayWalk(items.count, at: target) else {
            return []
        }
        let list = target.materialized()
        var failures: [Failure] = []
        for (index, item) in items.enumerated() {
            failures += group.evaluate(.item(item, at: index, in: list), in: context)
        }
        return failures
    }

    /// Items are targets of their own: no base comes down to them, their `{field: …}` operands
    /// are read from the item.
    func holds(_ node: NodeRef?, base: NodeRef?, in context: CheckContext) -> Bool? {
        guard let node, node.isSequence, node.count > 0 else { return true }
        guard node.count <= context.limits.maxListLength else { return nil }
        var verdict = QuickVerdict()
        for position in 0..<node.count {
            let item = node.item(position)
            guard verdict.add(group.holds(item, base: item, in: context)) else { break }
        }
        return verdict.result
    }
}

extension Each {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        ExplanationLine("chaque élément de la liste :", "every item of the list:",
            children: group.explanation(ExplanationContext(inCondition: context.inCondition)))
    }
}
