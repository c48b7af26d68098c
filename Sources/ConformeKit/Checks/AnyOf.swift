import YAMLTree

/// `any_of: [{…}, {…}]`: at least one group holds. When none does, one finding at the node,
/// listing what each alternative wanted.
struct AnyOf: Check, CheckDefinition {
    static let names = ["any_of"]
    var groups: [CheckGroup]

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        decoder.groups(option, check: name).map { AnyOf(groups: $0) }
    }

    /// Group by group, in order, until one holds. When none does, each alternative's first
    /// failure says what it wanted.
    func check(_ place: Place, in walk: Walk) -> Bool {
        if walk.decides({ groups.contains { $0.check(place, in: walk) } }) { return true }
        return walk.fails(place) {
            let here = walk.path()
            let accounts = groups.compactMap { group in walk.findings { _ = group.check(place, in: walk) }.first }
            func alternatives(_ language: KeyPath<LocalizedText, String>, _ joiner: String) -> String {
                accounts.map { f in
                    f.target.path.isEmpty || f.target.path == here
                        ? f.detail[keyPath: language] : "\(f.target.path) : \(f.detail[keyPath: language])"
                }.joined(separator: joiner)
            }
            return .noAlternative(LocalizedText(alternatives(\.fr, " ; ou "), alternatives(\.en, "; or ")))
        }
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

    func addSchema(at site: SchemaSite) {
        // Leaving a check out of one alternative only widens it: still never stricter.
        site.node.alternatives.append(groups.map { group in
            let alternative = SchemaNode()
            site.add(group, at: alternative)
            return alternative
        })
    }
}

extension Verdict {
    fileprivate static func noAlternative(_ alternatives: LocalizedText) -> Verdict {
        Verdict(LocalizedText("aucune des possibilités n'est remplie : \(alternatives.fr)",
            "none of the alternatives holds: \(alternatives.en)"),
            expected: LocalizedText("l'une des possibilités", "one of the alternatives"))
    }
}
