import YAMLTree

/// A path into a manifest, as rule files write it: `a.b.c`, `a.list[*].b`, `a.list[0]`, `a.*`.
/// Parsed and validated when the rule set loads, so a typo in a rule file is refused with its
/// location instead of silently matching nothing at run time.
public struct Path: Sendable, Hashable, CustomStringConvertible {
    public enum Segment: Sendable, Hashable {
        case key(String)
        case index(Int)
        /// `[*]`: every element of a list.
        case everyItem
        /// `*`: every value of a map.
        case everyValue

        static func isWildcard(_ segment: Segment) -> Bool {
            switch segment {
            case .everyItem, .everyValue: true
            case .key, .index: false
            }
        }
    }

    public var segments: [Segment]

    public init(_ segments: [Segment]) { self.segments = segments }

    /// Whether the path may designate several nodes.
    var hasWildcard: Bool { segments.contains(where: Segment.isWildcard) }

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
        let chars = Array(text)
        var i = 0
        var expectKey = true  // at the start or after a dot
        guard !chars.isEmpty else { throw fail("chemin vide", "empty path") }
        while i < chars.count {
            let c = chars[i]
            if c == "[" {
                guard !segments.isEmpty, !expectKey else {
                    throw fail("« [ » doit suivre un nom de clé", "'[' must follow a key name")
                }
                guard let close = chars[i...].firstIndex(of: "]") else {
                    throw fail("« [ » sans « ] »", "'[' without ']'")
                }
                let inside = String(chars[(i + 1)..<close])
                if inside == "*" {
                    segments.append(.everyItem)
                } else if let n = Int(inside), n >= 0, inside.allSatisfy(\.isASCII) {
                    segments.append(.index(n))
                } else {
                    throw fail(
                        "« [\(inside)] » : un indice (0, 1…) ou « * » est attendu entre crochets",
                        "'[\(inside)]': an index (0, 1…) or '*' is expected between brackets")
                }
                i = close + 1
                if i < chars.count, chars[i] != ".", chars[i] != "[" {
                    throw fail("« . » ou « [ » attendu après « ] »", "'.' or '[' expected after ']'")
                }
            } else if c == "." {
                guard !expectKey else { throw fail("segment vide", "empty segment") }
                expectKey = true
                i += 1
                if i == chars.count { throw fail("segment vide en fin de chemin", "empty last segment") }
            } else {
                guard expectKey else { throw fail("« . » attendu", "'.' expected") }
                var j = i
                while j < chars.count, chars[j] != ".", chars[j] != "[" { j += 1 }
                let name = String(chars[i..<j])
                if name == "*" {
                    segments.append(.everyValue)
                } else {
                    if let bad = name.first(where: { $0 == "]" || $0 == "*" || $0.isWhitespace }) {
                        throw fail("caractère « \(bad) » inattendu dans « \(name) »",
                            "unexpected character '\(bad)' in '\(name)'")
                    }
                    segments.append(.key(name))
                }
                expectKey = false
                i = j
            }
        }
        self.segments = segments
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
