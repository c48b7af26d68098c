import ConformeKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ConformeWeb

/// `POST /verifier`: the result page, the form's problems, and the downloaded report.
@Suite struct PageTests {
    static let today = ("date", "2024-06-01")

    @Test func aFailingProposalGivesTheVerdictTheSummaryTheDetailsAndTheMarkedLines() async throws {
        let text = String(decoding: try Web.example("echec-transparence.yml"), as: UTF8.self)
        try await Web.test { _, client in
            let answer = try await Web.form(client, "/verifier", fields: [("manifeste", text), Self.today])
            #expect(answer.status == .ok)
            Web.expectSecurityHeaders(answer, "result")
            let page = answer.text
            #expect(page.contains("Votre proposition n&#39;est pas encore conforme : 2 points à corriger."), "\(page.prefix(3000))")
            // The summary lists errors before warnings, each linking to its finding and line.
            let summary = try #require(page.range(of: "<nav class=\"finding-summary\""))
            let firstError = try #require(page.range(of: "summary-error", range: summary.lowerBound..<page.endIndex))
            let firstWarning = try #require(page.range(of: "summary-warning", range: summary.lowerBound..<page.endIndex))
            #expect(firstError.lowerBound < firstWarning.lowerBound)
            #expect(page.contains("<a href=\"#constat-1\">"))
            #expect(page.contains("<article class=\"finding finding-error\" id=\"constat-1\""))
            // The licence finding: its line anchored, linked both ways, did-you-mean and article.
            #expect(page.contains("<a href=\"#ligne-100\">ligne 100, colonne 14</a>"))
            #expect(page.contains("<li id=\"ligne-100\" class=\"marked marked-error\">"))
            #expect(page.contains("vouliez-vous dire « EUPL-1.2 » ?"))
            #expect(page.contains("<h3>Transparence</h3>"))
            #expect(page.contains("href=\"/regles/transparence.licence\""))
            // The form again, filled with the text, and the report download with it.
            #expect(page.contains("<textarea id=\"manifeste\""))
            #expect(page.contains(HTML.text(text).markup))
            #expect(page.contains("action=\"/verifier/rapport\""))
        }
    }

    @Test func aPassingProposalSaysSoInEnglishToo() async throws {
        let text = String(decoding: try Web.example("proposition-conforme.yml"), as: UTF8.self)
        try await Web.test { _, client in
            let page = try await Web.form(client, "/verifier?lang=en", fields: [("manifeste", text), Self.today]).text
            #expect(page.contains("<html lang=\"en\">"))
            #expect(page.contains("class=\"verdict verdict-pass\""))
            #expect(page.contains("Your proposal complies."))
            #expect(!page.contains("finding-error"))
        }
    }

    @Test func anUploadedMarkdownFileIsReadForItsFrontMatter() async throws {
        let bytes = try Web.example("fiche-produit.md")
        try await Web.test { _, client in
            let page = try await Web.form(client, "/verifier", fields: [("manifeste", ""), Self.today],
                file: ("fichier", "fiche-produit.md", bytes)).text
            #expect(!page.contains("yaml.syntaxe"))
            #expect(page.contains("name=\"nature\" value=\"markdown\""))
            #expect(page.contains("class=\"verdict verdict-pass\""), "\(page.prefix(2000))")
        }
    }

    @Test func theDownloadedReportIsTheCLIsHTMLReport() async throws {
        let bytes = try Web.example("echec-eligibilite.yml")
        try await Web.test { _, client in
            let answer = try await Web.form(client, "/verifier/rapport", fields: [("manifeste", String(decoding: bytes, as: UTF8.self)), Self.today])
            #expect(answer.headers[.contentDisposition] == "attachment; filename=\"rapport-conforme.html\"")
            let cli = try ParityTests.cliReport(bytes, arguments: ["--format", "html", "--lang", "fr", "--today", "2024-06-01"])
            #expect(answer.bytes == cli)
        }
    }

    @Test func whatTheUserSubmittedIsEscapedEverywhere() async throws {
        let hostile = "titre: \"<script>alert('x')</script>\"\n\"<img src=x onerror=alert(1)>\": 1\npromotion: \"</textarea><b>\"\n"
        try await Web.test { _, client in
            for uri in ["/verifier", "/verifier?lang=en"] {
                let page = try await Web.form(client, uri, fields: [("manifeste", hostile), ("date", "<i>\"x\"")]).text
                #expect(!page.contains("<script>alert"), "\(uri)")
                #expect(!page.contains("<img src=x"), "\(uri)")
                #expect(!page.contains("</textarea><b>"), "\(uri)")
                #expect(!page.contains("<i>\"x\""), "\(uri)")
                #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "\(uri)")
            }
            let result = try await Web.form(client, "/verifier", fields: [("manifeste", hostile), Self.today]).text
            #expect(result.contains("&lt;img src=x onerror=alert(1)&gt;"))
            #expect(!result.contains("<img"))
        }
    }

    @Test func anEmptyFormOrABadDateIsToldAtItsField() async throws {
        try await Web.test { _, client in
            let empty = try await Web.form(client, "/verifier", fields: [("manifeste", "  \r\n"), ("date", "")])
            #expect(empty.status == .badRequest)
            #expect(empty.text.contains("class=\"error-summary\""))
            #expect(empty.text.contains("<a href=\"#manifeste\">Collez le texte de votre proposition ou choisissez un fichier.</a>"))
            #expect(empty.text.contains("aria-describedby=\"manifeste-erreur manifeste-aide\" aria-invalid=\"true\""))
            #expect(empty.text.contains("<title>Erreur : "))
            let date = try await Web.form(client, "/verifier?lang=en", fields: [("manifeste", "promotion: 7\n"), ("date", "2024-02-30")])
            #expect(date.status == .badRequest)
            #expect(date.text.contains("id=\"date-erreur\""))
            #expect(date.text.contains("The date “2024-02-30” is not a valid date"))
            #expect(date.text.contains(">promotion: 7\n</textarea>"), "the text is kept")
        }
    }

    @Test func aTextareaSentWithCRLFIsCheckedWithTheLinesTheUserTyped() async throws {
        let text = String(decoding: try Web.example("echec-transparence.yml"), as: UTF8.self)
        try await Web.test { _, client in
            let page = try await Web.form(client, "/verifier", fields: [("manifeste", text.replacingOccurrences(of: "\n", with: "\r\n")), Self.today]).text
            #expect(page.contains("ligne 100, colonne 14"))
            #expect(!page.contains("\r"))
        }
    }

    @Test func aURLEncodedFormWorksToo() async throws {
        try await Web.test { _, client in
            var headers = HTTPFields()
            headers[.contentType] = "application/x-www-form-urlencoded"
            let body = Array("manifeste=promotion%3A+7%0Atype%3A+lancement%0A&date=2024-06-01".utf8)
            let answer = try await Web.send(client, .post, "/verifier", headers: headers, body: body)
            #expect(answer.status == .ok)
            #expect(answer.text.contains("verdict-fail"))
            #expect(answer.text.contains("<code>type: lancement</code>"))
        }
    }
}
