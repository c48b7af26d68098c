import Testing
import YAMLTree

@testable import ConformeKit

@Suite struct PresenceAndTypeTests {
    @Test func requiredFailsWhenAbsentAtTheClosestAncestorKey() throws {
        let found = try Fixture.findings(then: "{required: true}", given: "projet.nom", "promotion: 7\nprojet:\n  phase: x\n")
        #expect(found.count == 1)
        #expect(found.first?.path == "projet.nom")
        #expect(found.first?.at == "2:1")
        #expect(found.first?.range.end.column == 7)  // the key `projet`
        #expect(found.first?.message.fr.contains("valeur absente") == true)
    }

    @Test func requiredTreatsNullEmptyAndBlankAsMissing() throws {
        for manifest in ["nom:\n", "nom: ~\n", "nom: \"\"\n", "nom: '   '\n"] {
            let found = try Fixture.findings(then: "{required: true}", given: "nom", manifest)
            #expect(found.count == 1, "\(manifest)")
            #expect(found.first?.at == (manifest == "nom: \"\"\n" || manifest == "nom: '   '\n" ? "1:6" : "1:1"), "\(manifest)")
        }
        #expect(try Fixture.findings(then: "{required: true}", given: "nom", "nom: Déclic\n").isEmpty)
        #expect(try Fixture.findings(then: "{required: false}", given: "nom", "autre: 1\n").isEmpty)
    }

    @Test func requiredWithNothingWrittenPointsAtTheDocumentStart() throws {
        let found = try Fixture.findings(then: "{required: true}", given: "a.b", "# commentaire\nz: 1\n")
        #expect(found.map(\.at) == ["2:1"])
        #expect(found.first?.path == "a.b")
    }

    @Test func forbidden() throws {
        #expect(try Fixture.findings(then: "{forbidden: true}", given: "x", "x: 1\n").map(\.at) == ["1:4"])
        #expect(try Fixture.findings(then: "{forbidden: true}", given: "x", "y: 1\n").isEmpty)
        #expect(try Fixture.findings(then: "{forbidden: true}", given: "x", "x:\n").isEmpty)
    }

    @Test(arguments: [
        ("string", "v: texte", true), ("string", "v: 3", false),
        ("integer", "v: 3", true), ("integer", "v: 3.5", false), ("integer", "v: \"3\"", false),
        ("number", "v: 3", true), ("number", "v: 0.38", true), ("number", "v: 0,5", false),
        ("boolean", "v: true", true), ("boolean", "v: yes", false),
        ("date", "v: 2024-02-29", true), ("date", "v: 2023-02-29", false), ("date", "v: 2024-13-01", false),
        ("list", "v: [a]", true), ("list", "v: {a: 1}", false),
        ("map", "v: {a: 1}", true), ("map", "v: a", false),
    ])
    func type(_ kind: String, _ manifest: String, _ passes: Bool) throws {
        let found = try Fixture.findings(then: "{type: \(kind)}", given: "v", manifest + "\n")
        #expect(found.isEmpty == passes)
        if !passes { #expect(found.first?.at == "1:4") }
    }

    @Test func typeHoldsWhenAbsentAndAcceptsAListOfTypes() throws {
        #expect(try Fixture.findings(then: "{type: integer}", given: "v", "w: 1\n").isEmpty)
        #expect(try Fixture.findings(then: "{type: [integer, string]}", given: "v", "v: a\n").isEmpty)
    }

    @Test func typeDetailNamesWhatWasExpectedAndFound() throws {
        let set = try Fixture.ruleSet(Fixture.rule(then: "{type: integer}", given: "nombre", extra: "    message: {fr: \"{detail}\", en: \"{detail}\"}\n"))
        let d = try #require(Fixture.evaluate(set, "nombre: deux\n").diagnostics.first { $0.rule == "t" })
        #expect(d.message.fr == "attendu : un nombre entier ; « deux » trouvé")
        #expect(d.message.en == "expected an integer, found 'deux'")
    }
}
