import Testing
import YAMLTree

@testable import ConformeKit

/// Every check but `required` holds when its node is absent or null: one missing field gives
/// one finding (from `required`), not five.
@Suite struct AbsenceTests {
    static let checks = [
        "{forbidden: true}", "{type: integer}", "{equals: x}", "{in: [a]}", "{not_in: [a]}",
        "{pattern: {regex: 'a+', description: motif}}", "{not_pattern: {regex: 'a+', description: motif}}", "{min_length: 3}", "{max_length: 0}", "{min: 1}",
        "{max: 1}", "{exclusive_min: today}", "{exclusive_max: 2020-01-01}", "{format: email}",
        "{unique: true}", "{closed: [a]}", "{each: {required: true}}", "{any_of: [{equals: 1}, {equals: 2}]}",
        "{all_of: [{equals: 1}]}", "{not: {equals: 1}}", "{same_as: {path: autre}}",
        "{after: {path: autre}}", "{before: today}", "{length_equals: {path: autre}}",
        "{misspelling: {wrong: a, right: b}}",
    ]

    @Test func everyCheckIsCovered() {
        let covered = Set(Self.checks.compactMap { $0.dropFirst().split(separator: ":").first.map(String.init) })
        #expect(covered.union(["required"]) == Set(CheckRegistry.names))
    }

    @Test(arguments: checks)
    func holdsWhenAbsentOrNull(_ then: String) throws {
        #expect(try Fixture.findings(then: then, given: "v", "autre: 5\n").isEmpty)
        #expect(try Fixture.findings(then: then, given: "v", "autre: 5\nv:\n").isEmpty)
    }

    @Test func requiredDoesNot() throws {
        #expect(try Fixture.findings(then: "{required: true}", given: "v", "autre: 5\n").count == 1)
        #expect(try Fixture.findings(then: "{required: true}", given: "v", "autre: 5\nv:\n").count == 1)
    }
}
