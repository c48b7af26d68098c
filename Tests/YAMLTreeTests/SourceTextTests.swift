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
}
