import Foundation
import Testing
@testable import YAMLTree

/// `EventReader` hands libyaml an already-decoded buffer when `UTF8Scan` finds the input valid
/// and printable. These tests check the scan against a slow reference, and that libyaml gives
/// the very same events (kinds, marks, texts, styles, anchors, tags, errors) either way.
@Suite struct ReaderPreloadTests {
    // MARK: - UTF8Scan against a reference

    /// Decodes one scalar at a time with the standard library: at each offset, the width (1–4)
    /// whose bytes form exactly one valid scalar, or the end of the valid text.
    private static func reference(_ bytes: [UInt8]) -> (firstInvalid: Int?, printable: Bool, characters: Int) {
        var i = 0
        var printable = true
        var characters = 0
        while i < bytes.count {
            var scalar: Unicode.Scalar?
            var width = 0
            for w in 1...4 where i + w <= bytes.count {
                if let text = String(validating: bytes[i..<i + w], as: UTF8.self),
                    text.unicodeScalars.count == 1
                {
                    scalar = text.unicodeScalars.first
                    width = w
                    break
                }
            }
            guard let scalar else { return (i, printable, characters) }
            let v = scalar.value
            let allowed = v == 0x09 || v == 0x0A || v == 0x0D || (0x20...0x7E).contains(v) || v == 0x85
                || (0xA0...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || (0x10000...0x10FFFF).contains(v)
            if !allowed { printable = false }
            characters += 1
            i += width
        }
        return (nil, printable, characters)
    }

    private static func scan(_ bytes: [UInt8]) -> UTF8Scan { bytes.withUnsafeBufferPointer { UTF8Scan($0) } }

    private static func expectMatchesReference(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let scan = scan(bytes)
        let expected = reference(bytes)
        #expect(scan.firstInvalid == expected.firstInvalid, "\(bytes)", sourceLocation: sourceLocation)
        if expected.firstInvalid == nil {
            #expect(scan.isPrintable == expected.printable, "\(bytes)", sourceLocation: sourceLocation)
            #expect(scan.characters == expected.characters, "\(bytes)", sourceLocation: sourceLocation)
        }
    }

    @Test func invalidSequencesAreFoundWhereTheyStart() {
        #expect(Self.scan([0x61, 0xC0, 0xAF]).firstInvalid == 1)  // overlong
        #expect(Self.scan([0xED, 0xA0, 0x80]).firstInvalid == 0)  // surrogate
        #expect(Self.scan([0xF4, 0x90, 0x80, 0x80]).firstInvalid == 0)  // past U+10FFFF
        #expect(Self.scan(Array("abcdefghij".utf8) + [0xE9]).firstInvalid == 10)  // truncated, after words
        #expect(Self.scan(Array("abcdefgh".utf8) + [0x80] + Array("abcdefgh".utf8)).firstInvalid == 8)
        #expect(Self.scan(Array("é😀".utf8)).firstInvalid == nil)
        #expect(Self.scan(Array("é😀".utf8)).characters == 2)
    }

    /// Each character libyaml's reader refuses, and each edge it accepts, at every offset of a
    /// run long enough to go through the eight-byte path.
    @Test func printableSetAtEveryOffset() {
        let refused: [UInt32] = [0x00, 0x01, 0x08, 0x0B, 0x0C, 0x0E, 0x1F, 0x7F, 0x80, 0x84, 0x86, 0x9F, 0xFFFE, 0xFFFF]
        let accepted: [UInt32] = [0x09, 0x0A, 0x0D, 0x20, 0x7E, 0x85, 0xA0, 0xD7FF, 0xE000, 0xFEFF, 0xFFFD, 0x10000, 0x10FFFF]
        let filler = Array("une phrase assez longue pour des mots".utf8)
        for value in refused + accepted {
            let character = Array(String(Unicode.Scalar(value)!).utf8)
            for offset in 0...17 {
                let bytes = Array(filler.prefix(offset)) + character + filler
                let scan = Self.scan(bytes)
                #expect(scan.firstInvalid == nil)
                #expect(scan.isPrintable == accepted.contains(value), "U+\(String(value, radix: 16)) at \(offset)")
                #expect(scan.characters == offset + 1 + filler.count)
            }
        }
    }

    @Test func randomBytesMatchTheReference() {
        // Pieces that make valid, invalid and unprintable text in many mixes.
        let pieces: [[UInt8]] = [
            Array("clé: valeur\n".utf8), Array("  - item\r\n".utf8), Array("\t".utf8), Array("abcdefgh".utf8),
            Array("é".utf8), Array("€".utf8), Array("😀".utf8), [0x7F], [0x01], [0x0B], [0xC2, 0x85], [0xC2, 0x9F],
            [0xEF, 0xBF, 0xBE], [0xEF, 0xBB, 0xBF], [0xC3], [0x80], [0xF8], [0xED, 0xB0, 0x80], [0xE0, 0x80, 0x80],
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                bytes += pieces.randomElement(using: &generator)!
            }
            Self.expectMatchesReference(bytes)
        }
    }

    // MARK: - Same events with and without the preload

    /// Every event the reader gives, with everything the tree builder reads from it.
    private static func events(_ bytes: [UInt8], preload: Bool) -> (log: [String], preloaded: Bool) {
        bytes.withUnsafeBufferPointer { input in
            let reader = EventReader(input: input, preload: preload)
            var log: [String] = []
            while reader.advance() {
                let kind = reader.kind
                var line = "\(kind) \(reader.start) \(reader.end) flow=\(reader.isFlow)"
                line += " anchor=\(reader.anchor ?? "-") tag=\(reader.tag ?? "-")"
                if kind == .scalar { line += " \(reader.scalarStyle) \(reader.scalarText.debugDescription)" }
                if kind == .alias { line += " *\(reader.aliasName)" }
                log.append(line)
                if kind == .streamEnd { break }
            }
            if let error = reader.error {
                log.append("error \(error.problem) \(error.problemMark) \(error.context ?? "-") \(error.contextMark)")
            }
            return (log, reader.isPreloaded)
        }
    }

    /// Compares both paths on each input; returns how many took the preload.
    @discardableResult
    private static func expectSameEvents(_ inputs: [(name: String, bytes: [UInt8])]) -> Int {
        var preloaded = 0
        for input in inputs {
            let direct = events(input.bytes, preload: false)
            let fast = events(input.bytes, preload: true)
            #expect(!direct.preloaded)
            #expect(fast.log == direct.log, "\(input.name)")
            if fast.preloaded { preloaded += 1 }
        }
        return preloaded
    }

    @Test func edgeCasesGiveTheSameEvents() {
        let cases: [(String, String)] = [
            ("empty", ""), ("bom only", "\u{FEFF}"), ("bom", "\u{FEFF}clé: été\n"),
            ("no final newline", "a: 1\nb: [x, y]"), ("crlf", "a: 1\r\nb:\r\n  - été\r\n"),
            ("nel and line separator", "a: x\u{85}y\nb: \"p\u{2028}q\"\n"), ("bom inside", "a: x\u{FEFF}y\n"),
            ("tabs", "a:\t1\nb: \"\tx\"\n"), ("emoji columns", "😀😀: 1\né: [😀, x]\n"),
            ("anchors", "a: &x {k: v}\nb: *x\nc: !!str 3\n"), ("block scalars", "a: |\n  l1\n  l2\nb: >-\n  f1\n  f2\n"),
            ("syntax error", "a: [1, 2\nb: 3\n"), ("error after accents", "éé: ééé\n  - x\n"),
            ("tab indentation error", "a:\n\t- 1\n"), ("unprintable", "a: \u{7}\n"), ("c1 control", "a: \u{90}\n"),
            ("noncharacter", "a: \u{FFFE}\n"),
        ]
        let inputs = cases.map { (name: $0.0, bytes: Array($0.1.utf8)) }
        let preloaded = Self.expectSameEvents(inputs)
        // The last three contain characters the reader refuses: they take libyaml's own path.
        #expect(preloaded == inputs.count - 3)
    }

    @Test func inputsLargerThanLibyamlsBufferTakeItsOwnPath() {
        var text = ""
        while text.utf8.count < 60_000 { text += "clé\(text.utf8.count): une valeur accentuée\n" }
        let bytes = Array(text.utf8)
        #expect(Self.expectSameEvents([("large", bytes)]) == 0)
        #expect(Self.expectSameEvents([("just fits", Array(bytes.prefix(40_000)))]) == 1)
    }

    @Test func examplesGiveTheSameEvents() throws {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yml") }.sorted()
        #expect(names.count >= 5)
        let inputs = try names.map { (name: $0, bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent($0)))) }
        #expect(Self.expectSameEvents(inputs) == inputs.count)
    }

    static let sharedData: String? = {
        guard let shared = ProcessInfo.processInfo.environment["CONFORME_SHARED_DATA"], !shared.isEmpty else {
            print("SKIP: CONFORME_SHARED_DATA is not set; the preload is not compared on the YAML test suite.")
            return nil
        }
        return shared
    }()

    /// The YAML test suite's inputs (402 cases, valid and invalid) and the beta.gouv.fr product
    /// files (French text, front matter followed by Markdown, so many libyaml errors).
    @Test(.enabled(if: sharedData != nil, "needs CONFORME_SHARED_DATA"))
    func sharedDataGivesTheSameEvents() throws {
        let shared = try #require(Self.sharedData)
        let fm = FileManager.default
        var inputs: [(name: String, bytes: [UInt8])] = []
        let suite = shared + "/yaml-test-suite"
        for id in try fm.contentsOfDirectory(atPath: suite).sorted() {
            if let data = fm.contents(atPath: suite + "/" + id + "/in.yaml") { inputs.append((id, [UInt8](data))) }
        }
        #expect(inputs.count > 350)
        let products = shared + "/beta-gouv/startups"
        for name in try fm.contentsOfDirectory(atPath: products).sorted() {
            if let data = fm.contents(atPath: products + "/" + name) { inputs.append((name, [UInt8](data))) }
        }
        #expect(inputs.count > 1000)
        let preloaded = Self.expectSameEvents(inputs)
        print("Reader preload: \(preloaded) of \(inputs.count) shared inputs preloaded, all with the same events.")
        #expect(preloaded > inputs.count * 9 / 10)
    }
}
