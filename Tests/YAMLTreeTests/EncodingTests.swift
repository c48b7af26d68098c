import Testing
@testable import YAMLTree

@Suite struct EncodingTests {
    @Test func invalidUTF8InAValueIsLocated() {
        let bytes = Array("a: 1\nnom: caf".utf8) + [0xE9] + Array("\n".utf8)
        let doc = YAMLParser.parse(bytes)
        #expect(codes(doc) == [.encoding])
        #expect(span(doc.problems[0].range) == "2:9-2:10")
        #expect(doc.problems[0].message.fr.contains("0xE9"))
    }

    @Test func invalidUTF8InAKey() {
        let doc = YAMLParser.parse(Array("ann".utf8) + [0xC3, 0x28] + Array(": 1\n".utf8))
        #expect(codes(doc) == [.encoding])
        #expect(doc.problems[0].range.start.column == 4)
    }

    @Test func overlongAndSurrogateSequencesAreRefused() {
        #expect(codes(YAMLParser.parse([0x61, 0x3A, 0x20, 0xC0, 0xAF])) == [.encoding])
        #expect(codes(YAMLParser.parse([0x61, 0x3A, 0x20, 0xED, 0xA0, 0x80])) == [.encoding])
        #expect(codes(YAMLParser.parse(Array("a: é😀".utf8))).isEmpty)
    }

    @Test func nulByte() {
        let doc = YAMLParser.parse(Array("a: 1\nb: x".utf8) + [0] + Array("y\n".utf8))
        #expect(codes(doc) == [.encoding])
        #expect(doc.problems[0].message.fr.contains("octet nul"))
        #expect(span(doc.problems[0].range) == "2:5-2:6")
    }

    @Test func binaryFile() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48]
        let doc = YAMLParser.parse(png)
        #expect(codes(doc) == [.encoding])
        #expect(doc.problems[0].message.fr.contains("binaire"))
    }

    @Test func utf16WithBOM() {
        let doc = YAMLParser.parse([0xFF, 0xFE, 0x61, 0x00, 0x3A, 0x00])
        #expect(codes(doc) == [.encoding])
        #expect(doc.problems[0].message.fr.contains("UTF-16"))
    }

    @Test func aUTF8BOMIsAcceptedAndNotCounted() {
        let doc = YAMLParser.parse([0xEF, 0xBB, 0xBF] + Array("a: 1\nb: [x\n".utf8))
        #expect(codes(doc) == [.syntax])
        #expect(node(doc, "a").map { span($0.range) } == "1:4-1:5")
        let clean = YAMLParser.parse([0xEF, 0xBB, 0xBF] + Array("nom: été\n".utf8))
        #expect(clean.problems.isEmpty)
        #expect(node(clean, "nom").map { span($0.range) } == "1:6-1:9")
    }

    @Test func crlfLineEndingsAreAcceptedWithTheRightColumns() {
        let doc = YAMLParser.parse("a: 1\r\nnom: \"été\r\n  x\"\r\nb: [1, 2]#c\r\n")
        #expect(codes(doc) == [.syntax])
        #expect(span(doc.problems[0].range) == "4:10-4:11")
        #expect(node(doc, "nom").map { span($0.range) } == "2:6-3:5")
    }
}
