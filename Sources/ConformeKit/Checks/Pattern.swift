import Foundation
import YAMLTree

/// `pattern: {regex: REGEX, description: {fr: …, en: …}}` / `not_pattern: …`: the WHOLE text
/// must (not) match. Compiled once, when the rule set loads; a pattern with nested quantifiers
/// (`(a+)+`), prone to catastrophic backtracking, is refused there too.
///
/// The description is what messages and `rules explain` say (« une adresse de la forme
/// https://beta.gouv.fr/startups/IDENTIFIANT.html »): a regular expression means nothing to a
/// project lead. A bare `pattern: REGEX` is refused when the rule set loads, so that no rule
/// file, shipped or a user's own, can put one in front of them; the regex itself stays in the
/// rule file and in `rules explain`'s author line.
struct Pattern: ValueCheck, CheckDefinition {
    static let names = ["pattern", "not_pattern"]
    var source: String
    /// What the pattern accepts, in words: « une adresse de la forme … ».
    var description: LocalizedText = LocalizedText("", "")
    /// Anchored to the whole text; nil for a pattern that is plain text (`literal`), which never
    /// needs a regex engine. Shared by the rules that write the same pattern.
    var regex: NSRegularExpression?
    /// The same pattern when it is plain text: matched without the regex engine.
    var literal: LiteralPattern?
    var negated: Bool

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        guard option.pairs != nil else {
            decoder.report(option.range,
                fr: "« \(name) » : écrivez {regex: …, description: {fr: …, en: …}} ; la description dit en mots ce que le motif accepte (« une adresse de la forme https://… »), car les messages la montrent à la place de l'expression régulière",
                en: "'\(name)': write {regex: …, description: {fr: …, en: …}}; the description says in words what the pattern accepts ('an address of the form https://…'), as messages show it instead of the regular expression")
            return nil
        }
        guard let pairs = decoder.mapping(option, what: LocalizedText("« \(name) »", "'\(name)'"), allowed: ["regex", "description"])
        else { return nil }
        var sourceNode: Node?
        var description: LocalizedText?
        for (key, pair) in pairs {
            if key == "regex" { sourceNode = pair.value } else { description = decoder.localized(pair.value, what: "description") }
        }
        guard let sourceNode else {
            decoder.report(option.range, fr: "« \(name) » : « regex » manquant", en: "'\(name)': missing 'regex'")
            return nil
        }
        guard let description, !description.fr.isEmpty else {
            decoder.report(option.range, fr: "« \(name) » : « description » manquante (ce que le motif accepte, en mots)",
                en: "'\(name)': missing 'description' (what the pattern accepts, in words)")
            return nil
        }
        guard var pattern = compile(name: name, source: sourceNode, decoder: decoder) else { return nil }
        pattern.description = description
        return pattern
    }

    private static func compile(name: String, source option: Node, decoder: RuleDecoder) -> Pattern? {
        guard let source = decoder.string(option, what: "regex") else { return nil }
        if let literal = LiteralPattern(source) {
            return Pattern(source: source, regex: nil, literal: literal, negated: name == "not_pattern")
        }
        guard let regex = decoder.regex(source) else {
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
        if hasRepeatedOverlappingAlternation(source) {
            decoder.report(option.range,
                fr: "expression régulière refusée : alternative répétée dont les branches peuvent commencer par le même caractère (comme (a|aa)*), exposée à un retour arrière catastrophique : « \(source) » ; rendez les branches exclusives par leur premier caractère",
                en: "regular expression refused: a repeated alternation whose branches may start with the same character (like (a|aa)*) is prone to catastrophic backtracking: '\(source)'; make the branches differ by their first character")
            return nil
        }
        switch PatternShape.refusal(source) {
        case .repeatedVariableGroup?:
            decoder.report(option.range,
                fr: "expression régulière refusée : groupe répété autour d'un quantificateur variable (comme (a?){32} ou (ab?)+), exposé à un retour arrière catastrophique : « \(source) » ; fixez le nombre de répétitions à l'intérieur du groupe ou sortez-en l'élément optionnel",
                en: "regular expression refused: a repeated group around a variable quantifier (like (a?){32} or (ab?)+) is prone to catastrophic backtracking: '\(source)'; fix the count inside the group or move the optional part out of it")
            return nil
        case .overlappingUnboundedRun?:
            decoder.report(option.range,
                fr: "expression régulière refusée : plus de deux répétitions illimitées à la suite qui peuvent lire les mêmes caractères (comme .*.*.* ou \\S+x\\S+y\\S+), d'un coût qui croît en puissance de la longueur du texte : « \(source) » ; bornez-les ({0,100}) ou séparez-les par un caractère qu'elles ne peuvent pas lire",
                en: "regular expression refused: more than two unbounded repetitions in a row that can read the same characters (like .*.*.* or \\S+x\\S+y\\S+) cost a power of the text's length: '\(source)'; bound them ({0,100}) or separate them by a character they cannot read")
            return nil
        case nil: break
        }
        return Pattern(
            source: source, regex: regex, literal: LiteralPattern(source), negated: name == "not_pattern")
    }

    func check(value node: NodeRef, at place: Place, in walk: Walk) -> Bool {
        guard let text = node.scalarText else {
            // A list or a map is no text: it cannot match a forbidden pattern.
            if negated { return true }
            return walk.fails(place) { .notText(node.node.displayText) }
        }
        let matches: Bool
        if let literal {
            matches = literal.matches(text)
        } else if let regex {
            // Only a real regex needs the bound: a literal list is matched in linear time.
            guard walk.mayMatch(text, at: place) else { return true }
            guard let decided = Pattern.matches(regex, text) else {
                // Never a pass: the rule gets an engine finding here instead.
                walk.recordUndecidedPattern(source, at: place)
                return true
            }
            matches = decided
        } else {
            return true
        }
        if matches != negated { return true }
        return walk.fails(place) { .mismatch(text, description, negated: negated) }
    }

    /// ICU's work on one text, in its own unit: a tick is 10 000 steps of its backtracking
    /// matcher, counted by the matcher itself (`.reportProgress` calls back once per tick), so
    /// the bound is the same on any machine. A pattern that needs no backtracking to speak
    /// of uses none on 4 096 characters; a quadratic one (`.*x.*`) about 800 at worst.
    static let maxTicks = 1_000

    /// Whether the whole text matches (the pattern is anchored); nil when ICU could not tell
    /// within `maxTicks`. ICU gives up silently on some patterns (`(a?){32}a{32}`, its own
    /// backtracking limit) and returns "no match", which a `not_pattern` would take for a
    /// pass: counting ticks stops the match well before that, and says so.
    static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool? {
        var matched = false
        var ticks = 0
        regex.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(text.startIndex..., in: text)) {
            result, flags, stop in
            if result != nil {
                matched = true
                stop.pointee = true
            } else if flags.contains(.progress) {
                ticks += 1
                if ticks > maxTicks { stop.pointee = true }
            }
        }
        return matched ? true : ticks > maxTicks ? nil : false
    }

    /// A repeated group (`*`, `+`, `{n,}`, `{n,m}` with m > 1) whose alternatives are not told
    /// apart by their first character: `(a|aa)*`, `(\\w|-)+`, `(a|)*`. Conservative: a branch
    /// that starts with a class, a dot, a group, an anchor or an optional atom may start with
    /// anything, so it overlaps every other branch.
    static func hasRepeatedOverlappingAlternation(_ source: String) -> Bool {
        let chars = Array(source)
        var openGroups: [Int] = []
        var i = 0
        while i < chars.count {
            switch chars[i] {
            case "\\": i += 1
            case "[": i = endOfClass(chars, from: i)
            case "(": openGroups.append(i)
            case ")":
                if let start = openGroups.popLast(), repeats(chars, after: i) {
                    var content = Array(chars[(start + 1)..<i])
                    if content.starts(with: ["?", ":"]) { content.removeFirst(2) }
                    let branches = alternatives(content)
                    if branches.count >= 2 {
                        var firsts: Set<Character> = []
                        for branch in branches {
                            guard let first = firstCharacter(branch), firsts.insert(first).inserted else { return true }
                        }
                    }
                }
            default: break
            }
            i += 1
        }
        return false
    }

    /// The index of the `]` closing the class that opens at `start` (a `]` first is literal).
    private static func endOfClass(_ chars: [Character], from start: Int) -> Int {
        var j = start + 1
        if j < chars.count, chars[j] == "^" { j += 1 }
        if j < chars.count, chars[j] == "]" { j += 1 }
        while j < chars.count, chars[j] != "]" {
            if chars[j] == "\\" { j += 1 }
            j += 1
        }
        return j
    }

    /// Whether what follows index `i` repeats it more than once.
    private static func repeats(_ chars: [Character], after i: Int) -> Bool {
        let next = i + 1
        guard next < chars.count else { return false }
        if chars[next] == "*" || chars[next] == "+" { return true }
        guard chars[next] == "{", let close = chars[next...].firstIndex(of: "}") else { return false }
        let inside = String(chars[(next + 1)..<close])
        return inside.hasSuffix(",") || (inside.split(separator: ",").last.flatMap { Int($0) } ?? 0) > 1
    }

    /// The top-level branches of a group's content, split at `|`.
    private static func alternatives(_ content: [Character]) -> [[Character]] {
        var branches: [[Character]] = [[]]
        var depth = 0
        var i = 0
        while i < content.count {
            let c = content[i]
            switch c {
            case "\\":
                branches[branches.count - 1].append(c)
                if i + 1 < content.count { branches[branches.count - 1].append(content[i + 1]) }
                i += 1
            case "[":
                let end = min(endOfClass(content, from: i), content.count - 1)
                branches[branches.count - 1] += content[i...end]
                i = end
            case "(": depth += 1; branches[branches.count - 1].append(c)
            case ")": depth -= 1; branches[branches.count - 1].append(c)
            case "|" where depth == 0: branches.append([])
            default: branches[branches.count - 1].append(c)
            }
            i += 1
        }
        return branches
    }

    /// The literal character a branch must start with, or nil when it may start with several.
    private static func firstCharacter(_ branch: [Character]) -> Character? {
        guard let first = branch.first else { return nil }
        var literal: Character
        var next: Int
        if first == "\\" {
            guard branch.count >= 2, !"dDwWsSbBAzZ0123456789pPuxc".contains(branch[1]) else { return nil }
            literal = branch[1]
            next = 2
        } else {
            guard !"[.(^$|)?*+{".contains(first) else { return nil }
            literal = first
            next = 1
        }
        // An optional first atom (`a?b`, `a*b`, `a{0,2}`) lets the branch start with what follows.
        if next < branch.count, "?*".contains(branch[next]) || (branch[next] == "{" && branch.dropFirst(next + 1).first == "0") {
            return nil
        }
        return literal
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
                i = endOfClass(chars, from: i)
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

extension Pattern {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        let en = description.en.isEmpty ? description.fr : description.en
        // The description for readers; the regex, for rule authors, as the detail below it.
        let detail = ExplanationLine("pour les auteurs de règles, expression régulière (texte entier) : \(code: source)", "for rule authors, regular expression (whole text): \(code: source)")
        return negated
            ? ExplanationLine("ne doit pas être \(description.fr)", "must not be \(en)", children: [detail])
            : ExplanationLine("doit être \(description.fr)", "must be \(en)", children: [detail])
    }

    func addSchema(at site: SchemaSite) {
        guard let ecma = ECMARegex.translate(source) else {
            site.leaveOut("\(negated ? "not_pattern" : "pattern"): \(source)")
            return
        }
        let anchored = "^(?:\(ecma))$"
        if negated {
            let excluded = SchemaNode()
            excluded.types = .string
            excluded.patterns = [anchored]
            site.node.negations.append(excluded)
        } else {
            // The engine matches the text of any scalar; JSON Schema only strings.
            site.node.restrict(to: .scalar)
            site.node.patterns.append(anchored)
        }
    }
}

extension Verdict {
    fileprivate static func notText(_ shown: String) -> Verdict {
        Verdict(LocalizedText("un texte est attendu, « \(shown) » trouvé", "text is expected, found '\(shown)'"),
            expected: LocalizedText("un texte", "text"))
    }

    /// In the pattern's own words (its `description`), never its regex.
    fileprivate static func mismatch(_ text: String, _ description: LocalizedText, negated: Bool) -> Verdict {
        let described = LocalizedText(description.fr, description.en.isEmpty ? description.fr : description.en)
        return negated
            ? Verdict(LocalizedText("« \(text) » ne doit pas être \(described.fr)", "'\(text)' must not be \(described.en)"),
                expected: LocalizedText("autre chose que \(described.fr)", "anything but \(described.en)"))
            : Verdict(LocalizedText("attendu : \(described.fr) ; « \(text) » trouvé", "expected \(described.en), found '\(text)'"),
                expected: described)
    }
}
