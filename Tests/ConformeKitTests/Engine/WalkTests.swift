import Testing

@testable import ConformeKit

/// The one walk: where it stands when a check fails (path text, location), and what it builds
/// only then.
@Suite struct WalkTests {
    /// A missing node is reported with its whole path, where its closest existing ancestor is
    /// anchored: the key above it, the first line of a list item, the start of the document.
    @Test func aMissingNodeIsNamedInFullAtItsClosestAncestor() throws {
        let atRoot = try Fixture.findings(then: "{required: true}", given: "a.b.c", "x: 1\n")
        #expect(atRoot.map(\.path) == ["a.b.c"])
        #expect(atRoot.map(\.at) == ["1:1"])
        let belowKey = try Fixture.findings(then: "{required: true}", given: "x.y.z", "w: 0\nx:\n  q: 1\n")
        #expect(belowKey.map(\.path) == ["x.y.z"])
        #expect(belowKey.map(\.at) == ["2:1"])
        let belowItem = try Fixture.findings(then: "{required: true}", given: "l[*].b", "l:\n  - a: 1\n  - b: 2\n")
        #expect(belowItem.map(\.path) == ["l[0].b"])
        #expect(belowItem.map(\.at) == ["2:5"])
    }

    /// A wildcard below something missing designates nothing: whether the list exists is
    /// another rule's job.
    @Test func aWildcardBelowAMissingNodeDesignatesNothing() throws {
        #expect(try Fixture.findings(then: "{required: true}", given: "m.l[*].b", "x: 1\n").isEmpty)
        #expect(try Fixture.findings(then: "{required: true}", given: "m.*", "m: 1\n").isEmpty)
    }

    /// Once a node fails, the checks after it add nothing there; below it, they still do.
    @Test func oneFindingPerNode() throws {
        let missing = try Fixture.findings(then: "{required: true, in: [a], min_length: 3}", given: "v", "x: 1\n")
        #expect(missing.count == 1)
        #expect(missing.first?.message.fr.contains("valeur absente") == true)
        let closed = try Fixture.findings(then: "{closed: [a], type: map}", "a: 1\nb: 2\nc: 3\n")
        #expect(closed.map(\.path) == ["b", "c"])
    }

    /// `{field: …}` is read beside the field checked, and named by its full path.
    @Test func aFieldOperandIsNamedByItsPath() throws {
        let manifest = """
            p:
              - debut: 2024-01-10
                fin: 2024-01-20
              - debut: 2024-03-10
                fin: 2024-03-01

            """
        let found = try Fixture.findings(then: "{field: fin, after: {field: debut}}", given: "p[*]", manifest)
        #expect(found.map(\.path) == ["p[1].fin"])
        #expect(found.first?.message.fr.contains("le 2024-03-10 (p[1].debut)") == true)
        #expect(found.first?.at == "5:10")
    }

    /// `any_of` says what each alternative wanted, only once none holds; `not` holds where its
    /// group fails.
    @Test func combinatorsDecideFirstThenSayWhy() throws {
        let anyOf = "{any_of: [{type: integer}, {field: z, required: true}]}"
        #expect(try Fixture.findings(then: anyOf, given: "v", "v: 3\n").isEmpty)
        let failed = try Fixture.findings(then: anyOf, given: "v", "v: texte\n")
        #expect(failed.count == 1)
        #expect(failed.first?.message.fr.contains("un nombre entier") == true)
        #expect(failed.first?.message.fr.contains("v.z : valeur absente") == true)
        #expect(try Fixture.findings(then: "{not: {in: [a]}}", given: "v", "v: b\n").isEmpty)
        #expect(try Fixture.findings(then: "{not: {in: [a]}}", given: "v", "v: a\n").count == 1)
    }

    /// A `when` decides without texts; an absent value does not satisfy `equals` there.
    @Test func aConditionOnAnAbsentValueDoesNotHold() throws {
        let rule = (then: "{required: true}", given: "x", when: "{path: t, equals: oui}")
        #expect(try Fixture.findings(then: rule.then, given: rule.given, when: rule.when, "a: 1\n").isEmpty)
        #expect(try Fixture.findings(then: rule.then, given: rule.given, when: rule.when, "t: oui\n").count == 1)
    }
}
