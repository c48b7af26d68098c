import YAMLTree

/// `required: true`: the node must be written with a value. Null, an empty or blank string
/// count as missing — an administration that leaves `nom:` empty has not answered.
struct Required: Check, CheckDefinition {
    static let names = ["required"]
    var isOn: Bool

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        decoder.bool(option, what: name).map { Required(isOn: $0) }
    }

    func check(_ place: Place, in walk: Walk) -> Bool {
        guard isOn else { return true }
        guard let node = place.value else { return walk.fails(place) { .valueMissing } }
        if let text = node.stringText, TextMeasure.isBlank(text) { return walk.fails(place) { .valueEmpty } }
        return true
    }
}

extension Required {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        if context.inCondition {
            return isOn ? ExplanationLine("est renseigné", "is set", isPredicate: true)
                : ExplanationLine("est renseigné ou non", "is set or not", isPredicate: true)
        }
        return isOn ? ExplanationLine("obligatoire", "required") : ExplanationLine("facultatif", "optional")
    }

    func addSchema(at site: SchemaSite) {
        if isOn { site.require() }
    }
}

extension Verdict {
    fileprivate static let valueMissing = Verdict(
        LocalizedText("valeur absente", "value missing"), expected: LocalizedText("une valeur", "a value"))
    fileprivate static let valueEmpty = Verdict(
        LocalizedText("valeur vide", "empty value"), expected: LocalizedText("une valeur", "a value"))
}
