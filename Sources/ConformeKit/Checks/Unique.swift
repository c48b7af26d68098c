import YAMLTree

/// `unique: true` (the items of a list are all different) or `unique: KEY` (their KEY values
/// are). One finding at each repeated item, naming the line of the first.
struct Unique: Check, CheckDefinition {
    static let names = ["unique"]
    /// nil: whole items are compared.
    var key: Path?

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        if case .bool(true)? = option.scalar?.value { return Unique(key: nil) }
        guard case .string? = option.scalar?.value, let key = decoder.path(option, singleNode: true) else {
            decoder.report(option.range, fr: "« unique » attend true ou le nom d'une clé des éléments",
                en: "'unique' expects true or the name of a key of the items")
            return nil
        }
        return Unique(key: key)
    }

    func check(_ place: Place, in walk: Walk) -> Bool {
        guard let list = place.value, list.isSequence, walk.mayWalk(list.count, at: place) else { return true }
        var firstSeen: [String: Int] = [:]
        var holds = true
        for position in 0..<list.count {
            guard let compared = compared(list.item(position), in: walk) else { continue }
            let identity = Unique.identity(of: compared.node)
            guard let first = firstSeen[identity] else {
                firstSeen[identity] = position
                continue
            }
            holds = walk.fails(at: target(compared, at: position, in: walk)) {
                .repeated(compared.node.displayText, firstLine: self.compared(list.item(first), in: walk)!.range.start.line)
            }
            if !walk.collecting { break }
        }
        return holds
    }

    /// What is compared of an item: the item, or its `key`; nil when absent or null.
    private func compared(_ item: NodeRef, in walk: Walk) -> NodeRef? {
        guard let key else { return item.isNull ? nil : item }
        guard let keyed = walk.node(at: key, from: item), !keyed.isNull else { return nil }
        return keyed
    }

    /// Where a finding about `compared`, of the item at `position`, points.
    private func target(_ compared: NodeRef, at position: Int, in walk: Walk) -> Target {
        Target(path: walk.path(then: [.index(position)] + (key?.segments ?? [])), range: compared.range,
            value: compared.node)
    }

    /// What makes two values the same: their typed value, or their text for a list or map.
    static func identity(of node: Node) -> String {
        Value(node)?.description ?? node.displayText
    }
}

extension Unique {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        guard let key else {
            return ExplanationLine("éléments tous différents", "all items different")
        }
        return ExplanationLine("\(code: key) différent d'un élément à l'autre",
            "\(code: key) different for every item")
    }

    func addSchema(at site: SchemaSite) {
        if let key {
            site.leaveOut("unique: \(key)")
        } else {
            site.node.uniqueItems = true
        }
    }
}

extension Verdict {
    fileprivate static func repeated(_ shown: String, firstLine line: Int) -> Verdict {
        Verdict(LocalizedText("« \(shown) » apparaît plusieurs fois (déjà ligne \(line))",
            "'\(shown)' appears more than once (already on line \(line))"),
            expected: LocalizedText("des valeurs toutes différentes", "all different values"))
    }
}
