import ConformeKit
import YAMLTree

/// One command's help, in both languages. conforme renders its help itself: argument-parser's
/// own help mixes its English headings (`OVERVIEW`, `USAGE`, `Show help information`,
/// `(default: …)`) with the French texts, and cannot follow `--lang`. argument-parser still
/// parses the command line; `HelpCatalogTests` checks that every option it knows is here.
struct HelpPage {
    /// A line of the ARGUMENTS, OPTIONS or SUBCOMMANDS list: what to type, and what it does.
    struct Entry {
        var label: LocalizedText
        var text: LocalizedText

        init(_ label: String, _ fr: String, _ en: String) {
            self.label = LocalizedText(fr: label, en: label)
            self.text = LocalizedText(fr: fr, en: en)
        }

        /// A label with a French and an English value name: `--rules <FICHIER>` / `<FILE>`.
        init(_ labelFR: String, _ labelEN: String, _ fr: String, _ en: String) {
            self.label = LocalizedText(fr: labelFR, en: labelEN)
            self.text = LocalizedText(fr: fr, en: en)
        }
    }

    /// The command's words after `conforme`: [] for the root, ["rules", "explain"].
    var path: [String]
    var abstract: LocalizedText
    var discussion: LocalizedText?
    /// What follows the command's name on the usage line.
    var usage: LocalizedText
    var arguments: [Entry] = []
    var options: [Entry] = []
    var subcommands: [Entry] = []

    var commandLine: String { (["conforme"] + path).joined(separator: " ") }

    func render(_ language: Language) -> String {
        let fr = language == .fr
        // French puts a space before a colon.
        func heading(_ french: String, _ english: String) -> String { fr ? "\(french) :" : "\(english):" }
        var out = Self.wrap(abstract.text(language), indent: 0) + "\n"
        if let discussion { out += "\n" + Self.wrap(discussion.text(language), indent: 0) + "\n" }
        let usageText = usage.text(language)
        out += "\n\(heading("UTILISATION", "USAGE")) \(commandLine)\(usageText.isEmpty ? "" : " " + usageText)\n"
        let sections: [(String, [Entry])] = [
            (heading("ARGUMENTS", "ARGUMENTS"), arguments),
            (heading("OPTIONS", "OPTIONS"), options + Self.common(root: path.isEmpty)),
            (heading("SOUS-COMMANDES", "SUBCOMMANDS"), subcommands),
        ]
        for (title, entries) in sections where !entries.isEmpty {
            out += "\n" + title + "\n"
            for entry in entries { out += Self.render(entry, language) }
        }
        if !subcommands.isEmpty {
            let helpLine = (["conforme", "help"] + path).joined(separator: " ")
            out += "\n  " + (fr ? "« \(helpLine) <sous-commande> » : l'aide d'une sous-commande."
                : "'\(helpLine) <subcommand>': a subcommand's help.") + "\n"
        }
        return out
    }

    /// `--help` everywhere, `--version` at the root, as argument-parser adds them.
    private static func common(root: Bool) -> [Entry] {
        var entries: [Entry] = []
        if root { entries.append(Entry("--version", "Affiche la version.", "Shows the version.")) }
        entries.append(Entry("-h, --help", "Affiche cette aide.", "Shows this help."))
        return entries
    }

    static let width = 80
    static let labelColumn = 26

    private static func render(_ entry: Entry, _ language: Language) -> String {
        let label = "  " + entry.label.text(language)
        let text = wrap(entry.text.text(language), indent: labelColumn)
        let body = String(text.dropFirst(labelColumn))
        if label.count + 2 <= labelColumn {
            return label + String(repeating: " ", count: labelColumn - label.count) + body + "\n"
        }
        return label + "\n" + text + "\n"
    }

    /// `text` in lines of at most `width` columns, each indented by `indent` spaces.
    static func wrap(_ text: String, indent: Int) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, indent + line.count + 1 + word.count > width {
                    lines.append(line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            lines.append(line)
        }
        let pad = String(repeating: " ", count: indent)
        return lines.map { pad + $0 }.joined(separator: "\n")
    }
}

/// `conforme … --help`, `-h` or `conforme help …`: which page, in which language.
enum HelpRequest {
    /// The page asked for, or nil when the line asks for no help.
    static func page(for arguments: [String]) -> HelpPage? {
        var words = arguments[...]
        if let dashes = words.firstIndex(of: "--") { words = words[..<dashes] }
        let helpWord = words.first == "help"
        guard helpWord || words.contains(where: { $0 == "--help" || $0 == "-h" }) else { return nil }
        if helpWord { words = words.dropFirst() }
        var page = HelpPages.root
        var expectsValue = false
        for word in words {
            if expectsValue { expectsValue = false; continue }
            if word.hasPrefix("-") {
                // An option's value is not a command name (`--rules rules/eig-7.yml`).
                expectsValue = !word.contains("=") && HelpPages.takesValue(word)
                continue
            }
            guard let next = HelpPages.all.first(where: { $0.path == page.path + [word] }) else { break }
            page = next
        }
        return page
    }
}
