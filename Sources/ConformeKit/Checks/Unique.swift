import YAMLTree

/// `unique: true` (the items of a list are all different) or `unique: KEY` (their KEY values
/// are). One finding at each repeated item, naming the line of the first.
struct Unique: ValueCheck, CheckDefinition {
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

    // Unused: `evaluate` reports at each repeated item rather than at the list.
    func verdict(on node: Node, at target: Target, in context: CheckContext) -> Verdict? { nil }

    func holds(_ node: NodeRef?, base: NodeRef?, in context: CheckContext) -> Bool? {
        guard let node, node.isSequence else { return true }
        guard node.count <= context.limits.maxListLength else { return nil }
        var seen: Set<String> = []
        for position in 0..<node.count {
            let item = node.item(position)
            var compared = item
            if let key {
                guard let first = key.firstNode(from: item, in: context) else { return nil }
                guard let keyed = first else { continue }
                compared = keyed
            }
            guard !compared.isNull else { continue }
            if !seen.insert(Unique.identity(of: compared.node)).inserted { return false }
        }
        return true
    }

    /// What makes two values the same: their typed value, or their text for a list or map.
    static func identity(of node: Node) -> String {
        Value(node)?.description ?? node.displayText
    }

    func evaluate(_ target: Target, in context: CheckContext) -> [Failure] {
        guard let items = target.value?.items, context.mayWalk(items.count, at: target) else { return [] }
        var firstSeen: [String: Target] = [:]
        var failures: [Failure] = []
        let list = target.materialized()
        for (index, item) in items.enumerated() {
            var compared = Target.item(item, at: index, in: list)
            if let key {
                guard let keyed = compared.resolveFirst(key, in: context), keyed.value != nil else { continue }
                compared = keyed
            }
            guard let node = compared.value else { continue }
            let identity = Unique.identity(of: node)
            if let first = firstSeen[identity] {
                let line = first.range.start.line
                failures.append(Failure(target: compared,
                    detail: LocalizedText("« \(node.displayText) » apparaît plusieurs fois (déjà ligne \(line))",
                        "'\(node.displayText)' appears more than once (already on line \(line))"),
                    expected: LocalizedText("des valeurs toutes différentes", "all different values")))
            } else {
                firstSeen[identity] = compared
            }
        }
        return failures
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
}
