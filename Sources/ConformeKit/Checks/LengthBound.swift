import YAMLTree

/// `min_length: N` / `max_length: N`: characters of a text, counted as user-perceived
/// characters (Swift `Character`s: "é" is one character however it is encoded), or items of
/// a list.
struct LengthBound: ValueCheck, CheckDefinition {
    static let names = ["min_length", "max_length"]
    var limit: Int
    var isMinimum: Bool

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        decoder.nonNegativeInt(option, what: name).map { LengthBound(limit: $0, isMinimum: name == "min_length") }
    }

    private func admits(_ count: Int) -> Bool { isMinimum ? count >= limit : count <= limit }

    /// A list's items or a text's characters, and whether it is a list; nil for anything else.
    private static func measure(_ node: NodeRef) -> (count: Int, isList: Bool)? {
        if node.isSequence { return (node.count, true) }
        if let text = node.stringText { return (TextMeasure.characterCount(text), false) }
        return nil
    }

    func check(value node: NodeRef, at place: Place, in walk: Walk) -> Bool {
        guard let (count, isList) = LengthBound.measure(node) else {
            return walk.fails(place) { .neitherTextNorList(node.node.displayText) }
        }
        if admits(count) { return true }
        return walk.fails(place) { .length(count, of: isList ? .items : .characters, bound: limit, isMinimum: isMinimum) }
    }
}

extension LengthBound {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        let isList = context.types.contains(.list)
        let isText = context.types.contains(.string)
        let bound = isList != isText
            ? Words.count(limit, isList ? .items : .characters)
            : LocalizedText("\(limit) (caractères d'un texte, éléments d'une liste)",
                "\(limit) (characters of a text, items of a list)")
        return isMinimum
            ? ExplanationLine("au moins \(bound.fr)", "at least \(bound.en)")
            : ExplanationLine("au plus \(bound.fr)", "at most \(bound.en)")
    }

    func addSchema(at site: SchemaSite) {
        site.node.restrict(to: [.string, .array])
        if isMinimum {
            site.node.minLength = max(site.node.minLength ?? 0, limit)
        } else {
            site.node.maxLength = min(site.node.maxLength ?? Int.max, limit)
        }
    }
}

extension Verdict {
    fileprivate static func neitherTextNorList(_ shown: String) -> Verdict {
        Verdict(LocalizedText("un texte ou une liste est attendu, « \(shown) » trouvé",
            "text or a list is expected, found '\(shown)'"),
            expected: LocalizedText("un texte ou une liste", "text or a list"))
    }

    fileprivate static func length(_ count: Int, of unit: Words.Noun, bound: Int, isMinimum: Bool) -> Verdict {
        let limit = Words.count(bound, unit)
        let found = Words.count(count, .found)
        let expected = isMinimum
            ? LocalizedText("au moins \(limit.fr)", "at least \(limit.en)")
            : LocalizedText("au plus \(limit.fr)", "at most \(limit.en)")
        return Verdict(LocalizedText("\(expected.fr), \(found.fr)", "\(expected.en), \(found.en)"), expected: expected)
    }
}
