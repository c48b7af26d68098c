import YAMLTree

/// The few words every human-readable report shares, in both languages, with French plural
/// rules (0 and 1 take the singular: « 0 avertissement », « 1 erreur », « 2 erreurs »).
public enum Words {
    public static func severity(_ severity: Severity, _ language: Language) -> String {
        switch (severity, language) {
        case (.error, .fr): "erreur"
        case (.warning, .fr): "avertissement"
        case (.info, .fr): "info"
        case (.error, .en): "error"
        case (.warning, .en): "warning"
        case (.info, .en): "info"
        }
    }

    /// The severity with an initial capital, for headings and badges.
    public static func severityTitle(_ severity: Severity, _ language: Language) -> String {
        let word = self.severity(severity, language)
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    public static func waiver(_ language: Language) -> String {
        language == .fr ? "dérogation" : "waiver"
    }

    public static func suggestion(_ value: String, _ language: Language) -> String {
        Suggestion.didYouMean(value).text(language)
    }

    /// A message followed by its suggestion, for one-line reports (Markdown, GitHub, SARIF,
    /// GitLab), unless the message already asks it: a rule's message may say « vouliez-vous
    /// dire … ? » itself.
    static func message(_ message: String, suggestion: String?, _ language: Language) -> String {
        guard let suggestion else { return message }
        let question = self.suggestion(suggestion, language)
        return message.contains(question) ? message : message + " — " + question
    }

    /// `2 erreurs`, `0 avertissement`, `1 error`, `0 warnings`: French puts 0 and 1 (and -1)
    /// in the singular, English only 1. The one plural rule of every message.
    public static func count(_ n: Int, _ singular: String, _ plural: String, _ language: Language) -> String {
        let usesSingular = language == .fr ? abs(n) < 2 : n == 1
        return "\(n) \(usesSingular ? singular : plural)"
    }

    /// A noun counted in both languages' messages.
    struct Noun {
        var fr: (singular: String, plural: String)
        var en: (singular: String, plural: String)

        static let items = Noun(fr: ("élément", "éléments"), en: ("item", "items"))
        static let characters = Noun(fr: ("caractère", "caractères"), en: ("character", "characters"))
        /// "3 trouvés" / "3 found".
        static let found = Noun(fr: ("trouvé", "trouvés"), en: ("found", "found"))
    }

    /// `n` and its noun, in both languages: « 3 éléments » / "3 items".
    static func count(_ n: Int, _ noun: Noun) -> LocalizedText {
        LocalizedText(count(n, noun.fr.singular, noun.fr.plural, .fr), count(n, noun.en.singular, noun.en.plural, .en))
    }

    public static func files(_ n: Int, _ language: Language) -> String {
        language == .fr ? count(n, "fichier", "fichiers", language) : count(n, "file", "files", language)
    }

    public static func errors(_ n: Int, _ language: Language) -> String {
        language == .fr ? count(n, "erreur", "erreurs", language) : count(n, "error", "errors", language)
    }

    public static func warnings(_ n: Int, _ language: Language) -> String {
        language == .fr
            ? count(n, "avertissement", "avertissements", language)
            : count(n, "warning", "warnings", language)
    }

    public static func infos(_ n: Int, _ language: Language) -> String {
        count(n, "info", "infos", language)
    }

    public static func waivers(_ n: Int, _ language: Language) -> String {
        language == .fr ? count(n, "dérogation", "dérogations", language) : "\(n) waived"
    }

    /// `3 fichiers : 2 conformes, 1 non conforme — 1 erreur, 0 avertissement`, with infos and
    /// dérogations only when there are some, so the common line stays short.
    public static func summaryLine(_ summary: RunReport.Summary, _ language: Language) -> String {
        var line: String
        switch language {
        case .fr:
            line = "\(files(summary.files, .fr)) : "
                + count(summary.passed, "conforme", "conformes", .fr) + ", "
                + count(summary.failed, "non conforme", "non conformes", .fr)
        case .en:
            line = "\(files(summary.files, .en)): \(summary.passed) passed, \(summary.failed) failed"
        }
        line += " — \(errors(summary.errors, language)), \(warnings(summary.warnings, language))"
        if summary.infos > 0 { line += ", \(infos(summary.infos, language))" }
        if summary.waived > 0 { line += ", \(waivers(summary.waived, language))" }
        return line
    }

    /// The summary line of a run, naming the paths it could not read: a run that checked
    /// nothing says so rather than « 0 fichier : 0 conforme ».
    static func summaryLine(_ report: RunReport) -> String {
        let language = report.language
        let line = summaryLine(report.summary, language)
        guard !report.unread.isEmpty else { return line }
        let fr = language == .fr
        let list = report.unread.map { fr ? "« \($0.path) » (\($0.reason.fr))" : "'\($0.path)' (\($0.reason.en))" }
            .joined(separator: ", ")
        let many = report.unread.count > 1
        if report.files.isEmpty {
            return fr ? "Rien n'a été vérifié : \(list) n'\(many ? "ont" : "a") pas pu être lu\(many ? "s" : "")."
                : "Nothing was checked: \(list) could not be read."
        }
        return line + (fr ? " ; non vérifié\(many ? "s" : ""), illisible\(many ? "s" : "") : \(list)" : "; not checked, unreadable: \(list)")
    }

    /// « conforme n'a pas pu lire « x.yml » (fichier ou dossier introuvable) : rien n'y a été vérifié. »
    static func unreadSentence(_ input: RunReport.UnreadInput, _ language: Language) -> String {
        language == .fr
            ? "conforme n'a pas pu lire « \(input.path) » (\(input.reason.fr)) : rien n'y a été vérifié."
            : "conforme could not read '\(input.path)' (\(input.reason.en)): nothing there was checked."
    }

    /// `chemin:81:14`, the compiler-style location every tool and editor recognises.
    public static func location(_ path: String, _ position: SourcePosition) -> String {
        "\(path):\(position.line):\(position.column)"
    }
}
