import YAMLTree

/// `forbidden: true`: the node must not be written (an empty value is as good as none).
struct Forbidden: Check, CheckDefinition {
    static let names = ["forbidden"]
    var isOn: Bool

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        decoder.bool(option, what: name).map { Forbidden(isOn: $0) }
    }

    func check(_ place: Place, in walk: Walk) -> Bool {
        guard isOn, let node = place.value else { return true }
        if let text = node.stringText, text.trimmingWhitespace().isEmpty { return true }
        return walk.fails(place) { .setButForbidden(node.node.displayText) }
    }
}

extension Forbidden {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        if context.inCondition {
            return isOn ? ExplanationLine("n'est pas renseigné", "is not set", isPredicate: true)
                : ExplanationLine("est renseigné ou non", "is set or not", isPredicate: true)
        }
        return isOn ? ExplanationLine("interdit : ne doit pas être renseigné", "forbidden: must not be set")
            : ExplanationLine("permis", "allowed")
    }

    func addSchema(at site: SchemaSite) {
        if isOn { site.node.forbidden = true }
    }
}

extension Verdict {
    fileprivate static func setButForbidden(_ shown: String) -> Verdict {
        Verdict(LocalizedText("ne doit pas être renseigné, « \(shown) » trouvé", "must not be set, found '\(shown)'"),
            expected: LocalizedText("aucune valeur", "no value"))
    }
}
