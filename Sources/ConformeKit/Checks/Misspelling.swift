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

    /// The one decision both ways share: whether `text` holds the misspelling.
    private func isMisspelt(_ text: String) -> Bool { text.contains(wrong) }

    func holds(_ node: NodeRef?, base: NodeRef?, in context: CheckContext) -> Bool? {
        guard let text = node?.scalarText else { return true }
        return !isMisspelt(text)
    }

    func verdict(on node: Node, at target: Target, in context: CheckContext) -> Verdict? {
        guard let text = node.scalar?.text, isMisspelt(text) else { return nil }
        return Verdict(
            LocalizedText("« \(wrong) » est une faute pour « \(right) »", "'\(wrong)' is a misspelling of '\(right)'"),
            expected: LocalizedText("« \(right) » et non « \(wrong) »", "'\(right)', not '\(wrong)'"),
            suggestion: text.replacingOccurrences(of: wrong, with: right))
    }

    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        ExplanationLine("ne doit pas contenir \(code: wrong), faute pour \(code: right)",
            "must not contain \(code: wrong), a misspelling of \(code: right)")
    }
}
