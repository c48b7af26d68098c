import Testing
@testable import YAMLTree

/// The arena a document's nodes live in (`NodeTree`): built by appending, grown when a file
/// holds more nodes than its size suggested, shared by aliases, read in place.
@Suite struct NodeTreeTests {
    /// Two bytes a node: far more nodes than the builder reserves for a file of this size, so
    /// its buffers grow several times while the parse goes on.
    @Test func aDenseListOutgrowsTheFirstBuffers() throws {
        let count = 4_000
        let text = "l: [" + (0..<count).map { "\($0 % 10)" }.joined(separator: ",") + "]\n"
        let document = YAMLParser.parse(text)
        #expect(document.problems.isEmpty)
        let items = try #require(document.root?["l"]?.items)
        #expect(items.count == count)
        #expect(items.map { $0.scalar?.text ?? "" } == (0..<count).map { "\($0 % 10)" })
        // Positions survive the moves: the last item is where it was written.
        let last = items[count - 1]
        #expect(last.range.start.offset == text.utf8.count - 3)
        #expect(document.largestCollection == count)
    }

    @Test func manyKeysAreFoundAfterTheBuffersGrow() throws {
        let text = (0..<2_000).map { "k\($0): \($0)" }.joined(separator: "\n") + "\n"
        let root = try #require(YAMLParser.parse(text).root)
        for i in stride(from: 0, to: 2_000, by: 97) {
            #expect(root["k\(i)"]?.scalar?.value == .int(i))
        }
        #expect(root["k2000"] == nil)
    }

    /// An alias is a record of its own (its position) that shares its anchor's children; as a
    /// key it is found like any key.
    @Test func aliasesShareTheirAnchorsChildren() throws {
        let document = YAMLParser.parse("base: &b {x: 1, y: [a, b]}\ncopie: *b\n&k clef: 2\nautre: {*k : 3}\n")
        let root = try #require(document.root)
        let copy = try #require(root["copie"])
        #expect(copy["x"]?.scalar?.value == .int(1))
        #expect(copy["y"]?.items?.map { $0.scalar?.text } == ["a", "b"])
        #expect(copy.range.start.line == 2)
        #expect(root["autre"]?["clef"]?.scalar?.value == .int(3))
    }

    /// A node made on its own (the engine's `today`) is a tree of one node.
    @Test func aScalarOnItsOwn() {
        let node = Node(scalar: Scalar(text: "2024-06-01", value: .string("2024-06-01"), style: .plain), range: SourceRange(at: .start))
        #expect(node.scalar?.text == "2024-06-01")
        #expect(node["2024-06-01"] == nil)
        #expect(node.items == nil && node.pairs == nil && !node.isNull)
    }

    /// `NodeRef` reads the same tree as `Node`, without holding it.
    @Test func aNodeRefReadsWhatItsNodeReads() throws {
        let document = YAMLParser.parse("m: {a: [1, ~], b: texte}\n")
        let root = try #require(document.root)
        let ref = NodeRef(root)
        let m = ref.value(try #require(ref.position(ofKey: "m")))
        #expect(m.isMapping && m.count == 2)
        #expect(m.key(1).scalarText == "b" && m.value(1).scalarText == "texte")
        let a = m.value(try #require(m.position(ofKey: "a")))
        #expect(a.isSequence && a.count == 2 && a.item(1).isNull)
        #expect(a.item(0).node.scalar?.value == .int(1))
        #expect(a.range == root["m"]?["a"]?.range)
        #expect(m.position(ofKey: "absent") == nil)
    }
}
