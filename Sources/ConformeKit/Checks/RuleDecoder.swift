import Foundation
import YAMLTree

/// Reads the nodes of one rule file into rule-set values, collecting every problem with its
/// location instead of stopping at the first: an author fixes a rule file in one pass.
final class RuleDecoder {
    let file: String
    /// The named lists of the whole rule set (`in: {list: NAME}`), known before rules compile.
    let lists: [String: ValueList]
    private(set) var problems: [RuleSetProblem] = []
    /// The regexes of the whole rule set, by pattern.
    private let regexes: RegexCache

    init(file: String, lists: [String: ValueList], regexes: RegexCache = RegexCache()) {
        self.file = file
        self.lists = lists
        self.regexes = regexes
    }

    /// A `pattern`, anchored so that it means the whole text whatever anchors the author wrote;
    /// nil when it is no valid regex. Compiled once per rule set: ICU's compilation costs more
    /// than many matches.
    func regex(_ source: String) -> NSRegularExpression? {
        if let known = regexes.bySource[source] { return known }
        // Validated as written first: wrapped, `a)|(b` would pass.
        let compiled = (try? NSRegularExpression(pattern: source)) == nil
            ? nil : try? NSRegularExpression(pattern: "\\A(?:\(source))\\z")
        regexes.bySource[source] = compiled
        return compiled
    }

    func report(_ range: SourceRange, fr: String, en: String) {
        problems.append(RuleSetProblem(file: file, range: range, message: LocalizedText(fr, en)))
    }

    func report(_ range: SourceRange, _ message: LocalizedText) {
        problems.append(RuleSetProblem(file: file, range: range, message: message))
    }

    // MARK: Shapes

    /// The pairs of a mapping whose keys are all in `allowed`; an unknown key is reported with
    /// the closest allowed one, and skipped.
    func mapping(_ node: Node, what: LocalizedText, allowed: [String]) -> [(String, Pair)]? {
        guard let pairs = node.pairs else {
            report(node.range, fr: "\(what.fr) : une table (clé: valeur) est attendue, \(describe(node)) trouvé",
                en: "\(what.en): a map (key: value) is expected, found \(describeEN(node))")
            return nil
        }
        var known: [(String, Pair)] = []
        for pair in pairs {
            guard let key = pair.key.scalar?.text else {
                report(pair.key.range, fr: "une clé doit être un texte", en: "a key must be text")
                continue
            }
            if allowed.contains(key) {
                known.append((key, pair))
            } else {
                report(pair.key.range, unknownKey(key, allowed: allowed, what: what))
            }
        }
        return known
    }

    func unknownKey(_ key: String, allowed: [String], what: LocalizedText) -> LocalizedText {
        LocalizedText("clé inconnue « \(key) » dans \(what.fr)", "unknown key '\(key)' in \(what.en)").suggesting(
            Suggestion.closest(to: key, among: allowed),
            otherwise: LocalizedText(" ; clés permises : \(allowed.joined(separator: ", "))",
                "; allowed keys: \(allowed.joined(separator: ", "))"))
    }

    func string(_ node: Node, what: String) -> String? {
        if let scalar = node.scalar, case .string(let s) = scalar.value { return s }
        // A number written where a text is expected (`version: 2024.1`) is still its text.
        if let scalar = node.scalar, scalar.value != .null, !isBool(scalar) { return scalar.text }
        report(node.range, fr: "« \(what) » : un texte est attendu, \(describe(node)) trouvé",
            en: "'\(what)': text is expected, found \(describeEN(node))")
        return nil
    }

    func bool(_ node: Node, what: String) -> Bool? {
        if let scalar = node.scalar, case .bool(let b) = scalar.value { return b }
        report(node.range, fr: "« \(what) » : true ou false est attendu, \(describe(node)) trouvé",
            en: "'\(what)': true or false is expected, found \(describeEN(node))")
        return nil
    }

    func nonNegativeInt(_ node: Node, what: String) -> Int? {
        if let scalar = node.scalar, case .int(let n) = scalar.value, n >= 0 { return n }
        report(node.range, fr: "« \(what) » : un entier positif ou nul est attendu, \(describe(node)) trouvé",
            en: "'\(what)': a non-negative integer is expected, found \(describeEN(node))")
        return nil
    }

    /// A text, or `{fr: …, en: …}` (fr required: French is the users' language).
    func localized(_ node: Node, what: String) -> LocalizedText? {
        if node.scalar != nil {
            guard let text = string(node, what: what) else { return nil }
            return LocalizedText(text, "")
        }
        guard let pairs = mapping(node, what: LocalizedText("« \(what) »", "'\(what)'"), allowed: ["fr", "en"])
        else { return nil }
        var fr: String?
        var en = ""
        for (key, pair) in pairs {
            guard let text = string(pair.value, what: "\(what).\(key)") else { continue }
            if key == "fr" { fr = text } else { en = text }
        }
        guard let fr else {
            report(node.range, fr: "« \(what) » : le texte français (fr) est obligatoire",
                en: "'\(what)': the French text (fr) is required")
            return nil
        }
        return LocalizedText(fr, en)
    }

    /// A path; `singleNode` refuses wildcards where one node is needed (comparisons).
    func path(_ node: Node, singleNode: Bool = false) -> Path? {
        guard let scalar = node.scalar, case .string(let text) = scalar.value else {
            report(node.range, fr: "un chemin (a.b.c) est attendu, \(describe(node)) trouvé",
                en: "a path (a.b.c) is expected, found \(describeEN(node))")
            return nil
        }
        do {
            let path = try Path(parsing: text)
            if singleNode, path.segments.contains(where: { $0 == .everyItem || $0 == .everyValue }) {
                report(node.range,
                    fr: "le chemin « \(text) » doit désigner un seul nœud (pas de [*] ni de *)",
                    en: "path '\(text)' must designate a single node (no [*] or *)")
                return nil
            }
            return path
        } catch {
            report(node.range, error.message)
            return nil
        }
    }

    // MARK: Checks

    /// A mapping of checks, with an optional `field:` (and `path:` in a `when`).
    func group(_ node: Node, what: LocalizedText, allowPath: Bool = false) -> (group: CheckGroup, path: Path?)? {
        let allowed = (allowPath ? ["path"] : []) + ["field"] + CheckRegistry.names
        guard let pairs = node.pairs else {
            report(node.range, fr: "\(what.fr) : une table de vérifications est attendue ({required: true, …}), \(describe(node)) trouvé",
                en: "\(what.en): a map of checks is expected ({required: true, …}), found \(describeEN(node))")
            return nil
        }
        var field: Path?
        var path: Path?
        var checks: [any Check] = []
        var broken = false
        for pair in pairs {
            let key = pair.key.scalar?.text ?? ""
            switch key {
            case "field":
                if let p = self.path(pair.value) { field = p } else { broken = true }
            case "path" where allowPath:
                if let p = self.path(pair.value) { path = p } else { broken = true }
            case _ where CheckRegistry.byName[key] != nil:
                if let check = CheckRegistry.compile(name: key, option: pair.value, decoder: self) {
                    checks.append(check)
                } else {
                    broken = true
                }
            default:
                report(pair.key.range, LocalizedText("vérification inconnue « \(key) » dans \(what.fr)",
                    "unknown check '\(key)' in \(what.en)").suggesting(Suggestion.closest(to: key, among: allowed)))
                broken = true
            }
        }
        if checks.isEmpty, !broken {
            report(node.range, fr: "\(what.fr) : aucune vérification (required, in, pattern…)",
                en: "\(what.en): no check (required, in, pattern…)")
            return nil
        }
        if broken { return nil }
        return (CheckGroup(field: field, checks: checks), path)
    }

    /// A list of check mappings (`any_of`, `all_of`).
    func groups(_ node: Node, check: String) -> [CheckGroup]? {
        guard let items = node.items, !items.isEmpty else {
            report(node.range, fr: "« \(check) » attend une liste non vide de vérifications",
                en: "'\(check)' expects a non-empty list of checks")
            return nil
        }
        var groups: [CheckGroup] = []
        var broken = false
        for item in items {
            if let g = group(item, what: LocalizedText("« \(check) »", "'\(check)'")) {
                groups.append(g.group)
            } else {
                broken = true
            }
        }
        return broken ? nil : groups
    }

    // MARK: Descriptions

    private func isBool(_ scalar: Scalar) -> Bool {
        if case .bool = scalar.value { return true }
        return false
    }

    func describe(_ node: Node) -> String {
        switch node.content {
        case .scalar(let s):
            switch s.value {
            case .null: return "rien"
            case .string: return "le texte « \(s.text) »"
            default: return "« \(s.text) »"
            }
        case .sequence: return "une liste"
        case .mapping: return "une table"
        }
    }

    func describeEN(_ node: Node) -> String {
        switch node.content {
        case .scalar(let s):
            switch s.value {
            case .null: return "nothing"
            case .string: return "the text '\(s.text)'"
            default: return "'\(s.text)'"
            }
        case .sequence: return "a list"
        case .mapping: return "a map"
        }
    }
}

/// A named list of allowed values (`lists:` in a rule file).
struct ValueList: Sendable {
    var name: String
    /// In the rule file's order, for messages.
    var values: [Value]
    var set: Set<Value>
    /// Where it is defined.
    var range: SourceRange

    init(name: String, values: [Value], range: SourceRange) {
        self.name = name
        self.values = values
        self.set = Set(values)
        self.range = range
    }
}

extension Node {
    /// A list's items, or the node alone: rule files accept one value or a list of them
    /// (`given: a.b` or `given: [a.b, c.d]`).
    var oneOrMany: [Node] { items.map(Array.init) ?? [self] }
}

/// The regexes of one rule set, shared by its files' decoders.
final class RegexCache {
    var bySource: [String: NSRegularExpression?] = [:]
}
