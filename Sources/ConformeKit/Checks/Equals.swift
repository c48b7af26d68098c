import YAMLTree

/// `equals: VALUE`: the node must be that scalar (`1` equals `1.0`; `"7"` does not equal `7`).
struct Equals: Check, CheckDefinition {
    static let names = ["equals"]
    var expected: Value

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        guard let value = Value(option) else {
            decoder.report(option.range, fr: "« equals » attend une valeur simple (texte, nombre, true/false)",
                en: "'equals' expects a scalar (text, number, true/false)")
            return nil
        }
        return Equals(expected: value)
    }

    func evaluate(_ target: Target, in context: CheckContext) -> [Failure] {
        var expectedText: LocalizedText { LocalizedText("« \(expected) »", "'\(expected)'") }
        guard let node = target.value else {
            // Absent: fails only in a `when`, whose failures are never shown.
            return context.absentFailsMembership ? [Failure.conditionUnmet(at: target)] : []
        }
        if let value = Value(node), value == expected { return [] }
        if context.absentFailsMembership { return [Failure.conditionUnmet(at: target)] }
        var suggestion: String?
        if case .string(let allowed) = expected, let scalar = node.scalar {
            suggestion = Suggestion.closest(to: scalar.text, among: [allowed])
        }
        return [Failure(target: target,
            detail: LocalizedText("doit valoir \(expectedText.fr), « \(node.displayText) » trouvé",
                "must be \(expectedText.en), found '\(node.displayText)'"),
            expected: expectedText, suggestion: suggestion)]
    }

    func holds(_ node: NodeRef?, base: NodeRef?, in context: CheckContext) -> Bool? {
        guard let node, !node.isNull else { return !context.absentFailsMembership }
        return Value(node) == expected
    }
}

extension Equals {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        context.inCondition
            ? ExplanationLine("vaut « \(code: expected) »", "is '\(code: expected)'", isPredicate: true)
            : ExplanationLine("doit valoir « \(code: expected) »", "must be '\(code: expected)'")
    }
}
