import Testing
import YAMLTree

@testable import ConformeKit

/// What a project lead types comes back intact from the written manifest: apostrophes, ` #`,
/// `: `, leading zeros, `oui`/`non`, several lines, emoji, right-to-left text. Property-style:
/// strings made from awkward pieces by a seeded generator, so a failure replays.
struct AwkwardValueTests {
    static let pieces = [
        "'", "''", "\"", " #", "#", ": ", ":", "- ", "-", "? ", "?", ",", "[", "]", "{", "}", "&a", "*a",
        "!", "!!str", "%", "@", "`", "|", ">", "---", "...", "\\", "\\n", "007", "0123", "0x1F", "0o17",
        "1e3", "+1", "-2", ".5", ".inf", ".nan", "~", "null", "Null", "true", "False", "yes", "no", "on",
        "off", "oui", "non", "Oui", "NON", "y", "n", " ", "  ", "\t", "\n", "\n\n", "\r\n", "é", "Œuvre",
        "d'accès", "l'État", "😀", "👩‍👩‍👧", "🇫🇷", "مرحبا", "שלום", "\u{202E}", "\u{200F}", "\u{2066}",
        "\u{85}", "\u{2028}", "\u{A0}", "\u{FEFF}", "\u{1}", "\u{7F}", "\u{9F}", "x", "Logement d'abord",
        "https://a.fr/#x", "a: b", "k:", "#!", "  # fin", "À COMPLÉTER",
    ]

    /// A small deterministic generator (SplitMix64): no dependency, same strings every run.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func string() -> String {
            let count = Int(next() % 6) + 1
            return (0..<count).map { _ in AwkwardValueTests.pieces[Int(next() % UInt64(AwkwardValueTests.pieces.count))] }.joined()
        }
    }

    static func samples(_ count: Int, seed: UInt64) -> [String] {
        var generator = Generator(state: seed)
        return pieces + (0..<count).map { _ in generator.string() }
    }

    /// The value at `path` of a manifest as conforme reads it, and the YAML problems it has.
    static func read(_ yaml: String, _ path: [String]) -> (value: ScalarValue?, problems: [String]) {
        let document = YAMLParser.parse(yaml)
        var node = document.root
        for key in path { node = node?[key] }
        return (node?.scalar?.value, document.problems.map(\.message.fr))
    }

    @Test func typedValuesComeBackAsTyped() throws {
        let form = try GuidedFormTests.form(7)
        for text in Self.samples(200, seed: 18) {
            for (path, keys) in [("projet.nom", ["projet", "nom"]), ("projet.probleme", ["projet", "probleme"]), ("administration.sigle", ["administration", "sigle"])] {
                var state = FormState()
                state.values[path] = text
                let yaml = form.manifestYAML(state)
                let (value, problems) = Self.read(yaml, keys)
                let typed = String(text.trimmingWhitespace())
                #expect(problems.isEmpty, "\(path) = \(text.debugDescription): \(problems)\n\(yaml)")
                #expect(value == (typed.isEmpty ? nil : .string(typed)), "\(path) = \(text.debugDescription)\n\(yaml)")
            }
        }
    }

    /// Loaded exactly (surrounding blanks and all), written back exactly, through the page's
    /// hidden fields too.
    @Test func loadedValuesComeBackExactly() throws {
        let form = try GuidedFormTests.form(7)
        for text in Self.samples(200, seed: 7) {
            let tree = ManifestTree.map([
                .init(key: "promotion", value: .scalar(text: "7", value: .int(7))),
                .init(key: "projet", value: .map([.init(key: "nom", value: .text(text))])),
                .init(key: "inconnu", value: .map([.init(key: text, value: .list([.text(text)]))])),
            ])
            let original = ManifestYAMLWriting.document(tree, header: [], comments: [:])
            #expect(Self.read(original, ["projet", "nom"]).value == .string(text), "\(text.debugDescription)\n\(original)")
            let (state, summary) = form.load(Array(original.utf8))
            #expect(summary.unplaced == ["inconnu"])
            let submitted = state.values.map { (name: $0.key, value: $0.value) } + FormSubmission.hiddenFields(state)
            let resubmitted = FormSubmission.read(submitted, form: form).state
            for written in [form.manifestYAML(state), form.manifestYAML(resubmitted)] {
                let document = YAMLParser.parse(written)
                #expect(document.problems.isEmpty, "\(text.debugDescription)\n\(written)")
                var dropped = 0
                let back = document.root.map { ManifestTree($0, dropped: &dropped) }
                // Browsers send line breaks as CRLF: a text typed with CR comes back with LF.
                let expected = text.contains("\r") ? FormSubmission.normalizedLineBreaks(text) : text
                if written == form.manifestYAML(state) || !text.contains("\r") {
                    #expect(back?["projet"]?["nom"] == .text(text) || back?["projet"]?["nom"] == .text(expected), "\(text.debugDescription)\n\(written)")
                }
                #expect(back?["inconnu"] == tree["inconnu"], "\(text.debugDescription)\n\(written)")
            }
        }
    }

    @Test func numbersAsAFrenchUserTypesThem() throws {
        let form = try GuidedFormTests.form(7)
        let field = try #require(form.fieldsByTemplate["engagements.budget_12_mois"])
        #expect(GuidedForm.defaultValue(field, text: "450 000") == .scalar(text: "450000", value: .int(450_000)))
        #expect(GuidedForm.defaultValue(field, text: "0,38") == .scalar(text: "0.38", value: .float(0.38)))
        #expect(GuidedForm.defaultValue(field, text: "beaucoup") == .text("beaucoup"))
        #expect(GuidedForm.defaultValue(field, text: "  ") == nil)
    }
}
