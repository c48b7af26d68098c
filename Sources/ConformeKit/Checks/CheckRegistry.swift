import YAMLTree

/// Every check of the rule language, by the name rule files use. Adding a check is adding a
/// file and a line here.
enum CheckRegistry {
    static let definitions: [any CheckDefinition.Type] = [
        Required.self, Forbidden.self, TypeIs.self, Equals.self, Membership.self,
        Pattern.self, LengthBound.self, Bound.self, Format.self, Unique.self, Closed.self,
        Each.self, AnyOf.self, AllOf.self, Not.self, Comparison.self, LengthEquals.self, Misspelling.self,
    ]

    static let byName: [String: any CheckDefinition.Type] = {
        var table: [String: any CheckDefinition.Type] = [:]
        for definition in definitions {
            for name in definition.names { table[name] = definition }
        }
        return table
    }()

    /// In the order of the documentation, for did-you-mean and messages.
    static let names: [String] = definitions.flatMap { $0.names }

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        guard let definition = byName[name] else {
            decoder.report(option.range, LocalizedText("vérification inconnue « \(name) »", "unknown check '\(name)'")
                .suggesting(Suggestion.closest(to: name, among: names)))
            return nil
        }
        return definition.compile(name: name, option: option, decoder: decoder)
    }
}
