import YAMLTree

/// A path into a manifest, as rule files write it: `a.b.c`, `a.list[*].b`, `a.list[0]`,
/// `a.list[-1]` (the last element: "the current phase" is the last of the history), `a.*`.
/// Parsed and validated when the rule set loads, so a typo in a rule file is refused with its
/// location instead of silently matching nothing at run time.
public struct Path: Sendable, Hashable, CustomStringConvertible {
    public enum Segment: Sendable, Hashable {
        case key(String)
        /// `[n]`: the element at n, counted from the end when negative (`[-1]` is the last).
        case index(Int)
        /// `[*]`: every element of a list.
        case everyItem
        /// `*`: every value of a map.
        case everyValue

        /// Where `[index]` falls in a list of `count` elements; nil when outside it.
        static func position(_ index: Int, count: Int) -> Int? {
            let position = index < 0 ? count + index : index
            return position >= 0 && position < count ? position : nil
        }

        static func isWildcard(_ segment: Segment) -> Bool {
            switch segment {
            case .everyItem, .everyValue: true
            case .key, .index: false
            }
        }
    }

    public let segments: [Segment]
    /// Whether the path may designate several nodes. Kept: engines ask it at every step.
    let hasWildcard: Bool
    /// Whether it counts from the end of a list somewhere (`[-1]`): the walk names such a step
    /// by the position it reached.
    let hasNegativeIndex: Bool

    public init(_ segments: [Segment]) {
        self.segments = segments
        hasWildcard = segments.contains(where: Segment.isWildcard)
        hasNegativeIndex = segments.contains { if case .index(let index) = $0 { index < 0 } else { false } }
    }

    /// Why a path text is not a path, in both languages.
    public struct SyntaxError: Error, Sendable {
        public var message: LocalizedText
    }

    public init(parsing text: String) throws(SyntaxError) {
        func fail(_ fr: String, _ en: String) -> SyntaxError {
            SyntaxError(message: LocalizedText(
                fr: "chemin invalide « \(text) » : \(fr)", en: "invalid path '\(text)': \(en)"))
        }
        var segments: [Segment] = []
        // UTF-8 bytes, not Characters: the syntax is ASCII (no byte of a multi-byte character
        // is), and grapheme breaking made parsing a rule set's paths a tenth of a cold start.
        let bytes = Array(text.utf8)
        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var i = 0
        var expectKey = true  // at the start or after a dot
        guard !bytes.isEmpty else { throw fail("chemin vide", "empty path") }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "[") {
                guard !segments.isEmpty, !expectKey else {
                    throw fail("« [ » doit suivre un nom de clé", "'[' must follow a key name")
                }
                guard let close = bytes[i...].firstIndex(of: UInt8(ascii: "]")) else {
                    throw fail("« [ » sans « ] »", "'[' without ']'")
                }
                let inside = string((i + 1)..<close)
                if inside == "*" {
                    segments.append(.everyItem)
                } else if let n = Int(inside), !inside.hasPrefix("+"), inside.allSatisfy(\.isASCII) {
                    segments.append(.index(n))
                } else {
                    throw fail(
                        "« [\(inside)] » : un indice (0, 1…, -1 pour le dernier) ou « * » est attendu entre crochets",
                        "'[\(inside)]': an index (0, 1…, -1 for the last) or '*' is expected between brackets")
                }
                i = close + 1
                if i < bytes.count, bytes[i] != UInt8(ascii: "."), bytes[i] != UInt8(ascii: "[") {
                    throw fail("« . » ou « [ » attendu après « ] »", "'.' or '[' expected after ']'")
                }
            } else if byte == UInt8(ascii: ".") {
                guard !expectKey else { throw fail("segment vide", "empty segment") }
                expectKey = true
                i += 1
                if i == bytes.count { throw fail("segment vide en fin de chemin", "empty last segment") }
            } else {
                guard expectKey else { throw fail("« . » attendu", "'.' expected") }
                var j = i
                while j < bytes.count, bytes[j] != UInt8(ascii: "."), bytes[j] != UInt8(ascii: "[") { j += 1 }
                let name = string(i..<j)
                if name == "*" {
                    segments.append(.everyValue)
                } else {
                    if let bad = name.unicodeScalars.first(where: { $0 == "]" || $0 == "*" || $0.properties.isWhitespace }) {
                        throw fail("caractère « \(bad) » inattendu dans « \(name) »",
                            "unexpected character '\(bad)' in '\(name)'")
                    }
                    segments.append(.key(name))
                }
                expectKey = false
                i = j
            }
        }
        self.init(segments)
    }

    public var description: String { Path.render(segments, after: "") }

    /// `base` followed by `segments`, written as a rule file would write them.
    static func render(_ segments: some Sequence<Segment>, after base: String) -> String {
        var text = base
        for segment in segments {
            switch segment {
            case .key(let name): text += text.isEmpty ? name : ".\(name)"
            case .everyValue: text += text.isEmpty ? "*" : ".*"
            case .index(let n): text += "[\(n)]"
            case .everyItem: text += "[*]"
            }
        }
        return text
    }
}
