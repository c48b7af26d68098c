import Foundation
import Testing

/// `conforme rules …` through the built binary: exit codes, streams, and the same text as
/// the ConformeKit goldens.
@Suite struct RulesCommandTests {
    static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return url
    }()

    typealias Run = CLI.Result

    /// Through the one runner of the CLI tests (`CLI.run`): French, from the repository root.
    func conforme(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        try CLI.run(arguments, in: Self.repositoryRoot, environment: environment)
    }

    func golden(_ name: String) throws -> String {
        let url = Self.repositoryRoot.appendingPathComponent("Tests/ConformeKitTests/Authoring/Golden/\(name)")
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    @Test func explainPrintsTheExplanation() throws {
        let french = try conforme(["rules", "explain", "transparence.licence"])
        #expect(french.status == 0)
        #expect(french.stdout == (try golden("explain-transparence.licence.fr.txt")))
        let english = try conforme(["rules", "explain", "transparence.licence"], environment: ["LANG": "en_GB.UTF-8"])
        #expect(english.stdout == (try golden("explain-transparence.licence.en.txt")))
    }

    @Test func explainAnUnknownRuleSuggestsAndExitsWith2() throws {
        let run = try conforme(["rules", "explain", "transparence.license"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("règle inconnue « transparence.license » ; vouliez-vous dire « transparence.licence »"))
        let english = try conforme(["rules", "explain", "transparence.license", "--lang", "en"])
        #expect(english.stderr.contains("unknown rule 'transparence.license'; did you mean 'transparence.licence'"))
    }

    @Test func listInBothFormats() throws {
        let text = try conforme(["rules", "list"])
        #expect(text.status == 0)
        #expect(text.stdout == (try golden("list.fr.txt")))
        let json = try conforme(["rules", "list", "--format", "json", "--rules", "rules/eig-7.yml"])
        #expect(json.stdout == (try golden("list.fr.json")))
    }

    @Test func validateTheShippedRules() throws {
        let run = try conforme(["rules", "validate", "rules/eig-7.yml"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("rules/eig-7.yml : 55 règles valides, "))
        #expect(run.stdout.hasSuffix(" exemples vérifiés\n"))
    }

    @Test func validateABrokenFileReportsEachProblemAtItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conforme-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.yml")
        try Data("""
            ruleset: broken
            rules:
              - id: a.regex
                given: nom
                then: {pattern: {regex: '(a|aa)*', description: motif}}
              - id: a.type
                given: nom
                then: {type: texte}
            """.utf8).write(to: file)
        let run = try conforme(["rules", "validate", file.path])
        #expect(run.status == 2)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(run.stderr)")
        #expect(lines.contains { $0.hasPrefix("\(file.path):5:29: ") && $0.contains("(a|aa)*") })
        #expect(lines.contains { $0.hasPrefix("\(file.path):8:18: ") && $0.contains("type inconnu « texte »") })
        #expect(lines.last == "\(file.path) : 2 problèmes ; jeu de règles refusé")
    }

    @Test func docsPrintsTheCommittedPage() throws {
        let run = try conforme(["rules", "docs"])
        #expect(run.status == 0)
        let page = try Data(contentsOf: Self.repositoryRoot.appendingPathComponent("docs/rules/eig-7.md"))
        #expect(run.stdout == String(decoding: page, as: UTF8.self))
    }
}
