import YAMLTree

/// `each: {…}`: the nested checks apply to every element of a list (`field:` inside is then
/// relative to the element).
struct Each: Check, CheckDefinition {
    static let names = ["each"]
    var group: CheckGroup

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        decoder.group(option, what: LocalizedText("« each »", "'each'")).map { Each(group: $0.group) }
    }

    /// Items are places of their own: their `{field: …}` operands are read from the item.
    func check(_ place: Place, in walk: Walk) -> Bool {
        guard let list = place.value, list.isSequence, list.count > 0, walk.mayWalk(list.count, at: place) else {
            return true
        }
        var holds = true
        for position in 0..<list.count {
            let item = Place(node: list.item(position), arrival: .item, baseDepth: walk.depth + 1)
            if walk.down(.index(position), { group.check(item, in: walk) }) { continue }
            holds = false
            if !walk.collecting { break }
        }
        return holds
    }
}

extension Each {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        ExplanationLine("chaque élément de la liste :", "every item of the list:",
            children: group.explanation(ExplanationContext(inCondition: context.inCondition)))
    }

    func addSchema(at site: SchemaSite) {
        site.add(group, at: site.node.itemsNode())
    }
}
