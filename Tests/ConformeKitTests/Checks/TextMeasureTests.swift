import Testing

@testable import ConformeKit

@Suite struct TextMeasureTests {
    @Test(arguments: ["", "abc", "Déclic", "a\r\nb", "e\u{301}", "👩‍👩‍👧", "x\ty", "\u{85}", "  "])
    func characterCountIsSwiftsCount(text: String) {
        #expect(TextMeasure.characterCount(text) == text.count)
    }

    @Test(arguments: ["", " ", "\t\n", "\u{A0}", "\u{2003} ", " a", "é", "\u{200B}", "\r\n"])
    func blankIsTrimmedEmptiness(text: String) {
        #expect(TextMeasure.isBlank(text) == text.trimmingWhitespace().isEmpty)
    }
}
