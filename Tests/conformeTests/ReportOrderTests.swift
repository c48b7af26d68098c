import Foundation
import Testing

/// Findings in file order where tools read, errors first where people read (issue 17, item 6).
@Suite struct ReportOrderTests {
    let day = ["--today", "2024-06-01"]

    @Test func textAndJSONFollowTheFileLines() throws {
        let text = try CLI.run(["check", "examples/echec-engagements.yml"] + day)
        let lines = text.stdout.split(separator: "\n").filter { $0.hasPrefix("examples/echec-engagements.yml:") }
            .map { Int($0.split(separator: ":")[1])! }
        #expect(lines.count >= 5)
        #expect(lines == lines.sorted())
        // Severities are mixed in that file: the order is the file's, not the severity's.
        #expect(text.stdout.contains("avertissement") && text.stdout.contains("erreur"))
        let json = try CLI.json(try CLI.run(["check", "examples/echec-engagements.yml", "--format", "json"] + day).stdout)
        let files = try #require(json["files"] as? [[String: Any]])
        let starts = (files[0]["diagnostics"] as? [[String: Any]] ?? []).compactMap {
            (($0["range"] as? [String: Any])?["start"] as? [String: Any])?["line"] as? Int
        }
        #expect(starts == lines)
    }

    @Test func htmlPutsErrorsFirstAndIndexesSeveralFiles() throws {
        let run = try CLI.run(["check", "examples/echec-engagements.yml", "examples/proposition-conforme.yml", "--format", "html"] + day)
        let html = run.stdout
        let index = try #require(html.range(of: "<h2 id=\"index-fichiers\">Fichiers vérifiés</h2>"))
        #expect(html.contains("<li><a href=\"#fichier-1\"><code>examples/echec-engagements.yml</code></a> — non conforme (5 erreurs, 1 avertissement, 1 info)</li>"))
        #expect(html.contains("<li><a href=\"#fichier-2\"><code>examples/proposition-conforme.yml</code></a> — conforme (0 erreur, 0 avertissement)</li>"))
        let errors = try #require(html.range(of: "<h3>Erreurs à corriger</h3>"))
        let warnings = try #require(html.range(of: "<h3>Avertissements</h3>"))
        let infos = try #require(html.range(of: "<h3>Informations</h3>"))
        #expect(index.lowerBound < errors.lowerBound)
        #expect(errors.lowerBound < warnings.lowerBound && warnings.lowerBound < infos.lowerBound)
        // One file: no index.
        let single = try CLI.run(["check", "examples/echec-engagements.yml", "--format", "html"] + day).stdout
        #expect(!single.contains("index-fichiers"))
    }

    @Test func oneSummaryLineOnStandardErrorWhenEveryReportGoesToAFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conforme-order-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("r.html").path
        let run = try CLI.run(["check", "examples/echec-engagements.yml", "--format", "html:\(report)"] + day)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "1 fichier : 0 conforme, 1 non conforme — 5 erreurs, 1 avertissement, 1 info\n")
        // A report on standard output already says it.
        #expect(try CLI.run(["check", "examples/echec-engagements.yml", "--format", "html:\(report)", "--format", "text"] + day).stderr.isEmpty)
    }
}
