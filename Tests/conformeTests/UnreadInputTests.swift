import Foundation
import Testing

/// A run that checked nothing says so in every report, and never looks like a pass (issue 17,
/// item 5).
@Suite struct UnreadInputTests {
    static let formats = ["text", "json", "sarif", "junit", "github", "gitlab", "markdown", "html"]

    @Test(arguments: formats)
    func everyReportNamesWhatCouldNotBeRead(format: String) throws {
        let run = try CLI.run(["check", "--format", format, "nexiste.yml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("conforme : impossible de lire « nexiste.yml » : fichier ou dossier introuvable."))
        #expect(run.stdout.contains("nexiste.yml"), "\(format):\n\(run.stdout)")
        for passing in ["class=\"verdict verdict-pass\"", "✅", "0 fichier : 0 conforme", "failures=\"0\"", "Aucune proposition"] {
            #expect(!run.stdout.contains(passing), "\(format) reads like a pass: \(passing)")
        }
    }

    @Test func eachReportSaysItInWords() throws {
        let text = try CLI.run(["check", "nexiste.yml"])
        #expect(text.stdout == "Rien n'a été vérifié : « nexiste.yml » (fichier ou dossier introuvable) n'a pas pu être lu.\n")
        let html = try CLI.run(["check", "--format", "html", "nexiste.yml"]).stdout
        #expect(html.contains("<p class=\"verdict verdict-fail\"><strong>Rien n'a été vérifié : « nexiste.yml » (fichier ou dossier introuvable) n'a pas pu être lu.</strong></p>"))
        let json = try CLI.json(try CLI.run(["check", "--format", "json", "nexiste.yml", "examples/proposition-conforme.yml", "--today", "2024-06-01"]).stdout)
        let unreadable = try #require(json["unreadable"] as? [[String: String]])
        #expect(unreadable == [["path": "nexiste.yml", "reason": "fichier ou dossier introuvable"]])
        #expect((json["summary"] as? [String: Int])?["unreadable"] == 1)
        let partial = try CLI.run(["check", "nexiste.yml", "examples/proposition-conforme.yml", "--today", "2024-06-01"])
        #expect(partial.status == 2)
        #expect(partial.stdout.hasSuffix("1 fichier : 1 conforme, 0 non conforme — 0 erreur, 0 avertissement ; non vérifié, illisible : « nexiste.yml » (fichier ou dossier introuvable)\n"))
        let sarif = try CLI.json(try CLI.run(["check", "--format", "sarif", "nexiste.yml"]).stdout)
        let runs = try #require(sarif["runs"] as? [[String: Any]])
        let invocation = try #require((runs[0]["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
    }
}
