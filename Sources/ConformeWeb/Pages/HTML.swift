import ConformeKit

/// A fragment of HTML that is safe to put in a page: either markup written here, or text that
/// went through `HTML.text`. Every page builds from these, so whatever a user submitted is
/// escaped in exactly one place.
public struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var markup: String

    public init(markup: String) { self.markup = markup }

    /// Trusted markup from a literal in the code.
    public init(stringLiteral value: String) { markup = value }

    public init(stringInterpolation: Interpolation) { markup = stringInterpolation.markup }

    public var description: String { markup }

    /// Text from anywhere (a manifest, a rule set, a query): escaped for element content and
    /// attribute values alike. Control characters are shown as their visible pictures.
    public static func text(_ text: String) -> HTML {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in visibleControls(text, keepTabs: true, keepLineBreaks: true).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return HTML(markup: out)
    }

    public static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(markup: lhs.markup + rhs.markup) }

    public static func += (lhs: inout HTML, rhs: HTML) { lhs.markup += rhs.markup }

    public static func joined(_ parts: [HTML], separator: HTML = "") -> HTML {
        HTML(markup: parts.map(\.markup).joined(separator: separator.markup))
    }

    /// Interpolated strings are escaped; interpolated `HTML` is kept as it is.
    public struct Interpolation: StringInterpolationProtocol {
        var markup = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity * 2)
        }

        public mutating func appendLiteral(_ literal: String) { markup += literal }

        public mutating func appendInterpolation(_ html: HTML) { markup += html.markup }

        public mutating func appendInterpolation(_ text: String) { markup += HTML.text(text).markup }

        public mutating func appendInterpolation(_ number: Int) { markup += String(number) }
    }
}
