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

    func check(_ place: Place, in walk: Walk) -> Bool {
        // Absent: fails only in a `when`, whose failures are never shown.
        guard let node = place.value else { return !walk.inCondition }
        if Value(node) == expected { return true }
        return walk.fails(place) {
            var suggestion: String?
            if case .string(let allowed) = expected, let text = node.scalarText {
                suggestion = Suggestion.closest(to: text, among: [allowed])
            }
            return .notEqual(node.node.displayText, to: expected, suggestion: suggestion)
        }
    }
}

extension Equals {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        context.inCondition
            ? ExplanationLine("vaut « \(code: expected) »", "is '\(code: expected)'", isPredicate: true)
            : ExplanationLine("doit valoir « \(code: expected) »", "must be '\(code: expected)'")
    }

    func addSchema(at site: SchemaSite) {
        site.node.allowedValues.append([expected])
    }
}

extension Verdict {
    fileprivate static func notEqual(_ shown: String, to expected: Value, suggestion: String?) -> Verdict {
        Verdict(LocalizedText("doit valoir « \(expected) », « \(shown) » trouvé", "must be '\(expected)', found '\(shown)'"),
            expected: LocalizedText("« \(expected) »", "'\(expected)'"), suggestion: suggestion)
    }
}
