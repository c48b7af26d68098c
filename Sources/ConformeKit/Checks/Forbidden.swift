import YAMLTree

/// `forbidden: true`: the node must not be written (an empty value is as good as none).
struct Forbidden: Check, CheckDefinition {
    static let names = ["forbidden"]
    var isOn: Bool

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        decoder.bool(option, what: name).map { Forbidden(isOn: $0) }
    }

    func evaluate(_ target: Target, in context: CheckContext) -> [Failure] {
        guard isOn, let node = target.value else { return [] }
        if let scalar = node.scalar, case .string(let text) = scalar.value,
            text.trimmingWhitespace().isEmpty
        {
            return []
        }
        return [Failure(target: target,
            detail: LocalizedText("ne doit pas être renseigné, « \(node.displayText) » trouvé",
                "must not be set, found '\(node.displayText)'"),
            expected: LocalizedText("aucune valeur", "no value"))]
    }

    func holds(_ node: NodeRef?, base: NodeRef?, in context: CheckContext) -> Bool? {
        guard isOn, let node, !node.isNull else { return true }
        if let scalar = node.scalar, case .string(let text) = scalar.value {
            return text.trimmingWhitespace().isEmpty
        }
        return false
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
}
