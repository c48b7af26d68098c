import Testing
import YAMLTree

@testable import ConformeKit

@Suite struct ValueCheckTests {
    static let licences = """
        ruleset: test
        lists:
          licences: [Apache-2.0, EUPL-1.2, MIT]
          rgaa: [totalement conforme, partiellement conforme, non conforme]
        rules:
          - id: t
            given: v
            then: {in: {list: licences}}
            message: {fr: "{detail}", en: "{detail}"}
          - id: rgaa
            given: a
            then: {in: {list: rgaa}}
        """

    @Test func equals() throws {
        #expect(try Fixture.findings(then: "{equals: true}", given: "v", "v: true\n").isEmpty)
        #expect(try Fixture.findings(then: "{equals: true}", given: "v", "v: yes\n").map(\.at) == ["1:4"])
        #expect(try Fixture.findings(then: "{equals: 1}", given: "v", "v: 1.0\n").isEmpty)
        #expect(try Fixture.findings(then: "{equals: 7}", given: "v", "v: \"7\"\n").count == 1)
        #expect(try Fixture.findings(then: "{equals: true}", given: "v", "w: 1\n").isEmpty)
        #expect(try Fixture.findings(then: "{equals: lancement}", given: "v", "v: Lancement\n").first?.suggestion == "lancement")
    }

    @Test func inSuggestsTheClosestAllowedValue() throws {
        let set = try Fixture.ruleSet(Self.licences)
        func suggestion(_ manifest: String, rule: String = "t") -> String? {
            Fixture.evaluate(set, manifest).diagnostics.first { $0.rule == rule }?.suggestion
        }
        #expect(suggestion("v: EUPL-2.0\n") == "EUPL-1.2")
        #expect(suggestion("v: apache-2.0\n") == "Apache-2.0")
        #expect(suggestion("a: \"partiellement conforme \"\n", rule: "rgaa") == "partiellement conforme")
        #expect(suggestion("v: GPL-2.0-only\n") == nil)
        #expect(Fixture.evaluate(set, "v: MIT\na: non conforme\n").diagnostics.isEmpty)
        #expect(Fixture.evaluate(set, "w: 1\n").diagnostics.isEmpty)
        let d = try #require(Fixture.evaluate(set, "v: EUPL-2.0\n").diagnostics.first)
        #expect(d.message.fr == "« EUPL-2.0 » n'est pas l'une des valeurs permises : Apache-2.0, EUPL-1.2, MIT")
        #expect(d.message.en == "'EUPL-2.0' is not one of the allowed values: Apache-2.0, EUPL-1.2, MIT")
        #expect(d.at == "1:4" && d.range.end.column == 12)
    }

    /// A value that looks allowed but holds a no-break space or a zero-width character (pasted
    /// from a word processor) is quoted with that character shown, next to the value meant.
    @Test func aLookalikeCharacterIsShownInTheQuotedValue() throws {
        let set = try Fixture.ruleSet(Self.licences)
        let rgaa = try #require(Fixture.evaluate(set, "a: partiellement\u{00A0}conforme\n").diagnostics.first)
        #expect(rgaa.message.fr.contains("« partiellement⟨U+00A0⟩conforme » n'est pas l'une des valeurs permises"))
        #expect(rgaa.suggestion == "partiellement conforme")
        let mit = try #require(Fixture.evaluate(set, "v: MIT\u{200B}\n").diagnostics.first)
        #expect(mit.message.en.hasPrefix("'MIT⟨U+200B⟩' is not one of the allowed values"))
        #expect(mit.suggestion == "MIT")
        #expect(revealingLookalikes("d\u{2019}abord\u{202F}: oui\u{FEFF}") == "d\u{2019}abord⟨U+202F⟩: oui⟨U+FEFF⟩")
        #expect(revealingLookalikes("déjà visible, «\u{00A0}é\u{0301}\u{00A0}»") == "déjà visible, «⟨U+00A0⟩é\u{0301}⟨U+00A0⟩»")
    }

    /// `EPL-2.0` is one letter from `EUPL-2.0`, but the EUPL family has one member: the typo of
    /// the data.gouv.fr page (sources-eig.md) must lead to `EUPL-1.2`.
    @Test func aValueOfTheSameFamilyBeatsACloserOtherName() {
        let licences = ["Apache-2.0", "MPL-2.0", "EPL-2.0", "EUPL-1.2", "MIT"]
        #expect(Suggestion.closest(to: "EUPL-2.0", among: licences) == "EUPL-1.2")
        #expect(Suggestion.closest(to: "EPL-1.0", among: licences) == "EPL-2.0")
        #expect(Suggestion.closest(to: "MTI", among: licences) == "MIT")
    }

    @Test func inlineInAndNotIn() throws {
        #expect(try Fixture.findings(then: "{in: [6, 7]}", given: "p", "p: 7\n").isEmpty)
        #expect(try Fixture.findings(then: "{in: [6, 7]}", given: "p", "p: 8\n").count == 1)
        #expect(try Fixture.findings(then: "{not_in: [autre]}", given: "p", "p: autre\n").count == 1)
        #expect(try Fixture.findings(then: "{not_in: [autre]}", given: "p", "p: operateur\n").isEmpty)
        #expect(try Fixture.findings(then: "{not_in: [autre]}", given: "p", "q: 1\n").isEmpty)
    }

    @Test func patternMatchesTheWholeText() throws {
        #expect(try Fixture.findings(then: "{pattern: {regex: '[a-z]+', description: motif}}", given: "v", "v: abc\n").isEmpty)
        #expect(try Fixture.findings(then: "{pattern: {regex: '[a-z]+', description: motif}}", given: "v", "v: abc1\n").count == 1)
        #expect(try Fixture.findings(then: "{pattern: {regex: 'b', description: motif}}", given: "v", "v: abc\n").count == 1)
        #expect(try Fixture.findings(then: "{pattern: {regex: 'b', description: motif}}", given: "v", "w: abc\n").isEmpty)
        #expect(try Fixture.findings(then: "{not_pattern: {regex: '.*TODO.*', description: motif}}", given: "v", "v: a TODO b\n").count == 1)
        #expect(try Fixture.findings(then: "{not_pattern: {regex: '.*TODO.*', description: motif}}", given: "v", "v: fini\n").isEmpty)
        #expect(try Fixture.findings(then: "{not_pattern: {regex: '.*TODO.*', description: motif}}", given: "v", "v: [TODO]\n").isEmpty)
        #expect(try Fixture.findings(then: "{pattern: {regex: '[a-z]+', description: motif}}", given: "v", "v: [a]\n").count == 1)
    }

    @Test func lengthCountsCharactersAndItems() throws {
        let set = try Fixture.ruleSet(Fixture.rule(then: "{min_length: 50}", given: "t", extra: "    message: {fr: \"{detail}\", en: \"{detail}\"}\n"))
        let text = String(repeating: "é", count: 34)
        let d = try #require(Fixture.evaluate(set, "t: \(text)\n").diagnostics.first)
        #expect(d.message.fr == "au moins 50 caractères, 34 trouvés")
        #expect(d.message.en == "at least 50 characters, 34 found")
        // "é" written as e + combining accent is one character.
        #expect(try Fixture.findings(then: "{max_length: 1}", given: "t", "t: \"e\u{301}\"\n").isEmpty)
        #expect(try Fixture.findings(then: "{min_length: 1}", given: "l", "l: []\n").first?.message.fr.contains("au moins 1 élément, 0 trouvé") == true)
        #expect(try Fixture.findings(then: "{max_length: 2}", given: "l", "l: [a, b, c]\n").count == 1)
        #expect(try Fixture.findings(then: "{min_length: 5}", given: "l", "m: 1\n").isEmpty)
    }

    @Test func numericBounds() throws {
        #expect(try Fixture.findings(then: "{min: 1, max: 2}", given: "n", "n: 2\n").isEmpty)
        #expect(try Fixture.findings(then: "{min: 1, max: 2}", given: "n", "n: 3\n").count == 1)
        #expect(try Fixture.findings(then: "{min: 1}", given: "n", "n: 0\n").count == 1)
        #expect(try Fixture.findings(then: "{exclusive_min: 0}", given: "n", "n: 0\n").count == 1)
        #expect(try Fixture.findings(then: "{exclusive_min: 0}", given: "n", "n: 0.5\n").isEmpty)
        #expect(try Fixture.findings(then: "{exclusive_max: 10}", given: "n", "n: 10\n").count == 1)
        #expect(try Fixture.findings(then: "{min: 1}", given: "n", "n: deux\n").count == 1)
        #expect(try Fixture.findings(then: "{min: 1}", given: "n", "m: 0\n").isEmpty)
    }

    @Test func dateBoundsIncludingToday() throws {
        #expect(try Fixture.findings(then: "{max: today}", given: "d", "d: 2024-06-01\n").isEmpty)
        let late = try Fixture.findings(then: "{max: today}", given: "d", "d: 2024-06-02\n")
        #expect(late.count == 1)
        #expect(late.first?.message.fr.contains("aujourd'hui (2024-06-01) ou avant") == true)
        #expect(try Fixture.findings(then: "{exclusive_min: today}", given: "d", "d: 2024-06-01\n").count == 1)
        #expect(try Fixture.findings(then: "{min: 2024-01-01}", given: "d", "d: 2023-12-31\n").count == 1)
        #expect(try Fixture.findings(then: "{min: 2024-01-01}", given: "d", "d: 2024-01-01\n").isEmpty)
        #expect(try Fixture.findings(then: "{max: today}", given: "d", "d: 2024-06-02\n",
            today: LocalDate("2024-07-01")!).isEmpty)
    }
}
