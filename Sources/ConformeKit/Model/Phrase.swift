/// A sentence of an explanation, with the parts that are code (paths, patterns, values) marked:
/// plain text shows them as they are, Markdown puts them in code spans.
///
/// Written with string interpolation: `"doit correspondre au motif \(code: source)"`.
public struct Phrase: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public enum Span: Sendable, Hashable {
        case text(String)
        case code(String)
    }

    public var spans: [Span]

    public init(_ spans: [Span]) { self.spans = spans }

    public init(stringLiteral value: String) { spans = value.isEmpty ? [] : [.text(value)] }

    public init(stringInterpolation: StringInterpolation) { spans = stringInterpolation.spans }

    /// The text as a terminal shows it: code parts as they are.
    public var description: String {
        spans.map { span in
            switch span {
            case .text(let text), .code(let text): text
            }
        }.joined()
    }

    public var isEmpty: Bool { spans.isEmpty }

    public static func + (lhs: Phrase, rhs: Phrase) -> Phrase { Phrase(lhs.spans + rhs.spans) }

    /// Phrases joined by a separator (", ", " ou ").
    public static func joined(_ phrases: [Phrase], separator: String) -> Phrase {
        var spans: [Span] = []
        for (index, phrase) in phrases.enumerated() {
            if index > 0 { spans.append(.text(separator)) }
            spans += phrase.spans
        }
        return Phrase(spans)
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var spans: [Span] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { spans.append(.text(literal)) }
        }

        public mutating func appendInterpolation(_ text: some CustomStringConvertible) {
            spans.append(.text(text.description))
        }

        public mutating func appendInterpolation(code: some CustomStringConvertible) {
            spans.append(.code(code.description))
        }

        public mutating func appendInterpolation(_ phrase: Phrase) {
            spans += phrase.spans
        }
    }
}

/// A phrase in both languages.
public struct LocalizedPhrase: Sendable, Hashable {
    public var fr: Phrase
    public var en: Phrase

    public init(_ fr: Phrase, _ en: Phrase) {
        self.fr = fr
        self.en = en
    }

    public func text(_ language: Language) -> Phrase {
        switch language {
        case .fr: fr
        case .en: en.isEmpty ? fr : en
        }
    }
}

/// One line of "what it checks", with the lines nested under it (`each`, `any_of`, `not`, a
/// `field:` with several checks).
public struct ExplanationLine: Sendable, Hashable {
    public var phrase: LocalizedPhrase
    public var children: [ExplanationLine]
    /// Whether the phrase reads as a predicate after a path ("vaut « lancement »"), for `when`.
    var isPredicate: Bool

    init(_ fr: Phrase, _ en: Phrase, children: [ExplanationLine] = [], isPredicate: Bool = false) {
        self.phrase = LocalizedPhrase(fr, en)
        self.children = children
        self.isPredicate = isPredicate
    }
}
