import Testing
@testable import YAMLTree

@Suite struct SourceTextTests {
    @Test func positionsCountUnicodeScalars() {
        let text = SourceText("a: é😀x\nb: 1\r\nc: 2")
        #expect(text.lineCount == 3)
        let x = text.position(line: 0, column: 5)
        #expect(x.line == 1 && x.column == 6)
        #expect(x.offset == 3 + 2 + 4)
        #expect(text.line(2) == "b: 1")
        #expect(text.position(line: 2, column: 0).offset == 17)
        #expect(text.position(offset: 9) == x)
    }

    /// ASCII lines take a shortcut (column = byte count): it must agree with a scalar walk,
    /// past the end of the line and on every kind of line break too.
    @Test func asciiShortcutAgreesWithAWalk() {
        let texts = ["a: 1\nbé: 2\r\nc: 3\rd: x\n\ne", "x\r\n\r\ny", "", "é\n", "abc", "a\n\u{FEFF}b\n", "\u{FEFF}ab\nc"]
        for string in texts {
            let text = SourceText(string)
            let bytes = Array(string.utf8)
            for line in 0...text.lineCount {
                for column in 0...6 {
                    let position = text.position(line: line, column: column)
                    #expect(position == expectedPosition(bytes, text, line: line, column: column), "\(string) \(line):\(column)")
                    #expect(text.position(line: line, column: column, after: .start) == position)
                    #expect(text.position(offset: position.offset) == position)
                }
            }
        }
    }

    /// Long non-ASCII lines walk eight bytes at a time: every column of random lines of
    /// accents, emoji, ASCII and line breaks must agree with the scalar-by-scalar reference,
    /// from the line start and from an earlier position on the line.
    @Test func longLinesWalkLikeTheReference() {
        let pieces = ["a", "bcdefgh", "é", "ç", "€", "😀", " ", "\n", "\r\n", "«", "\u{FEFF}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var string = ""
            for _ in 0..<Int.random(in: 0...60, using: &generator) { string += pieces.randomElement(using: &generator)! }
            let text = SourceText(string)
            let bytes = Array(string.utf8)
            for line in 0..<text.lineCount {
                var previous = text.position(line: line, column: 0)
                for column in 0...70 {
                    let expected = expectedPosition(bytes, text, line: line, column: column)
                    #expect(text.position(line: line, column: column) == expected, "\(string.debugDescription) \(line):\(column)")
                    #expect(text.position(line: line, column: column, after: previous) == expected)
                    if column % 7 == 0 { previous = expected }
                }
            }
        }
    }

    private func expectedPosition(_ bytes: [UInt8], _ text: SourceText, line: Int, column: Int) -> SourcePosition {
        guard line < text.lineCount else { return text.position(offset: bytes.count) }
        var offset = text.lineStarts[line] + (line == 0 ? text.bomLength : 0)
        var taken = 0
        while taken < column, offset < bytes.count, bytes[offset] != 0x0A, bytes[offset] != 0x0D {
            offset += SourceText.scalarWidth(leadByte: bytes[offset])
            taken += 1
        }
        return SourcePosition(line: line + 1, column: taken + 1, offset: offset)
    }
}
