import Foundation
import Testing

@testable import ConformeKit

/// The literal shortcut must answer exactly as the regex engine would, or not be taken.
@Suite struct LiteralPatternTests {
    static let patterns = [
        ".*À COMPLÉTER.*", "(?s).*À COMPLÉTER.*", "À COMPLÉTER", "^https://beta\\.gouv\\.fr/.*",
        ".*\\.html", "EUPL-1\\.2x", "abc$", "^abc", "a\\-b.*",
    ]
    static let texts = [
        "", "À COMPLÉTER", "projet À COMPLÉTER ici", "À COMPLÉTER\nsuite", "avant\nÀ COMPLÉTER",
        "À compléter", "A\u{300} COMPLÉTER", "https://beta.gouv.fr/startups/x.html", "https://beta.gouvXfr/",
        "page.html", "pagehtml", "EUPL-1.2x", "abc", "xabc", "abcx", "abc\n", "a-bcd", "texte\u{2028}À COMPLÉTER",
    ]

    @Test func agreesWithTheRegexEngine() throws {
        for pattern in Self.patterns {
            let regex = try NSRegularExpression(pattern: "\\A(?:\(pattern))\\z")
            let literal = try #require(LiteralPattern(pattern), "\(pattern) should be literal")
            for text in Self.texts {
                let expected = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                #expect(literal.matches(text) == expected, "\(pattern) on \(text.debugDescription)")
            }
        }
    }

    @Test(arguments: ["a|b", "[a-z]+", "\\d{3}", "a?", "(ab)", ".*", "", "\\bword", "(?i)abc"])
    func realRegexesAreLeftToTheEngine(pattern: String) {
        #expect(LiteralPattern(pattern) == nil)
    }
}
