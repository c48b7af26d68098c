import ArgumentParser
import ConformeKit

/// Every error conforme prints has one form, in the run's language: « conforme : … » /
/// "conforme: …". argument-parser's own errors ("Error: Unknown option…", then its usage) are
/// reworded here; conforme's are already in words of its own.
enum UsageError {
    static func line(for error: Error, command: HelpPage, language: Language) -> String {
        let raw = Conforme.message(for: error)
        let fr = language == .fr
        let prefix = fr ? "conforme : " : "conforme: "
        if raw.hasPrefix("conforme") { return raw }
        guard let reworded = reword(raw, command: command, fr: fr) else { return prefix + raw }
        let hint = fr ? " (« \(command.commandLine) --help » décrit les options)"
            : " ('\(command.commandLine) --help' describes the options)"
        return prefix + reworded + hint
    }

    /// argument-parser's English message in conforme's words, or nil when it is not one of its.
    static func reword(_ raw: String, command: HelpPage, fr: Bool) -> String? {
        let quoted = quotedParts(of: raw)
        func q(_ text: String) -> String { fr ? "« \(text) »" : "'\(text)'" }
        func didYouMean(_ guess: String) -> String { Suggestion.didYouMean(guess).text(fr ? .fr : .en) }
        /// `--fail-on <fail-on>` → `--fail-on`: the value name is argument-parser's.
        func option(_ text: String) -> String { String(text.split(separator: " ").first ?? Substring(text)) }
        if raw.hasPrefix("Missing expected argument"), let name = quoted.first {
            return fr ? "argument manquant : \(name)" : "missing argument: \(name)"
        }
        if raw.hasPrefix("Missing value for"), let name = quoted.first {
            return fr ? "valeur manquante après \(option(name))" : "missing value after \(option(name))"
        }
        if raw.hasPrefix("Unknown option"), let name = quoted.first {
            let guess = quoted.count > 1 ? (fr ? " ; " : "; ") + didYouMean(quoted[1]) : ""
            return (fr ? "option inconnue \(q(name))" : "unknown option \(q(name))") + guess
        }
        if raw.hasPrefix("The value"), quoted.count >= 2 {
            let choices = quoted.dropFirst(2)
            let list = choices.joined(separator: ", ")
            let base = fr ? "valeur \(q(quoted[0])) invalide pour \(option(quoted[1]))"
                : "invalid value \(q(quoted[0])) for \(option(quoted[1]))"
            return choices.isEmpty ? base : base + (fr ? " ; valeurs permises : \(list)" : "; allowed values: \(list)")
        }
        if raw.hasPrefix("Unexpected argument") || raw.contains("unexpected arguments") {
            let list = quoted.map(q).joined(separator: ", ")
            var text = fr ? "argument inattendu : \(list)" : "unexpected argument: \(list)"
            // `conforme rules lsit`: the subcommand meant.
            let names = command.subcommands.map { String($0.label.en.split(separator: " ")[0]) }
            if let first = quoted.first, let guess = Suggestion.closest(to: first, among: names) {
                text += (fr ? " ; " : "; ") + didYouMean(guess)
            }
            return text
        }
        return nil
    }

    /// The texts between single quotes, in order.
    private static func quotedParts(of text: String) -> [String] {
        let parts = text.split(separator: "'", omittingEmptySubsequences: false)
        return stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }
    }
}
