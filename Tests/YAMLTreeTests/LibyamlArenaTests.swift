import Testing
@testable import YAMLTree

/// libyaml allocates through `yaml_malloc` and its siblings, which conforme defines: these
/// tests check that the library's calls do reach them, and that the arena behind them keeps
/// every block alive as long as a reader on the thread may use it.
@Suite struct LibyamlArenaTests {
    /// Every event of `text`, read to the end.
    private static func eventCount(_ text: String, preload: Bool = true) -> (events: Int, scalars: Int) {
        Array(text.utf8).withUnsafeBufferPointer { input in
            let reader = EventReader(input: input, preload: preload)
            var events = 0
            var scalars = 0
            while reader.advance() {
                events += 1
                if reader.kind == .scalar { scalars += 1 }
                if reader.kind == .streamEnd { break }
            }
            return (events, scalars)
        }
    }

    @Test func libyamlAllocatesFromTheArena() {
        let before = LibyamlArena.blocksServedOnThisThread
        #expect(Self.eventCount("a: 1\nb: [x, y]\nc: {d: e}\n").scalars == 8)
        // The parser's buffers, its stacks, and the tokens' strings: dozens of blocks.
        #expect(LibyamlArena.blocksServedOnThisThread - before > 20)
    }

    /// Readers made while another is alive on the same thread: the arena is emptied only when
    /// the last goes. Were it emptied with the first inner one, the second would lay its
    /// blocks over the outer reader's, its current scalar among them.
    @Test func innerReadersDoNotEmptyTheArenaUnderAnOuterOne() {
        let outer = Array("a: 1\nb: deux\nc: [3, 4]\n".utf8)
        outer.withUnsafeBufferPointer { input in
            let reader = EventReader(input: input)
            var texts: [String] = []
            while texts.count < 4, reader.advance() {
                if reader.kind == .scalar { texts.append(reader.scalarText) }
            }
            #expect(texts == ["a", "1", "b", "deux"])
            for _ in 0..<2 {
                #expect(Self.eventCount("x: [1, 2, 3]\ny: {z: w}\nlong: \(String(repeating: "mot ", count: 50))\n").scalars == 9)
            }
            #expect(reader.scalarText == "deux")
            while reader.advance(), reader.kind != .streamEnd {
                if reader.kind == .scalar { texts.append(reader.scalarText) }
            }
            #expect(texts == ["a", "1", "b", "deux", "c", "3", "4"])
        }
    }

    /// A document that needs more than the arena gives one document goes on with malloc.
    @Test func aDocumentPastTheArenaBudgetStillParses() {
        var text = ""
        for i in 0..<60_000 { text += "- [\(i), texte numéro \(i) assez long pour grandir]\n" }
        let before = LibyamlArena.blocksServedOnThisThread
        let counted = Self.eventCount(text, preload: false)
        #expect(counted.scalars == 120_000)
        let served = LibyamlArena.blocksServedOnThisThread - before
        // Each block takes at least a 16-byte header and 16 bytes: the budget caps how many.
        #expect(served <= LibyamlArena.maxBytes / 32)
        #expect(served > 10_000)
    }
}
