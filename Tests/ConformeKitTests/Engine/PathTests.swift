import Testing
import YAMLTree

@testable import ConformeKit

@Suite struct PathTests {
    @Test func parsesEveryForm() throws {
        #expect(try Path(parsing: "a.b.c").segments == [.key("a"), .key("b"), .key("c")])
        #expect(try Path(parsing: "a.list[*].b").segments == [.key("a"), .key("list"), .everyItem, .key("b")])
        #expect(try Path(parsing: "a.list[0]").segments == [.key("a"), .key("list"), .index(0)])
        #expect(try Path(parsing: "a.*").segments == [.key("a"), .everyValue])
        #expect(try Path(parsing: "contacts.*.email").description == "contacts.*.email")
        #expect(try Path(parsing: "m[1][*]").description == "m[1][*]")
        #expect(try Path(parsing: "projet.phases[-1].nom").segments == [.key("projet"), .key("phases"), .index(-1), .key("nom")])
    }

    /// `[-1]` is the last element (the current phase is the last of the history), on both ways
    /// of evaluating a rule; outside the list it designates a missing node.
    @Test func negativeIndexCountsFromTheEnd() throws {
        let found = try Fixture.findings(then: "{required: true, equals: direction-produit}",
            given: "mission.voeux[-1].profil", Self.manifest)
        #expect(found.map(\.path) == ["mission.voeux[1].profil"])
        let quick = try Fixture.findings(then: "{equals: Construire}", given: "mission.voeux[-1].mission_pressentie", Self.manifest)
        #expect(quick.isEmpty)
        let outside = try Fixture.findings(then: "{required: true}", given: "mission.voeux[-3].profil", Self.manifest)
        #expect(outside.map(\.path) == ["mission.voeux[-3].profil"])
        #expect(Path.Segment.position(-1, count: 2) == 1)
        #expect(Path.Segment.position(-3, count: 2) == nil)
        #expect(Path.Segment.position(2, count: 2) == nil)
    }

    @Test(arguments: ["", "a..b", ".a", "a.", "a[x]", "a[+1]", "a[1-]", "a[0", "[0]", "a[0]b", "a b"])
    func refusesMalformedPaths(_ text: String) {
        #expect(throws: Path.SyntaxError.self) { try Path(parsing: text) }
    }

    static let manifest = """
        mission:
          voeux:
            - profil: direction-produit
              mission_pressentie: Piloter
            - mission_pressentie: Construire
        contacts:
          sponsor: {nom: A, email: a@b.fr}
          point_de_contact: {nom: B, email: pas-une-adresse}
        """

    @Test func everyItemYieldsOneFindingPerFailingNode() throws {
        let found = try Fixture.findings(then: "{required: true, in: [direction-produit, direction-technique]}",
            given: "mission.voeux[*].profil", Self.manifest)
        #expect(found.count == 1)
        #expect(found.first?.path == "mission.voeux[1].profil")
        // A list element has no key: the finding points at its first line.
        #expect(found.first?.at == "5:7")
        #expect(found.first?.range.end == SourcePosition(line: 5, column: 37, offset: found.first!.range.end.offset))
    }

    @Test func indexAndMissingIndex() throws {
        #expect(try Fixture.findings(then: "{equals: direction-produit}", given: "mission.voeux[0].profil", Self.manifest).isEmpty)
        let found = try Fixture.findings(then: "{required: true}", given: "mission.voeux[5].profil", Self.manifest)
        #expect(found.first?.path == "mission.voeux[5].profil")
        #expect(found.first?.at == "2:3")  // the `voeux` key
    }

    @Test func everyValueOfAMap() throws {
        let found = try Fixture.findings(then: "{format: email}", given: "contacts.*.email", Self.manifest)
        #expect(found.map(\.path) == ["contacts.point_de_contact.email"])
        #expect(found.map(\.at) == ["8:37"])
    }

    @Test func wildcardsOverNothingYieldNothing() throws {
        #expect(try Fixture.findings(then: "{required: true}", given: "absent[*].x", Self.manifest).isEmpty)
        #expect(try Fixture.findings(then: "{required: true}", given: "absent.*", Self.manifest).isEmpty)
    }

    @Test func givenMayListSeveralPaths() throws {
        let found = try Fixture.findings(then: "{required: true}", given: "[contacts.sponsor.nom, contacts.sponsor.fonction, projet.nom]", Self.manifest)
        #expect(found.map(\.path) == ["projet.nom", "contacts.sponsor.fonction"])
        #expect(found.map(\.at) == ["1:1", "7:3"])
    }

    @Test func missingNodeUnderAScalarIsReportedAtThatScalarsKey() throws {
        let found = try Fixture.findings(then: "{required: true}", given: "projet.nom", "autre: 1\nprojet: Déclic\n")
        #expect(found.map(\.at) == ["2:1"])
    }
}
