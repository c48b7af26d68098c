import Testing
import YAMLTree

@testable import ConformeKit

@Suite struct ComparisonTests {
    static let investigation = "investigation:\n  debut: 2023-09-04\n  fin: 2023-12-15\n"

    @Test func afterAbsolutePath() throws {
        #expect(try Fixture.findings(then: "{after: {path: investigation.debut}}", given: "investigation.fin", Self.investigation).isEmpty)
        let found = try Fixture.findings(then: "{after: {path: investigation.debut}}", given: "investigation.fin",
            "investigation:\n  debut: 2023-12-15\n  fin: 2023-09-04\n")
        #expect(found.map(\.at) == ["3:8"])
        #expect(found.first?.message.fr.contains("après le 2023-12-15 (investigation.debut)") == true)
    }

    @Test func beforeAndTodayAndSameDayIsNotAfter() throws {
        #expect(try Fixture.findings(then: "{before: today}", given: "d", "d: 2024-05-31\n").isEmpty)
        #expect(try Fixture.findings(then: "{before: today}", given: "d", "d: 2024-06-01\n").count == 1)
        #expect(try Fixture.findings(then: "{after: today}", given: "d", "d: 2024-06-01\n").count == 1)
        #expect(try Fixture.findings(then: "{after: today}", given: "d", "d: 2024-06-02\n").isEmpty)
    }

    @Test func comparisonHoldsWhenEitherSideIsAbsent() throws {
        #expect(try Fixture.findings(then: "{after: {path: x.debut}}", given: "x.fin", "x: {fin: 2020-01-01}\n").isEmpty)
        #expect(try Fixture.findings(then: "{after: {path: x.debut}}", given: "x.fin", "x: {debut: 2020-01-01}\n").isEmpty)
    }

    @Test func aNonDateIsLeftToTypeDate() throws {
        // Comparing dates says nothing about a value that is not one: `type: date` says it once,
        // with the value rewritten when it is a day written the French way.
        #expect(try Fixture.findings(then: "{field: fin, after: {field: debut}}", given: "x", "x: {debut: 2020-01-01, fin: bientot}\n").isEmpty)
        #expect(try Fixture.findings(then: "{after: today}", given: "x", "x: 31/12/2027\n").isEmpty)
        #expect(try Fixture.findings(then: "{max: today}", given: "x", "x: À COMPLÉTER\n").isEmpty)
        let typed = try Fixture.findings(then: "{type: date, after: today}", given: "x", "x: 31/12/2027\n")
        #expect(typed.map(\.message.fr) == ["t — x : attendu : une date AAAA-MM-JJ ; « 31/12/2027 » trouvé"])
        #expect(typed.map(\.suggestion) == ["2027-12-31"])
        #expect(try Fixture.findings(then: "{type: date}", given: "x", "x: 1.2.2027\n").map(\.suggestion) == ["2027-02-01"])
        #expect(try Fixture.findings(then: "{type: date}", given: "x", "x: 31/02/2027\n").map(\.suggestion) == [nil])
    }

    @Test func afterADateBeforeFails() throws {
        // `{field: …}` in a comparison is relative to the node the checks are written for: `x`.
        #expect(try Fixture.findings(then: "{field: fin, after: {field: debut}}", given: "x", "x: {debut: 2020-01-01, fin: 2020-02-01}\n").isEmpty)
        // The same through combinators written without their own `field:`.
        for then in ["{field: fin, all_of: [{after: {field: debut}}]}", "{field: fin, not: {before: {field: debut}}}",
                     "{field: fin, any_of: [{after: {field: debut}}, {equals: jamais}]}"] {
            #expect(try Fixture.findings(then: then, given: "x", "x: {debut: 2020-03-01, fin: 2020-02-01}\n").map(\.path) == ["x.fin"], "\(then)")
            #expect(try Fixture.findings(then: then, given: "x", "x: {debut: 2020-01-01, fin: 2020-02-01}\n").isEmpty, "\(then)")
        }
    }

    @Test func anOperandsLastItemIsNamedByItsPosition() throws {
        // `[-1]` is named by the item it reached, as the walk names the places it visits.
        let found = try Fixture.findings(then: "{same_as: {path: 'phases[-1].nom'}}", given: "actuelle",
            "phases: [{nom: a}, {nom: b}]\nactuelle: a\n")
        #expect(found.first?.message.fr.contains("(phases[1].nom)") == true)
        #expect(found.first?.message.en.contains("(phases[1].nom)") == true)
    }

    @Test func sameAs() throws {
        #expect(try Fixture.findings(then: "{same_as: {path: a}}", given: "b", "a: 3\nb: 3.0\n").isEmpty)
        #expect(try Fixture.findings(then: "{same_as: {path: a}}", given: "b", "a: 3\nb: 4\n").map(\.at) == ["2:4"])
        // French contracts « à le » into « au »; the message names the other node and its path.
        let dates = try Fixture.findings(then: "{same_as: {path: a}}", given: "b", "a: 2024-01-01\nb: 2024-02-01\n")
        #expect(dates.first?.message.fr.contains("égal au 2024-01-01 (a)") == true)
        #expect(dates.first?.message.en.contains("equal to 2024-01-01 (a)") == true)
        #expect(try Fixture.findings(then: "{same_as: {path: a}}", given: "b", "a: 3\nb: 4\n").first?.message.fr
            .contains("égal à 3 (a)") == true)
    }

    @Test func lengthEqualsAnIntegerNode() throws {
        let then = "{length_equals: {path: mission.nombre_eig}}"
        #expect(try Fixture.findings(then: then, given: "mission.voeux", "mission:\n  nombre_eig: 2\n  voeux: [a, b]\n").isEmpty)
        let found = try Fixture.findings(then: then, given: "mission.voeux", "mission:\n  nombre_eig: 2\n  voeux: [a]\n")
        #expect(found.map(\.at) == ["3:10"])
        #expect(found.first?.message.fr.contains("doit compter 2 éléments (mission.nombre_eig), 1 trouvé") == true)
        #expect(try Fixture.findings(then: then, given: "mission.voeux", "mission:\n  voeux: [a]\n").isEmpty)
        #expect(try Fixture.findings(then: "{length_equals: 1}", given: "l", "l: [a]\n").isEmpty)
    }
}
