import Foundation
import Testing

/// `.conforme.yml` as a project uses it: found upwards, overridden by flags, refused with
/// located problems, excludes honoured even for files named one by one (pre-commit).
@Suite struct ConfigFileTests {
    let day = ["--today", "2024-06-01"]

    /// A throwaway repository: `propositions/ok.yml` passes, `propositions/brouillons/ko.yml`
    /// has errors and warnings, and `sous/dossier` is where runs start from.
    static func repository(configuration: String?) throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("conforme-config-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try manager.createDirectory(at: root.appendingPathComponent("propositions/brouillons"), withIntermediateDirectories: true)
        try manager.createDirectory(at: root.appendingPathComponent("sous/dossier"), withIntermediateDirectories: true)
        try manager.copyItem(
            at: CLI.repository.appendingPathComponent("examples/proposition-conforme.yml"),
            to: root.appendingPathComponent("propositions/ok.yml"))
        try manager.copyItem(
            at: CLI.repository.appendingPathComponent("examples/echec-transparence.yml"),
            to: root.appendingPathComponent("propositions/brouillons/ko.yml"))
        if let configuration {
            try configuration.write(to: root.appendingPathComponent(".conforme.yml"), atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func isFoundFromASubfolderAndItsPathsAreRelativeToIt() throws {
        let root = try Self.repository(configuration: "include: [propositions]\nlang: en\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["check"] + day, in: root.appendingPathComponent("sous/dossier"))
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("2 files: 1 passed, 1 failed"), "lang and include come from the file")
    }

    @Test func discoveryStopsAtTheRepositoryRoot() throws {
        let root = try Self.repository(configuration: nil)
        defer { try? FileManager.default.removeItem(at: root) }
        let inner = root.appendingPathComponent("sous/.conforme.yml")
        try "lang: en\n".write(to: inner, atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "../../propositions/ok.yml"] + day, in: root.appendingPathComponent("sous/dossier"))
        #expect(result.stdout.contains(": passed"), "the nearest file, sous/.conforme.yml, applies")
        try FileManager.default.removeItem(at: inner)
        // A configuration above the repository belongs to another project: never read.
        let above = root.appendingPathComponent("dessus")
        try FileManager.default.createDirectory(at: above.appendingPathComponent("depot/.git"), withIntermediateDirectories: true)
        try "lang: en\n".write(to: above.appendingPathComponent(".conforme.yml"), atomically: true, encoding: .utf8)
        let nested = try CLI.run(
            ["check", CLI.repository.appendingPathComponent("examples/proposition-conforme.yml").path] + day,
            in: above.appendingPathComponent("depot"))
        #expect(nested.stdout.contains(": conforme"), "the search stopped at depot/, which holds .git")
        let plain = try CLI.run(["check", "../../propositions/ok.yml"] + day, in: root.appendingPathComponent("sous/dossier"))
        #expect(plain.stdout.contains(": conforme"), "no file up to the root: defaults")
    }

    @Test func flagsOverrideTheFile() throws {
        let root = try Self.repository(configuration: "fail-on: info\nlang: en\nexclude: []\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let ok = "propositions/ok.yml"
        // examples/proposition-conforme.yml has no error; with fail-on info an info would fail.
        let fromFile = try CLI.run(["check", "propositions", "--format", "json"] + day, in: root)
        #expect(fromFile.status == 1)
        let french = try CLI.run(["check", ok, "--lang", "fr"] + day, in: root)
        #expect(french.stdout.contains("\(ok) : conforme"), "--lang beats lang:")
        let strict = try CLI.run(["check", "propositions/brouillons/ko.yml", "--fail-on", "error", "--format", "json"] + day, in: root)
        #expect(strict.status == 1)
        let ignored = try CLI.run(["check", ok, "--no-config"] + day, in: root)
        #expect(ignored.stdout.contains("\(ok) : conforme"), "--no-config: French, the default")
    }

    @Test func anotherFileWithConfig() throws {
        let root = try Self.repository(configuration: "lang: en\n")
        defer { try? FileManager.default.removeItem(at: root) }
        try "lang: fr\nexclude: [\"**/brouillons/**\"]\n".write(
            to: root.appendingPathComponent("ci.yml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "propositions", "--config", "ci.yml"] + day, in: root)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("1 fichier : 1 conforme"))
        let missing = try CLI.run(["check", "propositions", "--config", "absent.yml"] + day, in: root)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("absent.yml"))
        let both = try CLI.run(["check", "--config", "ci.yml", "--no-config"] + day, in: root)
        #expect(both.status == 2)
    }

    @Test func problemsAreLocatedAndStopTheRun() throws {
        let root = try Self.repository(configuration: "lang: fr\nfial-on: warning\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["check", "propositions"] + day, in: root)
        #expect(result.status == 2)
        #expect(result.stderr.contains(".conforme.yml:2:1: clé inconnue « fial-on » dans « .conforme.yml » ; vouliez-vous dire « fail-on » ?"))
        #expect(result.stderr.contains("rien n'a été vérifié"))
        #expect(result.stdout.isEmpty)
    }

    @Test func excludesApplyToFoldersAndToFilesNamedOneByOne() throws {
        let root = try Self.repository(configuration: "exclude: [\"**/brouillons/**\"]\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let walked = try CLI.run(["check", "propositions"] + day, in: root)
        #expect(walked.status == 0, "\(walked.stdout)\(walked.stderr)")
        #expect(walked.stdout.contains("1 fichier : 1 conforme"))
        // pre-commit passes the draft by name: still excluded, and nothing failed.
        let named = try CLI.run(["check", "propositions/brouillons/ko.yml"] + day, in: root)
        #expect(named.status == 0)
        #expect(named.stderr.contains("1 exclu(s)"))
    }

    @Test func includeGlobsChooseWhatARunWithoutPathsChecks() throws {
        let root = try Self.repository(configuration: "include: [\"propositions/**/*.yml\"]\nexclude: [ok.yml]\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["check", "--format", "json"] + day, in: root)
        let report = try CLI.json(result.stdout)
        let paths = (report["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(paths == ["propositions/brouillons/ko.yml"])
    }

    @Test func initWritesACommentedFileAndNeverOverwrites() throws {
        let root = try Self.repository(configuration: nil)
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try CLI.run(["init", "--config"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        let written = try String(contentsOf: root.appendingPathComponent(".conforme.yml"), encoding: .utf8)
        #expect(written.hasPrefix("# Configuration de conforme pour ce projet."))
        // The file as written is valid, and used: its include names propositions/.
        let run = try CLI.run(["check"] + day, in: root)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("1 fichier : 1 conforme"), "its exclude leaves brouillons/ out")
        let second = try CLI.run(["init", "--config"], in: root)
        #expect(second.status == 2)
        #expect(try String(contentsOf: root.appendingPathComponent(".conforme.yml"), encoding: .utf8) == written)
    }

    @Test func reportOptionsAndFormatsComeFromTheFileRelativeToIt() throws {
        let configuration = """
            formats: ["markdown:resume.md", "sarif:conforme.sarif"]
            markdown-max-findings: 2
            sarif-waivers: omit
            """
        let root = try Self.repository(configuration: configuration)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["check", "../../propositions"] + day, in: root.appendingPathComponent("sous/dossier"))
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        // Report files are written beside .conforme.yml, not in the folder the run started from.
        let summary = try String(contentsOf: root.appendingPathComponent("resume.md"), encoding: .utf8)
        let last = summary.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("_… et "), "the cap of 2 rows cut the summary")
        #expect(last.contains("conforme.sarif`"), "it names the run's full report")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("conforme.sarif").path))
        // A flag still wins: --markdown-max-findings 100 lists everything.
        let full = try CLI.run(["check", "propositions", "--markdown-max-findings", "100"] + day, in: root)
        #expect(full.status == 1)
        let uncut = try String(contentsOf: root.appendingPathComponent("resume.md"), encoding: .utf8)
        #expect(!uncut.contains("_… et "))
    }
}
