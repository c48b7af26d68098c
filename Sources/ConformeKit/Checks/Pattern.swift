import Foundation
import YAMLTree

/// `pattern: REGEX` / `not_pattern: REGEX`: the WHOLE text must (not) match. Compiled once, when
/// the rule set loads; a pattern with nested quantifiers (`(a+)+`), prone to catastrophic
/// backtracking, is refused there too.
struct Pattern: ValueCheck, CheckDefinition {
    static let names = ["pattern", "not_pattern"]
    var source: String
    /// NSRegularExpression is immutable and safe to share between threads.
    var regex: NSRegularExpression
    /// The same pattern when it is plain text: matched without the regex engine.
    var literal: LiteralPattern?
    var negated: Bool

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        guard let source = decoder.string(option, what: name) else { return nil }
        guard (try? NSRegularExpression(pattern: source)) != nil,
            // Anchored so that `pattern` means the whole text, whatever anchors the author wrote.
            let regex = try? NSRegularExpression(pattern: "\\A(?:\(source))\\z")
        else {
            decoder.report(option.range, fr: "expression régulière invalide : « \(source) »",
                en: "invalid regular expression: '\(source)'")
            return nil
        }
        if hasNestedQuantifier(source) {
            decoder.report(option.range,
                fr: "expression régulière refusée : quantificateurs imbriqués (comme (a+)+), exposés à un retour arrière catastrophique : « \(source) »",
                en: "regular expression refused: nested quantifiers (like (a+)+) are prone to catastrophic backtracking: '\(source)'")
            return nil
        }
        return Pattern(
            source: source, regex: regex, literal: LiteralPattern(source), negated: name == "not_pattern")
    }

    func verdict(on node: Node, at target: Target, in context: CheckContext) -> Verdict? {
        guard let text = node.scalar?.text else {
            // A list or a map is no text: it cannot match a forbidden pattern.
            if negated { return nil }
            return Verdict(LocalizedText("un texte est attendu, « \(node.displayText) » trouvé",
                "text is expected, found '\(node.displayText)'"),
                expected: LocalizedText("un texte", "text"))
        }
        let matches = literal?.matches(text)
            ?? (regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil)
        if matches != negated { return nil }
        if negated {
            return Verdict(LocalizedText("« \(text) » ne doit pas correspondre au motif \(source)",
                "'\(text)' must not match the pattern \(source)"),
                expected: LocalizedText("un texte hors du motif \(source)", "text not matching \(source)"))
        }
        return Verdict(LocalizedText("« \(text) » ne correspond pas au motif \(source)",
            "'\(text)' does not match the pattern \(source)"),
            expected: LocalizedText("un texte du motif \(source)", "text matching \(source)"))
    }

    /// A group holding an unbounded quantifier, itself repeated without bound: `(a+)+`, `(\w*)*`,
    /// `(a|b+){2,}`. A heuristic, on purpose simple: a false alarm costs a rewrite, a miss a hang.
    static func hasNestedQuantifier(_ source: String) -> Bool {
        let chars = Array(source)
        var groupHasQuantifier: [Bool] = []
        var i = 0
        func unboundedQuantifier(at index: Int) -> Bool {
            guard index < chars.count else { return false }
            if chars[index] == "*" || chars[index] == "+" { return true }
            if chars[index] == "{", let close = chars[index...].firstIndex(of: "}") {
                let inside = String(chars[(index + 1)..<close])
                return inside.hasSuffix(",") || (inside.split(separator: ",").last.flatMap { Int($0) } ?? 0) > 1
            }
            return false
        }
        while i < chars.count {
            switch chars[i] {
            case "\\":
                i += 1  // the escaped character is a literal
            case "[":
                // A character class: skip to its end (a `]` first in the class is literal).
                var j = i + 1
                if j < chars.count, chars[j] == "^" { j += 1 }
                if j < chars.count, chars[j] == "]" { j += 1 }
                while j < chars.count, chars[j] != "]" {
                    if chars[j] == "\\" { j += 1 }
                    j += 1
                }
                i = j
                if unboundedQuantifier(at: i + 1), !groupHasQuantifier.isEmpty {
                    groupHasQuantifier[groupHasQuantifier.count - 1] = true
                }
            case "(":
                groupHasQuantifier.append(false)
            case ")":
                let inner = groupHasQuantifier.popLast() ?? false
                if inner, unboundedQuantifier(at: i + 1) { return true }
                // A repeated group makes its enclosing group repeated too.
                if (inner || unboundedQuantifier(at: i + 1)), !groupHasQuantifier.isEmpty {
                    groupHasQuantifier[groupHasQuantifier.count - 1] = true
                }
            case "*", "+":
                if !groupHasQuantifier.isEmpty { groupHasQuantifier[groupHasQuantifier.count - 1] = true }
            case "{":
                if unboundedQuantifier(at: i), !groupHasQuantifier.isEmpty {
                    groupHasQuantifier[groupHasQuantifier.count - 1] = true
                }
            default:
                break
            }
            i += 1
        }
        return false
    }
}
