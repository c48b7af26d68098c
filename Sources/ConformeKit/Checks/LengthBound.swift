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
            return walk.fails(place) {
                Verdict(LocalizedText("un texte ou une liste est attendu, « \(node.node.displayText) » trouvé",
                    "text or a list is expected, found '\(node.node.displayText)'"),
                    expected: LocalizedText("un texte ou une liste", "text or a list"))
            }
        }
        if admits(count) { return true }
        return walk.fails(place) {
            let fr: (Int) -> String = isList ? { Plural.fr($0, "élément", "éléments") } : { Plural.fr($0, "caractère", "caractères") }
            let en: (Int) -> String = isList ? { Plural.en($0, "item", "items") } : { Plural.en($0, "character", "characters") }
            let found = LocalizedText(
                abs(count) >= 2 ? "\(count) trouvés" : "\(count) trouvé", "\(count) found")
            let expected = isMinimum
                ? LocalizedText("au moins \(fr(limit))", "at least \(en(limit))")
                : LocalizedText("au plus \(fr(limit))", "at most \(en(limit))")
            return Verdict(LocalizedText("\(expected.fr), \(found.fr)", "\(expected.en), \(found.en)"),
                expected: expected)
        }
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

extension LengthBound {
    func addSchema(at site: SchemaSite) {
        site.node.restrict(to: [.string, .array])
        if isMinimum {
            site.node.minLength = max(site.node.minLength ?? 0, limit)
        } else {
            site.node.maxLength = min(site.node.maxLength ?? Int.max, limit)
        }
    }
}
