import Foundation

/// The hostile manifests of the project's own tests (YAMLTreeTests' LimitTests and
/// EncodingTests, conformeTests' HostileInputTests, the fuzz regressions), rebuilt here so the
/// API is held to the CLI on each of them.
enum HostileInputs {
    static var all: [(name: String, bytes: [UInt8])] {
        var laughs = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 {
            laughs += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        var keys = ""
        keys.reserveCapacity(1_000_000)
        for i in 0..<100_000 { keys += "k" + String(100_000 + i).dropFirst() + ": 1\n" }
        var nestedMaps = ""
        for depth in 0..<200 { nestedMaps += String(repeating: " ", count: depth) + "k:\n" }
        var inputs: [(String, [UInt8])] = [
            ("billion-laughs", Array(laughs.utf8)),
            ("nested-brackets", Array(("a: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + "\n").utf8)),
            ("nested-block-maps", Array(nestedMaps.utf8)),
            ("hundred-thousand-keys", Array(keys.utf8)),
            ("long-scalar", Array(("a: " + String(repeating: "x", count: 70_000) + "\n").utf8)),
            ("long-list", Array(("mission:\n  livrables:\n" + String(repeating: "    - x\n", count: 1_500)).utf8)),
            ("invalid-utf8-value", Array("promotion: 7\ntitre: caf".utf8) + [0xC3, 0x28] + Array("\n".utf8)),
            ("invalid-utf8-key", [0xFF, 0xFE, 0x3A, 0x20, 0x31, 0x0A]),
            ("overlong-utf8", Array("a: ".utf8) + [0xC0, 0xAF, 0xED, 0xA0, 0x80] + [0x0A]),
            ("nul-byte", Array("a: b\0c\n".utf8)),
            ("binary", (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37) }),
            ("utf16-bom", [0xFF, 0xFE, 0x61, 0x00, 0x3A, 0x00, 0x20, 0x00, 0x31, 0x00]),
            ("utf8-bom-crlf", [0xEF, 0xBB, 0xBF] + Array("promotion: 7\r\ntype: lancement\r\n".utf8)),
            ("terminal-escapes", Array("titre: \"\u{1B}[31mrouge\u{1B}[0m\"\npromotion: 7\n".utf8)),
            ("html-in-values", Array("titre: \"<script>alert(1)</script>\"\n<b>cle</b>: '\"&amp;'\n".utf8)),
            ("duplicate-keys", Array("promotion: 7\npromotion: 6\n".utf8)),
            ("tabs", Array("a:\n\tb: 1\n".utf8)),
            ("unclosed-quote", Array("titre: \"pas fini\n".utf8)),
            ("empty", []),
            ("only-comments", Array("# rien\n".utf8)),
            ("scalar-document", Array("juste une phrase\n".utf8)),
            ("multiple-documents", Array("a: 1\n---\nb: 2\n".utf8)),
        ]
        let fuzz = Web.repository.appendingPathComponent("Tests/YAMLTreeTests/Fuzz")
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: fuzz.path)) ?? []).sorted() {
            if let data = try? Data(contentsOf: fuzz.appendingPathComponent(name)) { inputs.append(("fuzz/" + name, Array(data))) }
        }
        return inputs
    }
}
