import YAMLTree

/// `required: true`: the node must be written with a value. Null, an empty or blank string
/// count as missing — an administration that leaves `nom:` empty has not answered.
struct Required: Check, CheckDefinition {
    static let names = ["required"]
    var isOn: Bool

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        decoder.bool(option, what: name).map { Required(isOn: $0) }
    }

    func evaluate(_ target: Target, in context: CheckContext) -> [Failure] {
        guard isOn else { return [] }
        let expected = LocalizedText("une valeur", "a value")
        guard let node = target.value else {
            return [Failure(target: target, detail: LocalizedText("valeur absente", "value missing"),
                expected: expected)]
        }
        if let scalar = node.scalar, case .string(let text) = scalar.value, TextMeasure.isBlank(text) {
            return [Failure(target: target, detail: LocalizedText("valeur vide", "empty value"),
                expected: expected)]
        }
        return []
    }

    func holds(_ node: NodeRef?, base: NodeRef?, in context: CheckContext) -> Bool? {
        guard isOn else { return true }
        guard let node, !node.isNull else { return false }
        if let text = node.stringText { return !TextMeasure.isBlank(text) }
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
}
