import YAMLTree

/// `not: {…}`: the nested checks must NOT all hold. Like every check but `required`, it holds
/// when its node is absent (`not: {equals: x}` says nothing about a missing value).
struct Not: Check, CheckDefinition {
    static let names = ["not"]
    var group: CheckGroup


    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        decoder.group(option, what: LocalizedText("« not »", "'not'")).map { Not(group: $0.group) }
    }

    func check(_ place: Place, in walk: Walk) -> Bool {
        guard let node = place.value, walk.decides({ group.check(place, in: walk) }) else { return true }
        return walk.fails(place) { .satisfiesNegated(node.node.displayText) }
    }
}

extension Not {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        ExplanationLine("ne doit pas remplir :", "must not satisfy:",
            children: group.explanation(ExplanationContext(inCondition: context.inCondition)))
    }

    func addSchema(at site: SchemaSite) {
        // Leaving a check out under `not` would make the schema stricter: all or nothing.
        let negated = SchemaNode()
        let inside = site.leftOut { site.add(group, at: negated) }
        if inside.isEmpty {
            site.node.negations.append(negated)
        } else {
            site.leaveOut("not: {\(inside.joined(separator: ", "))}")
        }
    }
}

extension Verdict {
    fileprivate static func satisfiesNegated(_ shown: String) -> Verdict {
        Verdict(LocalizedText("« \(shown) » ne doit pas remplir cette condition", "'\(shown)' must not satisfy this condition"),
            expected: LocalizedText("le contraire de la condition", "the opposite of the condition"))
    }
}
