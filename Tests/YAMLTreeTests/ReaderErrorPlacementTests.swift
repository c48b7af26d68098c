import Testing

@testable import YAMLTree

/// libyaml's reader (invalid bytes, control characters) reports where it stopped as a byte
/// offset, not as a mark: every such problem must still be placed where it is, not at 1:1.
@Suite struct ReaderErrorPlacementTests {
    private static let fiftyOneLines = (1...51).map { "cle\($0): valeur \($0)\n" }.joined()

    @Test func anEscapeOnLine52IsReportedThere() {
        let doc = YAMLParser.parse(Self.fiftyOneLines + "nom: a\u{1B}[31mb\n")
        let problem = doc.problems.first
        #expect(problem.map { "\($0.range.start.line):\($0.range.start.column)" } == "52:7")
    }

    @Test func aControlCharacterAfterAccentsCountsColumnsInCharacters() {
        let doc = YAMLParser.parse("a: 1\nnom: été\u{07}\n")
        #expect(doc.problems.first.map { "\($0.range.start.line):\($0.range.start.column)" } == "2:9")
    }

    @Test func aReaderErrorAfterABOMIsPlacedOnItsLine() {
        let doc = YAMLParser.parse([0xEF, 0xBB, 0xBF] + Array("a: 1\nb: x\u{08}\n".utf8))
        #expect(doc.problems.first.map { "\($0.range.start.line):\($0.range.start.column)" } == "2:5")
    }

    @Test func aReaderErrorInAFrontMatterIsPlacedInTheFile() {
        let doc = YAMLParser.parse(Array("---\na: 1\nb: x\u{1B}\n---\n# Titre\n".utf8), kind: .markdownFrontMatter)
        #expect(doc.problems.first.map { "\($0.range.start.line):\($0.range.start.column)" } == "3:5")
    }
}
