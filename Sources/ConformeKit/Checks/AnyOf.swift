import YAMLTree

/// `any_of: [{…}, {…}]`: at least one group holds. When none does, one finding at the node,
/// listing what each alternative wanted.
struct AnyOf: Check, CheckDefinition {
    static let names = ["any_of"]
    var groups: [CheckGroup]

    var readsBase: Bool { groups.contains(where: \.passesBaseDown) }

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        decoder.groups(option, check: name).map { AnyOf(groups: $0) }
    }

    /// Group by group, in order, as `evaluate` goes: an unknown before the first that holds
    /// leaves the answer unknown.
    func holds(_ node: NodeRef?, base: NodeRef?, in context: CheckContext) -> Bool? {
        for group in groups {
            guard let holds = group.holds(node, base: base, in: context) else { return nil }
            if holds { return true }
        }
        return false
    }

    func evaluate(_ target: Target, in context: CheckContext) -> [Failure] {
        var accounts: [Failure] = []
        for group in groups {
            let failures = group.evaluate(target, in: context)
            if failures.isEmpty { return [] }
            accounts.append(failures[0])
        }
        func alternatives(_ language: KeyPath<LocalizedText, String>, _ joiner: String) -> String {
            accounts.map { f in
                f.target.path.isEmpty || f.target.path == target.path
                    ? f.detail[keyPath: language] : "\(f.target.path) : \(f.detail[keyPath: language])"
            }.joined(separator: joiner)
        }
        return [Failure(target: target,
            detail: LocalizedText("aucune des possibilités n'est remplie : \(alternatives(\.fr, " ; ou "))",
                "none of the alternatives holds: \(alternatives(\.en, "; or "))"),
            expected: LocalizedText("l'une des possibilités", "one of the alternatives"))]
    }
}

extension AnyOf {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        let alternatives = groups.map { group -> ExplanationLine in
            let lines = group.explanation(ExplanationContext(inCondition: context.inCondition))
            if lines.count == 1 { return lines[0] }
            return ExplanationLine("toutes ces conditions :", "all of:", children: lines)
        }
        return ExplanationLine("au moins l'une de ces possibilités :", "at least one of:", children: alternatives)
    }
}
