import ArgumentParser
import ConformeKit
import Foundation

extension Language: ExpressibleByArgument {}

/// French unless `--lang en`, or `LC_ALL` / `LANG` start with `en` when `--lang` is not given.
enum LanguageChoice {
    static func resolve(_ option: Language?) -> Language {
        if let option { return option }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = Terminal.environment(name), !value.isEmpty {
                return value.hasPrefix("en") ? .en : .fr
            }
        }
        return .fr
    }
}
