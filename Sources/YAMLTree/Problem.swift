/// A text in the two languages conforme speaks.
public struct LocalizedText: Sendable, Hashable {
    public var fr: String
    public var en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }
}

/// Something wrong (or doubtful) in the YAML itself, found while parsing. Problems are values:
/// the parser returns them with as much of the tree as it could build.
public struct Problem: Sendable, Error {
    /// Stable public identifiers, used as rule ids in every report.
    public enum Code: String, Sendable, CaseIterable {
        case syntax = "yaml.syntaxe"
        case duplicateKey = "yaml.cle-dupliquee"
        case unknownAnchor = "yaml.ancre-inconnue"
        case multipleDocuments = "yaml.documents-multiples"
        case rootNotMapping = "yaml.racine"
        case empty = "yaml.vide"
        case limit = "yaml.limite"
        case encoding = "yaml.encodage"
        case ambiguousBoolean = "yaml.booleen-ambigu"
        case cutValue = "yaml.valeur-coupee"
        case directive = "yaml.directive"

        /// A doubt about what the author meant, not a broken file: the tree is whole.
        public var isDoubt: Bool {
            switch self {
            case .ambiguousBoolean, .cutValue, .directive: true
            default: false
            }
        }
    }

    public enum Severity: String, Sendable {
        case error, warning
    }

    /// A secondary location that helps explain the problem (e.g. the first occurrence of a key).
    public struct Note: Sendable {
        public var range: SourceRange
        public var message: LocalizedText

        public init(range: SourceRange, message: LocalizedText) {
            self.range = range
            self.message = message
        }
    }

    public var code: Code
    public var severity: Severity
    public var range: SourceRange
    public var message: LocalizedText
    public var notes: [Note]

    public init(
        _ code: Code, severity: Severity = .error, range: SourceRange, message: LocalizedText,
        notes: [Note] = []
    ) {
        self.code = code
        self.severity = severity
        self.range = range
        self.message = message
        self.notes = notes
    }
}
