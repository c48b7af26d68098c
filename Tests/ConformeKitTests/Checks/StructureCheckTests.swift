import Testing
import YAMLTree

@testable import ConformeKit

@Suite struct StructureCheckTests {
    static let phases = """
        phases:
          - {nom: investigation, debut: 2023-09-04}
          - {nom: construction, debut: 2024-01-08}
          - {nom: investigation, debut: 2024-03-01}
        """

    @Test func uniqueByKeyReportsEachRepeatAtItsValue() throws {
        let found = try Fixture.findings(then: "{unique: nom}", given: "phases", Self.phases)
        #expect(found.map(\.at) == ["4:11"])
        #expect(found.first?.path == "phases[2].nom")
        #expect(found.first?.message.fr.contains("déjà ligne 2") == true)
    }

    @Test func uniqueWholeItems() throws {
        #expect(try Fixture.findings(then: "{unique: true}", given: "l", "l: [a, b, a, a]\n").map(\.path) == ["l[2]", "l[3]"])
        #expect(try Fixture.findings(then: "{unique: true}", given: "l", "l: [a, b]\n").isEmpty)
        #expect(try Fixture.findings(then: "{unique: true}", given: "l", "m: [a, a]\n").isEmpty)
    }

    @Test func closedReportsUnknownKeysWithDidYouMean() throws {
        let found = try Fixture.findings(then: "{closed: [projet, transparence]}", "projet: 1\ntransparance: 2\n")
        #expect(found.count == 1)
        #expect(found.first?.at == "2:1")
        #expect(found.first?.range.end.column == 13)
        #expect(found.first?.path == "transparance")
        #expect(found.first?.suggestion == "transparence")
        #expect(found.first?.message.fr.contains("vouliez-vous dire « transparence »") == true)
    }

    /// A key with a zero-width space pasted in is quoted with it shown: « transparence » alone
    /// beside « vouliez-vous dire « transparence » ? » would say nothing.
    @Test func closedShowsAnInvisibleCharacterInTheUnknownKey() throws {
        let found = try Fixture.findings(then: "{closed: [projet, transparence]}", "transparence\u{200B}: 2\n")
        #expect(found.first?.message.fr.contains("clé inconnue « transparence⟨U+200B⟩ »") == true)
        #expect(found.first?.suggestion == "transparence")
    }

    @Test func eachAppliesToEveryItemWithRelativeFields() throws {
        let found = try Fixture.findings(
            then: "{each: {all_of: [{field: nom, in: [investigation, construction]}, {field: fin, after: {field: debut}}]}}",
            given: "phases",
            "phases:\n  - {nom: investigation, debut: 2023-12-15, fin: 2023-09-04}\n  - {nom: investigaton, debut: 2024-01-08}\n")
        #expect(found.map(\.path) == ["phases[0].fin", "phases[1].nom"])
        #expect(found.map(\.at) == ["2:50", "3:11"])
        #expect(found.last?.suggestion == "investigation")
    }

    @Test func allOfReportsEachFailingFieldOnce() throws {
        let then = "{all_of: [{field: contacts.sponsor.nom, required: true}, {field: contacts.sponsor.email, required: true, format: email}, {field: engagements.rdv, equals: true}]}"
        let found = try Fixture.findings(then: then, "contacts:\n  sponsor:\n    fonction: Directrice\nengagements:\n  rdv: false\n")
        // Same place: ordered by path, so reports are deterministic.
        #expect(found.map(\.path) == ["contacts.sponsor.email", "contacts.sponsor.nom", "engagements.rdv"])
        #expect(found.map(\.at) == ["2:3", "2:3", "5:8"])
        #expect(try Fixture.findings(then: then,
            "contacts:\n  sponsor: {nom: A, email: a@b.fr}\nengagements:\n  rdv: true\n").isEmpty)
    }

    @Test func anyOfHoldsWhenOneAlternativeHolds() throws {
        let then = "{any_of: [{field: a, required: true}, {field: b, required: true}]}"
        #expect(try Fixture.findings(then: then, "b: 1\n").isEmpty)
        let found = try Fixture.findings(then: then, "c: 1\n")
        #expect(found.count == 1)
        #expect(found.first?.message.fr.contains("aucune des possibilités") == true)
    }

    @Test func notInvertsAndHoldsWhenAbsent() throws {
        #expect(try Fixture.findings(then: "{not: {equals: autre}}", given: "t", "t: autre\n").count == 1)
        #expect(try Fixture.findings(then: "{not: {equals: autre}}", given: "t", "t: operateur\n").isEmpty)
        #expect(try Fixture.findings(then: "{not: {equals: autre}}", given: "t", "u: autre\n").isEmpty)
    }

    @Test func fieldOnAnyCheck() throws {
        #expect(try Fixture.findings(then: "{field: b.c, min: 3}", given: "a", "a: {b: {c: 2}}\n").first?.path == "a.b.c")
        #expect(try Fixture.findings(then: "{field: b.c, min: 3}", given: "a", "a: {b: {c: 3}}\n").isEmpty)
    }
}
