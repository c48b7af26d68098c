import Testing
@testable import YAMLTree

/// Hostile inputs end with a `yaml.limite` problem that names the limit, and the parse stops where
/// the limit is crossed — near the start of the file — instead of reading the rest.
@Suite struct LimitTests {
    @Test func fileSizeIsCheckedBeforeParsing() {
        let five = [UInt8](repeating: UInt8(ascii: "a"), count: 5_000_000)
        let doc = YAMLParser.parse(five)
        #expect(codes(doc) == [.limit])
        #expect(doc.problems[0].message.fr.contains("1 Mio"))
        #expect(doc.problems[0].message.fr.contains("--max-file-size"))
        #expect(codes(YAMLParser.parse("a: 1\n", limits: ParseLimits(maxFileSize: 3))) == [.limit])
    }

    @Test func twentyThousandNestedBracketsStopAtTheDepthLimit() {
        let text = "a: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)
        let doc = YAMLParser.parse(text)
        #expect(codes(doc) == [.limit])
        #expect(doc.problems[0].message.fr.contains("64 niveaux"))
        // The root mapping is depth 1, so the 64th bracket is the first one too deep.
        #expect(doc.problems[0].range.start.column == 3 + 64)
    }

    @Test func nestedBlockMapsStopAtTheDepthLimit() {
        // 1 000 levels indented one space each: 500 KB, within the size limit.
        var text = ""
        for level in 0..<1_000 { text += String(repeating: " ", count: level) + "k:\n" }
        let doc = YAMLParser.parse(text)
        #expect(codes(doc) == [.limit])
        // The mapping on line n is at depth n: line 65 is the first one too deep.
        #expect(doc.problems[0].range.start.line == 65)
    }

    @Test func twentyThousandNestedBlockCollectionsStopAtTheDepthLimit() {
        // Block sequences nest on one line; 20 000 block maps would need 200 MB of indentation,
        // which the size limit refuses before parsing (see fileSizeIsCheckedBeforeParsing).
        let text = "a:\n" + String(repeating: "- ", count: 20_000) + "x\n"
        let doc = YAMLParser.parse(text)
        #expect(codes(doc) == [.limit])
        #expect(doc.problems[0].range.start.line == 2)
    }

    @Test func depthLimitIsConfigurable() {
        #expect(codes(YAMLParser.parse("a: {b: {c: 1}}\n", limits: ParseLimits(maxDepth: 2))) == [.limit])
        #expect(YAMLParser.parse("a: {b: {c: 1}}\n", limits: ParseLimits(maxDepth: 3)).problems.isEmpty)
    }

    @Test func billionLaughsStopsAtTheNodeCap() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 {
            let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
            text += "a\(i): &a\(i) [\(refs)]\n"
        }
        let doc = YAMLParser.parse(text)
        #expect(codes(doc) == [.limit])
        #expect(doc.problems[0].message.fr.contains("10000 nœuds"))
        #expect(doc.problems[0].message.fr.contains("bombe d'alias"))
        // Stopped within the fourth level (10^4 nodes), long before the ninth.
        #expect(doc.problems[0].range.start.line == 4)
    }

    @Test func longScalar() {
        let text = "a: " + String(repeating: "x", count: 300_000) + "\n"
        let doc = YAMLParser.parse(text)
        #expect(codes(doc) == [.limit])
        #expect(doc.problems[0].message.fr.contains("64 Kio"))
        #expect(doc.problems[0].range.start.line == 1)
    }

    @Test func aHundredThousandKeysStopAtTheNodeCap() {
        var text = ""
        for i in 0..<100_000 { text += "k\(i): 1\n" }
        let doc = YAMLParser.parse(text)
        #expect(codes(doc) == [.limit])
        #expect(doc.problems[0].message.fr.contains("--max-nodes"))
        // Two nodes a line: the 10 001st node is the value on line 5 000 (after the root); the rest is never read.
        #expect(doc.problems[0].range.start.line == 5_000)
        #expect(doc.problems[0].message.fr.contains("plus de 10000 nœuds"))
        #expect(YAMLParser.parse(text, limits: ParseLimits(maxFileSize: 2 << 20, maxNodes: 200_001)).problems.isEmpty)
    }

    /// 20 000 nested block maps need 200 MB of indentation (one more space a level), which the
    /// size limit refuses before parsing; below it, the depth limit stops at level 65.
    @Test func twentyThousandNestedBlockMapsAreRefusedBySizeFirst() {
        var head = ""
        for level in 0..<2_000 { head += String(repeating: " ", count: level) + "k:\n" }
        #expect(head.utf8.count > ParseLimits.default.maxFileSize)
        #expect(codes(YAMLParser.parse(head)) == [.limit])
        #expect(YAMLParser.parse(head).problems[0].message.fr.contains("--max-file-size"))
        let raised = YAMLParser.parse(head, limits: ParseLimits(maxFileSize: 4 << 20))
        #expect(raised.problems[0].message.fr.contains("--max-depth"))
        #expect(raised.problems[0].range.start.line == 65)
    }

    @Test func aManifestOfOrdinarySizeIsWellWithinEveryLimit() {
        var text = ""
        for i in 0..<2_000 { text += "cle\(i): valeur \(i)\n" }
        #expect(YAMLParser.parse(text).problems.isEmpty)
    }
}
