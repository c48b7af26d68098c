import Testing

@testable import ConformeKit

@Suite struct TextMeasureTests {
    @Test(arguments: ["", "abc", "Déclic", "a\r\nb", "e\u{301}", "👩‍👩‍👧", "x\ty", "\u{85}", "  "])
    func characterCountIsSwiftsCount(text: String) {
        #expect(TextMeasure.characterCount(text) == text.count)
    }

    @Test(arguments: [
        "Aujourd’hui… « Déclic » coûte 5 € – œuvre", "e\u{301}\u{2019}", "\u{2019}\u{301}", "a\u{200D}b",
        "\u{2028}x", "ǅ\u{2FF}\u{300}", "a\r\n\u{2026}", "\u{203F}\u{2040}", "\u{20AC}\u{20AD}",
    ])
    func frenchPunctuationIsCountedOnBytesLikeSwift(text: String) {
        #expect(TextMeasure.characterCount(text) == text.count)
    }

    /// Generated texts mixing what the byte path counts with what it must leave to Swift.
    @Test func generatedTextsAreCountedLikeSwift() {
        let pieces: [String] = ["a", " ", "é", "œ", "«", "’", "–", "…", "€", "\u{2FF}", "\u{300}", "\u{301}", "\r", "\n",
                                "\u{200D}", "\u{2028}", "\u{203F}", "\u{2040}", "👩", "\u{1F3FD}", "🇫", "🇷", "각", "\u{1161}"]
        var state: UInt64 = 42
        for _ in 0..<5_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var seed = state
            for _ in 0..<Int(seed % 9) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1
                text += pieces[Int((seed >> 33) % UInt64(pieces.count))]
            }
            #expect(TextMeasure.characterCount(text) == text.count, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test(arguments: ["", " ", "\t\n", "\u{A0}", "\u{2003} ", " a", "é", "\u{200B}", "\r\n"])
    func blankIsTrimmedEmptiness(text: String) {
        #expect(TextMeasure.isBlank(text) == text.trimmingWhitespace().isEmpty)
    }
}
