/// A path pattern of `include:` and `exclude:`, matched against `/`-separated paths relative to
/// the configuration's folder: `*` any characters but `/`, `?` one of them, `**` any number of
/// whole folders (`propositions/**/*.yml`, `**/brouillons/**`). A pattern without `/` matches a
/// name in any folder (`*.draft.yml`), as in `.gitignore`; a trailing `/` or `/**` matches
/// everything below a folder.
public struct Glob: Sendable, Equatable {
    public let pattern: String
    private let segments: [Substring]

    public init(_ pattern: String) {
        self.pattern = pattern
        var text = pattern
        while text.hasPrefix("./") { text.removeFirst(2) }
        if text.hasSuffix("/") { text += "**" }
        if !text.contains("/") { text = "**/" + text }
        segments = text.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// Whether the pattern holds a wildcard (otherwise it names one path).
    public var hasWildcard: Bool { pattern.contains(where: { $0 == "*" || $0 == "?" }) }

    /// The folder before the first wildcard: where a walk for this pattern starts.
    public var literalPrefix: String {
        var parts: [Substring] = []
        for segment in pattern.split(separator: "/") {
            if segment.contains(where: { $0 == "*" || $0 == "?" }) { break }
            parts.append(segment)
        }
        return parts.joined(separator: "/")
    }

    public func matches(_ path: String) -> Bool {
        var trimmed = Substring(path)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: true)
        return Self.match(segments[...], parts[...])
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ parts: ArraySlice<Substring>) -> Bool {
        guard let first = pattern.first else { return parts.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            // `**` takes zero or more whole folders.
            var remaining = parts
            while true {
                if match(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let part = parts.first, matchName(Array(first), Array(part)) else { return false }
        return match(pattern.dropFirst(), parts.dropFirst())
    }

    /// One path segment against one pattern segment, with `*` and `?`.
    private static func matchName(_ pattern: [Character], _ name: [Character]) -> Bool {
        var p = 0
        var n = 0
        var star: Int?
        var starMatch = 0
        while n < name.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == name[n] {
                p += 1
                n += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                starMatch = n
                p += 1
            } else if let star {
                p = star + 1
                starMatch += 1
                n = starMatch
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
