/// `conforme rules explain ID`: a rule's explanation as terminal text.
public enum ExplanationText {
    public static func render(_ rule: RuleExplanation, language: Language) -> String {
        let l = Labels(language)
        var fields: [(String, String)] = [
            (l.severity, Words.severity(rule.severity, language)),
            (l.waivable, rule.waivable ? l.yes : l.no),
            (l.category, rule.category),
        ]
        if rule.prerequisite { fields.append((l.prerequisite, l.prerequisiteMeaning)) }
        if !rule.isBuiltin {
            fields.append((l.applies, rule.conditions.count == 1 && rule.conditions[0].children.isEmpty
                ? rule.conditions[0].phrase.text(language).description
                : rule.conditions.isEmpty ? l.always : ""))
            fields.append((l.looksAt, rule.given.isEmpty ? l.wholeDocument : rule.given.joined(separator: ", ")))
        }
        var notes: [(String, String)] = []
        if let rationale = rule.rationale { notes.append((l.why, rationale.text(language))) }
        if let source = rule.source { notes.append((l.source, source)) }
        if let url = rule.url { notes.append((l.url, url)) }
        if let location = rule.location { notes.append((l.definedIn, location)) }
        let width = ([l.checks] + fields.map(\.0) + notes.map(\.0)).map(\.count).max() ?? 0
        // French puts a space before the colon; English does not, and pads after it.
        func label(_ text: String) -> String {
            language == .fr ? text.paddedTo(width) + " : " : (text + ":").paddedTo(width + 1) + " "
        }

        var out = "\(rule.id) — \(rule.title.text(language))\n\n"
        for (name, value) in fields {
            out += value.isEmpty ? trimmed(label(name)) + "\n" : label(name) + value + "\n"
            if name == l.applies, value.isEmpty {
                out += lines(rule.conditions, language: language, depth: 1)
            }
        }
        out += trimmed(label(l.checks)) + "\n" + lines(rule.checks, language: language, depth: 1)

        if !notes.isEmpty {
            out += "\n"
            for (name, value) in notes { out += label(name) + value + "\n" }
        }
        for (title, examples) in [(l.passing, rule.examples.pass), (l.failing, rule.examples.fail)] where !examples.isEmpty {
            out += "\n\(title)\n"
            for (index, example) in examples.enumerated() {
                if index > 0 { out += "\n" }
                out += block(example)
            }
        }
        return out
    }

    /// Nested lines as an indented list, two spaces a level.
    static func lines(_ lines: [ExplanationLine], language: Language, depth: Int) -> String {
        var out = ""
        for line in lines {
            out += String(repeating: "  ", count: depth) + "- " + line.phrase.text(language).description + "\n"
            out += self.lines(line.children, language: language, depth: depth + 1)
        }
        return out
    }

    /// An example manifest, indented four spaces as a block.
    static func block(_ yaml: String) -> String {
        var text = yaml
        while text.hasSuffix("\n") { text.removeLast() }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n") + "\n"
    }

    private static func trimmed(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// The words of explanations, listings and the rules page, in both languages.
struct Labels {
    let language: Language

    init(_ language: Language) { self.language = language }

    private func pick(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    var severity: String { pick("Gravité", "Severity") }
    var waivable: String { pick("Dérogeable", "Waivable") }
    var prerequisite: String { pick("Préalable", "Prerequisite") }
    var prerequisiteMeaning: String {
        pick("oui : si elle échoue, les règles suivantes ne sont pas vérifiées",
            "yes: when it fails, the rules after it are not checked")
    }
    var category: String { pick("Catégorie", "Category") }
    var applies: String { pick("S'applique", "Applies") }
    var looksAt: String { pick("Regarde", "Looks at") }
    var checks: String { pick("Vérifie", "Checks") }
    var why: String { pick("Pourquoi", "Why") }
    var source: String { pick("Source", "Source") }
    var url: String { pick("Lien", "Link") }
    var definedIn: String { pick("Définie dans", "Defined in") }
    var yes: String { pick("oui", "yes") }
    var no: String { pick("non", "no") }
    var always: String { pick("toujours", "always") }
    var wholeDocument: String { pick("tout le document", "the whole document") }
    var passing: String { pick("Exemples conformes (la règle ne signale rien) :", "Passing examples (no finding):") }
    var failing: String { pick("Exemples non conformes (la règle signale un constat) :", "Failing examples (a finding):") }
    var id: String { pick("Identifiant", "Id") }
    var title: String { pick("Titre", "Title") }
    var builtinNote: String {
        pick("constats de conforme lui-même, sans règle dans le fichier",
            "findings of conforme itself, with no rule in the file")
    }
}

extension String {
    /// Padded with spaces to `width` characters (user-perceived), for aligned columns.
    func paddedTo(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
