@testable import ConformeKit
import Testing

@Suite struct GitHubReporterTests {
    /// Exactly @actions/core's escapeData / escapeProperty.
    @Test func escapesLikeTheActionsToolkit() {
        #expect(GitHubReporter.escapeData("100% sûr\r\nfin") == "100%25 sûr%0D%0Afin")
        #expect(GitHubReporter.escapeData("a:b,c") == "a:b,c")  // messages keep : and ,
        #expect(GitHubReporter.escapeProperty("a:b,c%d\ne\r") == "a%3Ab%2Cc%25d%0Ae%0D")
        // `%` first, so an already-escaped-looking sequence is not decoded by GitHub.
        #expect(GitHubReporter.escapeData("%0A") == "%250A")
    }

    @Test func annotationsOfAHostileRunStayOnOneLineEach() {
        let output = GitHubReporter().render(ReportFixture.hostileReport())
        let lines = output.split(separator: "\n").map(String.init)
        let annotations = lines.filter { $0.hasPrefix("::warning ") || $0.hasPrefix("::error ") || $0.hasPrefix("::notice ") }
        #expect(annotations.count == 3)
        for line in annotations {
            #expect(line.contains("file=propositions/a%2Cb%3Ac%25d <&> \"x\".yml,"))
        }
        // Errors first, then warnings, then notices.
        #expect(annotations.map { $0.prefix(while: { $0 != " " }) } == ["::error", "::warning", "::notice"])
        // The message's CR LF and % are escaped; its `:` and `,` are not.
        #expect(annotations[1].contains("%0D%0Aligne 2"))
        #expect(annotations[1].contains("50%25"))
        // A range over several lines carries no columns (GitHub refuses them).
        #expect(annotations[2].hasPrefix("::notice file=propositions/a%2Cb%3Ac%25d <&> \"x\".yml,line=2,endLine=4,title="))
        #expect(lines.contains("propositions/a,b:c%25d <&> \"x\".yml : non conforme — 1 erreur, 1 avertissement"))
    }

    @Test func waivedFindingsAreNoticesThatSayDerogation() {
        let output = GitHubReporter().render(ReportFixture.report())
        let waived = output.split(separator: "\n").first { $0.contains("investigation.entretiens") }
        #expect(waived?.hasPrefix("::notice ") == true)
        #expect(waived?.contains("title=investigation.entretiens (dérogation)::[dérogation]") == true)
    }

    @Test func moreThanTenErrorsInAFileAreListedAndCounted() {
        var report = ReportFixture.report()
        let licence = report.files[1].diagnostics.first { $0.rule == "transparence.licence" }!
        report.files[1].diagnostics = Array(repeating: licence, count: 12)
        let output = GitHubReporter().render(report)
        #expect(output.hasPrefix("::error "))
        #expect(output.components(separatedBy: "\n::error ").count == 10)  // GitHub's budget
        let listed = output.split(separator: "\n").filter { $0.hasPrefix("erreur propositions/déclic santé.yml:14:14 [transparence.licence]") }
        #expect(listed.count == 2)
        let last = output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("2 constats n'ont pas d'annotation sur le diff"))
        #expect(last.contains("--format sarif"))
    }
}
