import Foundation
import Testing

/// `conforme import`: the manifest on standard output, located notes on standard error, the
/// beta.gouv.fr repository's layout found without options.
@Suite struct ImportCommandTests {
    /// content/_startups/ID.md beside content/_organisations/ID.md, as in the beta.gouv.fr repository.
    static func repository() throws -> URL {
        let root = try CLI.temporaryFolder()
        let startups = root.appendingPathComponent("content/_startups")
        let organisations = root.appendingPathComponent("content/_organisations")
        try FileManager.default.createDirectory(at: startups, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: organisations, withIntermediateDirectories: true)
        try """
            ---
            title: Repère Eau
            mission: Prévenir les habitants des restrictions d'usage de l'eau
            sponsors: [/organisations/ars]
            incubator: sgmas
            stats_url: http://repere-eau.example.org/stats
            phases:
              - {name: investigation, start: 2023-10-02, end: 2024-01-26}
              - {name: construction, start: 2024-02-05}
            ---
            """.write(to: startups.appendingPathComponent("repère-eau.md"), atomically: true, encoding: .utf8)
        try "---\nname: Agence régionale de santé\nacronym: ARS\ntype: operateur\n---\n"
            .write(to: organisations.appendingPathComponent("ars.md"), atomically: true, encoding: .utf8)
        return startups.appendingPathComponent("repère-eau.md")
    }

    @Test func printsTheManifestAndLocatedNotes() throws {
        let file = try Self.repository()
        let result = try CLI.run(["import", file.path, "--type", "lancement"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("fiche_beta: https://beta.gouv.fr/startups/repère-eau.html"))
        #expect(result.stdout.contains("nom: Agence régionale de santé"))
        #expect(result.stdout.contains("phase: construction"))
        #expect(result.stderr.contains("\(file.path):6:12: problème : « stats_url » vaut « http://repere-eau.example.org/stats »"))
    }

    /// What import prints passes `check` but for the fields left to fill in.
    @Test func theOutputIsAManifestCheckReads() throws {
        let file = try Self.repository()
        let imported = try CLI.run(["import", file.path])
        let manifest = file.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("p.yml")
        try imported.stdout.write(to: manifest, atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", manifest.path, "--today", "2024-06-01", "--format", "json"])
        #expect(result.status == 1)
        #expect(!result.stdout.contains("\"yaml.syntaxe\""))
        #expect(result.stdout.contains("\"dossier.a-completer\""))
        #expect(!result.stdout.contains("\"eligibilite.fiche-beta\""))
    }

    @Test func aProposalIsNotAProductFile() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("p.md")
        try "---\npromotion: 7\n---\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["import", file.path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("this is not a beta.gouv.fr product file"))
    }
}
