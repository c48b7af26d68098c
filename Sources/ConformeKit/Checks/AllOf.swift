import YAMLTree

/// `all_of: [{…}, {…}]`: every group holds; each failing group reports its own findings, so one
/// rule can check several related fields (`engagements.sponsor`).
struct AllOf: Check, CheckDefinition {
    static let names = ["all_of"]
    let groups: [CheckGroup]

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        decoder.groups(option, check: name).map { AllOf(groups: $0) }
    }

    func check(_ place: Place, in walk: Walk) -> Bool {
        var holds = true
        for i in groups.indices where !groups[i].check(place, in: walk) {
            holds = false
            if !walk.collecting { break }
        }
        return holds
    }
}

extension AllOf {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        ExplanationLine("toutes ces conditions :", "all of:",
            children: groups.flatMap { $0.explanation(ExplanationContext(inCondition: context.inCondition)) })
    }

    func addSchema(at site: SchemaSite) {
        for group in groups { site.add(group) }
    }
}
