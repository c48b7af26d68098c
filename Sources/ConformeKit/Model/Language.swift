import YAMLTree

/// The language of every user-facing text. French is the default; English through `--lang en`.
public enum Language: String, Sendable, CaseIterable {
    case fr, en
}

extension LocalizedText {
    public func text(_ language: Language) -> String {
        switch language {
        case .fr: fr
        case .en: en.isEmpty ? fr : en
        }
    }
}
