import Foundation
import Testing

/// pre-commit names files one by one: with `--skip-markdown-without-front-matter`, a README
/// beside the proposals is skipped as a folder walk skips it, not reported as `yaml.vide`.
@Suite struct PlainMarkdownTests {
    static func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("conforme-md-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try "# Propositions\n\nUne par fichier.\n".write(to: root.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            at: CLI.repository.appendingPathComponent("examples/fiche-produit.md"),
            to: root.appendingPathComponent("fiche.md"))
        return root
    }

    @Test func aNamedReadmeFailsWithoutTheOption() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["check", "README.md", "--today", "2024-06-01"], in: root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("[yaml.vide]"))
    }

    @Test func theOptionSkipsItAsAFolderWalkDoes() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let alone = try CLI.run(["check", "--skip-markdown-without-front-matter", "README.md"], in: root)
        #expect(alone.status == 0, "\(alone.stdout)\(alone.stderr)")
        #expect(alone.stdout.isEmpty)
        #expect(alone.stderr.contains("1 fichier(s) .md sans en-tête YAML ignoré(s)"))
        // A Markdown file with front matter is still checked; the README is not in the report.
        let both = try CLI.run(
            ["check", "--skip-markdown-without-front-matter", "README.md", "fiche.md", "--today", "2024-06-01", "--format", "json"], in: root)
        let report = try CLI.json(both.stdout)
        let paths = (report["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(paths == ["fiche.md"])
        // The same from .conforme.yml.
        try "skip-markdown-without-front-matter: true\n".write(
            to: root.appendingPathComponent(".conforme.yml"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["check", "README.md"], in: root).status == 0)
    }
}
