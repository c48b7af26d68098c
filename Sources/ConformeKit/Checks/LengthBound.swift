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

    /// As `valueHolds`, read in place: the count `verdict` compares, without a `Node`.
    func holds(_ node: NodeRef?, base: NodeRef?, in context: CheckContext) -> Bool? {
        guard let node, !node.isNull else { return true }
        let count: Int
        if node.isSequence {
            count = node.count
        } else if let text = node.stringText {
            count = TextMeasure.characterCount(text)
        } else {
            return false
        }
        return isMinimum ? count >= limit : count <= limit
    }

    func verdict(on node: Node, at target: Target, in context: CheckContext) -> Verdict? {
        let count: Int
        let fr: (Int) -> String
        let en: (Int) -> String
        if let items = node.items {
            count = items.count
            fr = { Plural.fr($0, "élément", "éléments") }
            en = { Plural.en($0, "item", "items") }
        } else if let scalar = node.scalar, case .string(let text) = scalar.value {
            count = TextMeasure.characterCount(text)
            fr = { Plural.fr($0, "caractère", "caractères") }
            en = { Plural.en($0, "character", "characters") }
        } else {
            return Verdict(LocalizedText("un texte ou une liste est attendu, « \(node.displayText) » trouvé",
                "text or a list is expected, found '\(node.displayText)'"),
                expected: LocalizedText("un texte ou une liste", "text or a list"))
        }
        if isMinimum ? count >= limit : count <= limit { return nil }
        let found = LocalizedText(
            abs(count) >= 2 ? "\(count) trouvés" : "\(count) trouvé", "\(count) found")
        let expected = isMinimum
            ? LocalizedText("au moins \(fr(limit))", "at least \(en(limit))")
            : LocalizedText("au plus \(fr(limit))", "at most \(en(limit))")
        return Verdict(LocalizedText("\(expected.fr), \(found.fr)", "\(expected.en), \(found.en)"),
            expected: expected)
    }
}

extension LengthBound {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        let isList = context.types.contains(.list)
        let isText = context.types.contains(.string)
        let fr: String
        let en: String
        if isList, !isText {
            fr = Plural.fr(limit, "élément", "éléments")
            en = Plural.en(limit, "item", "items")
        } else if isText, !isList {
            fr = Plural.fr(limit, "caractère", "caractères")
            en = Plural.en(limit, "character", "characters")
        } else {
            fr = "\(limit) (caractères d'un texte, éléments d'une liste)"
            en = "\(limit) (characters of a text, items of a list)"
        }
        return isMinimum
            ? ExplanationLine("au moins \(fr)", "at least \(en)")
            : ExplanationLine("au plus \(fr)", "at most \(en)")
    }
}
