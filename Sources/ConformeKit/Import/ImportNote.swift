import YAMLTree

/// Something `conforme import` has to say about its inputs: a value it could not use (left
/// « À COMPLÉTER », never guessed) or a choice the user should know about. Located in the file
/// it is about, so the web page and the terminal can point at the line.
public struct ImportNote: Sendable {
    public enum Kind: String, Sendable {
        /// A fact the files should give but do not give usably: the field stays to fill in.
        case problem
        /// What was done with a fact, worth a look (a trimmed value, a second sponsor left out).
        case note
    }

    public var kind: Kind
    public var message: LocalizedText
    /// The file it is about, as the caller named it (the product file, or an organisation file).
    public var file: String
    /// Where in that file; nil when the file itself is missing.
    public var range: SourceRange?

    public init(_ kind: Kind, _ message: LocalizedText, file: String, range: SourceRange?) {
        self.kind = kind
        self.message = message
        self.file = file
        self.range = range
    }

    /// `fiche.md:12:3: problème : …`, the compiler-like line the CLI prints.
    public func line(_ language: Language) -> String {
        let place = range.map { "\(file):\($0.start.line):\($0.start.column)" } ?? file
        let label = switch (kind, language) {
        case (.problem, .fr): "problème"
        case (.problem, .en): "problem"
        case (.note, .fr): "note"
        case (.note, .en): "note"
        }
        let separator = language == .fr ? " : " : ": "
        return "\(place): \(label)\(separator)\(message.text(language))"
    }
}
