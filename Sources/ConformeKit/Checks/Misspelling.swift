import YAMLTree

/// `misspelling: {wrong: TEXT, right: TEXT}`: the text must not contain `wrong`; a finding
/// suggests the whole value with every `wrong` replaced by `right`, as a did-you-mean. For a
/// known misspelling found anywhere in a value (the règlement's own `demarches-simplifees.fr`),
/// where `not_pattern` could say what is wrong but not what to write instead.
///
/// `wrong` is compared byte for byte (no case folding, no normalisation); lists and maps hold.
struct Misspelling: ValueCheck, CheckDefinition {
    static let names = ["misspelling"]
    var wrong: String
    var right: String

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        guard let pairs = decoder.mapping(option, what: LocalizedText("« misspelling »", "'misspelling'"),
            allowed: ["wrong", "right"])
        else { return nil }
        var wrong: String?
        var right: String?
        for (key, pair) in pairs {
            let text = decoder.string(pair.value, what: "misspelling.\(key)")
            if key == "wrong" { wrong = text } else { right = text }
        }
        guard let wrong, let right, !wrong.isEmpty, wrong != right else {
            decoder.report(option.range,
                fr: "« misspelling » attend {wrong: TEXTE, right: TEXTE}, deux textes différents, « wrong » non vide",
                en: "'misspelling' expects {wrong: TEXT, right: TEXT}, two different texts, 'wrong' not empty")
            return nil
        }
        return Misspelling(wrong: wrong, right: right)
    }

    /// A document without these bytes cannot fail (see `LiteralPrefilter`).
    var failureFragment: [UInt8]? { Array(wrong.utf8) }

    func check(value node: NodeRef, at place: Place, in walk: Walk) -> Bool {
        guard let text = node.scalarText, text.contains(wrong) else { return true }
        return walk.fails(place) { .misspelt(wrong, right: right, in: text) }
    }
}

extension Misspelling {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        ExplanationLine("ne doit pas contenir \(code: wrong), faute pour \(code: right)",
            "must not contain \(code: wrong), a misspelling of \(code: right)")
    }

    func addSchema(at site: SchemaSite) {
        // Any text holding the misspelling, line breaks included.
        let excluded = SchemaNode()
        excluded.types = .string
        excluded.patterns = ["^[\\s\\S]*\(ECMARegex.escaped(wrong))[\\s\\S]*$"]
        site.node.negations.append(excluded)
    }
}

extension Verdict {
    fileprivate static func misspelt(_ wrong: String, right: String, in text: String) -> Verdict {
        Verdict(LocalizedText("« \(wrong) » est une faute pour « \(right) »", "'\(wrong)' is a misspelling of '\(right)'"),
            expected: LocalizedText("« \(right) » et non « \(wrong) »", "'\(right)', not '\(wrong)'"),
            suggestion: text.replacingOccurrences(of: wrong, with: right))
    }
}
