import Foundation
import Testing

@testable import ConformeKit

/// conforme's own automaton must answer exactly as ICU would on the patterns it accepts, and
/// leave every other pattern to ICU.
@Suite struct SimpleRegexTests {
    static let patterns = [
        "^https://beta\\.gouv\\.fr/startups/[a-z0-9._-]+\\.html$", "[A-Z]{2}[0-9]{3}", "ab?c*d+",
        "[^a-c]+", "x{2,}", "x{1,3}y", "[a-]b", "é+", "a\\/b\\-c", "^$", "", "[0-9]{5}", "a{0}b",
        "[a-zA-Z0-9_.+-]+@[a-z0-9-]+\\.[a-z]{2,}",
    ]
    static let texts = [
        "", "https://beta.gouv.fr/startups/mon-produit.html", "https://beta.gouv.fr/startups/.html",
        "https://beta.gouv.fr/startups/a.html.html", "https://beta.gouv.fr/startups/Mon.html",
        "https://beta.gouv.fr/startups/mon produit.html", "https://beta.gouv.fr/startups/é.html",
        "https://beta.gouv.fr/startups/x.html\n", "AB123", "ab123", "AB1234", "acd", "abccdd", "ad",
        "abd", "ac", "xyz", "dé\n", "xx", "x", "xxxxx", "xy", "xxxy", "xxxxy", "-b", "ab", "bb",
        "é", "éé", "e\u{301}", "a/b-c", "12345", "1234", "b", "jean.dupont+eig@exemple-1.gouv.fr",
        "jean@exemple.f", "Jean@exemple.fr", "\u{1F600}", "\u{1F600}b",
    ]

    @Test func agreesWithICU() throws {
        for pattern in Self.patterns {
            let icu = try NSRegularExpression(pattern: "\\A(?:\(pattern))\\z")
            let simple = try #require(SimpleRegex(pattern), "\(pattern) should be simple")
            for text in Self.texts {
                let expected = icu.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                #expect(simple.matches(text[...].unicodeScalars) == expected, "\(pattern) on \(text.debugDescription)")
                #expect(PatternRegex.simple(simple).matches(text) == expected)
                #expect(PatternRegex.icu(icu).matches(text) == expected)
            }
        }
    }

    /// The same comparison on generated texts: made of each pattern's own characters and a few
    /// others, so that matches, near misses and backtracking shapes (`a*a`) all occur.
    // `a{0,70}b` has 71 positions: past 63, the automaton runs on position lists instead of bits.
    @Test(arguments: patterns + ["a*a", "x{2,4}y?", "a{0,70}b", "ж+x", "€?😀ж"] as [String])
    func agreesWithICUOnGeneratedTexts(_ pattern: String) throws {
        let icu = try NSRegularExpression(pattern: "\\A(?:\(pattern))\\z")
        let simple = try #require(SimpleRegex(pattern))
        #expect((simple.bits == nil) == (simple.items.count >= 64))
        let alphabet = Array(Set(pattern.filter { $0 != "\\" })) + ["a", "x", "0", "-", ".", " ", "\n", "é", "Z", "€", "😀"]
        var generator = SplitMix(seed: UInt64(pattern.utf8.count))
        var matched = 0
        let count = 3_000
        for _ in 0..<count {
            let length = Int(generator.next() % 12)
            let text = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            let expected = icu.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            #expect(simple.matches(text[...].unicodeScalars) == expected, "\(pattern) on \(text.debugDescription)")
            // The byte path, which rules use, decodes non-ASCII scalars itself.
            #expect(simple.matches(text) == expected, "\(pattern) on \(text.debugDescription) (bytes)")
            if expected { matched += 1 }
        }
        // Only meaningful if some generated texts do not match (all patterns here reject most).
        #expect(matched < count)
    }

    @Test(arguments: [
        "a|b", "(ab)", ".*", "\\d{3}", "\\w+", "\\bword", "(?i)abc", "a*?", "a++", "a**", "[[a-z]]",
        "[a-z&&[^b]]", "[:alpha:]", "[-a]", "[a-c-e]", "[z-a]", "x{3,1}", "x{", "{2}", "*a", "a$b",
        "a^b", "[]a]", "[]", "[a", "a\\", "\\Qa\\E", "a#b", "a\nb", "[ ]", "[é]", "[\\d]",
    ])
    func othersAreLeftToICU(pattern: String) {
        #expect(SimpleRegex(pattern) == nil)
    }
}

/// A small deterministic generator, so that a failing text is reproducible.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
