import ArgumentParser
import ConformeKit
import Foundation

extension Language: ExpressibleByArgument {}

/// French unless `--lang en`, or `LC_ALL` / `LANG` start with `en` when `--lang` is not given.
enum LanguageChoice {
    static func resolve(_ option: Language?) -> Language {
        if let option { return option }
        // Wherever a command has not read its options yet (help, usage errors, validation of
        // shared option groups), `--lang` on the command line still decides.
        if let written = fromCommandLine { return written }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = Terminal.environment(name), !value.isEmpty {
                return value.hasPrefix("en") ? .en : .fr
            }
        }
        return .fr
    }
}

extension LanguageChoice {
    /// `--lang fr|en` or `--lang=fr|en` as written on the command line, before any `--`.
    static let fromCommandLine: Language? = written(in: Array(CommandLine.arguments.dropFirst()))

    static func written(in arguments: [String]) -> Language? {
        var found: Language?
        var words = arguments[...]
        while let word = words.popFirst(), word != "--" {
            if word == "--lang", let value = words.first { found = Language(rawValue: value) ?? found }
            if word.hasPrefix("--lang=") { found = Language(rawValue: String(word.dropFirst(7))) ?? found }
        }
        return found
    }
}
