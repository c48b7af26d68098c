import Testing
@testable import YAMLTree

@Suite struct RangeTests {
    @Test func blockScalarsHaveStartAndEnd() {
        let doc = YAMLParser.parse("projet:\n  nom: Déclic\n  phase: construction\n")
        #expect(doc.problems.isEmpty)
        #expect(span(node(doc, "projet.nom")!.range) == "2:8-2:14")
        #expect(span(node(doc, "projet.phase")!.range) == "3:10-3:22")
        let key = node(doc, "projet")!.pair(forKey: "phase")!.key
        #expect(span(key.range) == "3:3-3:8")
        // A block mapping ends with its last value, not at the end of the file.
        #expect(span(node(doc, "projet")!.range) == "2:3-3:22")
    }

    @Test func columnsCountUnicodeScalarsAndOffsetsCountBytes() {
        let doc = YAMLParser.parse("nom: Société é😀\nsigle: X\n")
        let nom = node(doc, "nom")!
        #expect(span(nom.range) == "1:6-1:16")
        #expect(nom.range.start.offset == 5)
        // "Société é😀" is 10 scalars and 16 bytes (é ×3 at 2 bytes, 😀 at 4).
        #expect(nom.range.end.offset == 5 + 16)
        let sigle = node(doc, "sigle")!
        #expect(span(sigle.range) == "2:8-2:9")
        #expect(sigle.range.start.offset == 22 + 7)
    }

    @Test func flowCollectionsEndAtTheirClosingBracket() {
        let doc = YAMLParser.parse("liste: [a, 'é', {b: 1}]\n")
        #expect(span(node(doc, "liste")!.range) == "1:8-1:24")
        #expect(span(node(doc, "liste[1]")!.range) == "1:12-1:15")
        #expect(span(node(doc, "liste[2]")!.range) == "1:17-1:23")
        #expect(span(node(doc, "liste[2].b")!.range) == "1:21-1:22")
    }

    @Test func multiLineScalars() {
        let yaml = """
            texte: >-
              première ligne
              seconde ligne
            plain: un texte
              sur deux lignes
            quoted: "a
              b"
            fin: 1

            """
        let doc = YAMLParser.parse(yaml)
        #expect(doc.problems.isEmpty)
        let texte = node(doc, "texte")!
        #expect(texte.scalar?.text == "première ligne seconde ligne")
        // The block scalar ends on its last character, not on the next key's line.
        #expect(span(texte.range) == "1:8-3:16")
        #expect(span(node(doc, "plain")!.range) == "4:8-5:18")
        #expect(node(doc, "plain")!.scalar?.text == "un texte sur deux lignes")
        #expect(span(node(doc, "quoted")!.range) == "6:9-7:5")
    }

    @Test func frontMatterKeepsTheWholeFilesLineNumbers() {
        let md = "---\ntitre: Déclic\nphase: construction\n---\n\n# Déclic\n\ntexte: pas du YAML\n"
        let doc = YAMLParser.parse(md, kind: .markdownFrontMatter)
        #expect(doc.problems.isEmpty)
        let phase = node(doc, "phase")!
        #expect(span(phase.range) == "3:8-3:20")
        #expect(phase.range.start.offset == 4 + 15 + 7)
        #expect(doc.root?["texte"] == nil)
    }

    @Test func crlfLineEndingsKeepColumnsRight() {
        let doc = YAMLParser.parse("a: 1\r\nnom: été\r\nb: x\r\n")
        #expect(doc.problems.isEmpty)
        #expect(span(node(doc, "nom")!.range) == "2:6-2:9")
        #expect(node(doc, "nom")!.range.start.offset == 11)
        #expect(span(node(doc, "b")!.range) == "3:4-3:5")
    }

    @Test func utf8ByteOrderMarkIsAcceptedAndNotAColumn() {
        let doc = YAMLParser.parse([0xEF, 0xBB, 0xBF] + Array("a: 1\nb: 2\n".utf8))
        #expect(doc.problems.isEmpty)
        #expect(span(node(doc, "a")!.range) == "1:4-1:5")
        #expect(node(doc, "a")!.range.start.offset == 6)
    }

    @Test func aliasesPointAtTheAliasAndCarryTheAnchoredValue() {
        let doc = YAMLParser.parse("a: &x {b: 1}\nc: *x\n")
        #expect(doc.problems.isEmpty)
        #expect(span(node(doc, "c")!.range) == "2:4-2:6")
        #expect(node(doc, "c.b")?.scalar?.value == .int(1))
    }
}
