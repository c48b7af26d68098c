import Foundation
import Testing
@testable import YAMLTree

/// Inputs that made the YAML fuzz target (Fuzz/yaml) fail, kept in `Fuzz/` next to this file.
/// Each is parsed as the target does (its first byte picks the variant) and must give ranges
/// inside the input, in order, each with a source line to show.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fuzz").path

    static let inputs: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()

    @Test(arguments: inputs)
    func fuzzInputGivesSaneRanges(_ name: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.folder + "/" + name))
        let data = [UInt8](bytes)
        let selector = data.first ?? 0
        let limits = selector & 2 == 0
            ? ParseLimits.default
            : ParseLimits(maxFileSize: 4_096, maxDepth: 4, maxNodes: 40, maxScalarLength: 16)
        let document = YAMLParser.parse(
            data, kind: selector & 1 == 0 ? .yaml : .markdownFrontMatter, limits: limits,
            requireMapping: selector & 4 == 0)
        var ranges = document.problems.flatMap { [$0.range] + $0.notes.map(\.range) }
        var stack: [Node] = document.root.map { [$0] } ?? []
        while let node = stack.popLast() {
            ranges.append(node.range)
            if let items = node.items { stack += items }
            if let pairs = node.pairs { for pair in pairs { stack += [pair.key, pair.value] } }
        }
        for range in ranges {
            #expect(range.start.offset <= range.end.offset, "\(span(range))")
            #expect(range.end.offset <= data.count)
            #expect(range.end.line <= document.source.lineCount)
            #expect(document.source.line(range.start.line) != nil)
        }
    }

    /// The first one found: libyaml ends a stream without a final line break at column 0 of the
    /// line after the last; that mark was clamped to the start of the last line, so an unclosed
    /// flow mapping ended before it started (4:4-4:1) and the error pointed at 4:1.
    @Test func streamEndWithoutFinalNewlineIsTheEndOfTheInput() {
        let doc = YAMLParser.parse("a: [b,\n  c: d")
        #expect(codes(doc) == [.syntax])
        #expect(span(doc.problems[0].range) == "2:7-2:7")
        #expect(node(doc, "a[1]").map { span($0.range) } == "2:3-2:7")
    }
}
