import Foundation
import Testing

@Suite struct InspectCommandTests {
    @Test func listsEveryNodeWithPathTypeValueAndPosition() throws {
        let result = try CLI.run(["inspect", "-"], stdin: "projet:\n  nom: Déclic\n  phases:\n    - debut: 2024-01-08\nn: 3\n")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(lines.contains("projet.nom string \"Déclic\" 2:8"))
        #expect(lines.contains("projet.phases[0].debut date \"2024-01-08\" 4:14"))
        #expect(lines.contains("n integer 3 5:4"))
    }

    @Test func jsonIsThePlainDocument() throws {
        let result = try CLI.run(["inspect", "--json", "-"], stdin: "a: [1, 2.5, true, ~, 'x']\n")
        #expect(result.status == 0)
        let value = try CLI.json(result.stdout)
        #expect((value["a"] as? [Any])?.count == 5)
    }

    @Test func brokenInputExitsOneWithTheFindingOnStandardError() throws {
        let result = try CLI.run(["inspect", "--json", "-"], stdin: "a: 1\na: 2\n")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("-:2:1: [yaml.cle-dupliquee]"))
    }
}
