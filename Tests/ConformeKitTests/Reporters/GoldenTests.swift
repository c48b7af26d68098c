@testable import ConformeKit
import Testing

/// Every format, pinned against its golden file (`Golden/`), from the same hand-written run.
@Suite struct GoldenTests {
    let report = ReportFixture.report()
    let english = ReportFixture.report(language: .en)

    @Test func text() {
        Golden.check(TextReporter().render(report), "text.fr.txt")
        Golden.check(TextReporter().render(english), "text.en.txt")
        Golden.check(TextReporter(options: ReportOptions(quiet: true)).render(report), "text.quiet.txt")
        Golden.check(TextReporter(options: ReportOptions(useColor: true)).render(report), "text.color.txt")
    }

    @Test func json() {
        Golden.check(JSONReporter().render(report), "report.json")
    }

    @Test func sarif() {
        Golden.check(SARIFReporter().render(report), "report.sarif")
    }

    @Test func junit() {
        Golden.check(JUnitReporter().render(report), "junit.xml")
        // With --fail-on warning the warning's test case fails too.
        Golden.check(JUnitReporter(options: ReportOptions(failOn: .warning)).render(report), "junit.fail-on-warning.xml")
    }

    @Test func github() {
        Golden.check(GitHubReporter().render(report), "github.txt")
    }

    @Test func gitlab() {
        Golden.check(GitLabReporter().render(report), "gitlab.json")
    }

    @Test func markdown() {
        Golden.check(MarkdownReporter().render(report), "summary.fr.md")
        Golden.check(MarkdownReporter().render(english), "summary.en.md")
    }

    @Test func html() {
        Golden.check(HTMLReporter().render(report), "report.fr.html")
        Golden.check(HTMLReporter().render(english), "report.en.html")
    }

    /// The one switch hands each format its own reporter, and every format has a golden above.
    @Test func everyFormatHasItsReporter() {
        for format in ReportFormat.allCases {
            #expect(type(of: format.reporter()).format == format)
            #expect(!format.reporter().render(report).isEmpty)
        }
    }
}

/// The hostile run (markup, control characters, separators in paths and messages) through
/// every format, pinned too: escaping regressions show up as a diff.
@Suite struct HostileGoldenTests {
    @Test(arguments: ReportFormat.allCases)
    func escapedOutput(_ format: ReportFormat) {
        let output = format.reporter().render(ReportFixture.hostileReport())
        Golden.check(output, "hostile/\(format.rawValue).\(format.fileExtension)")
    }

    @Test func anEmptyRunStillSaysSomething() {
        var report = ReportFixture.report()
        report.files = []
        #expect(TextReporter().render(report) == "0 fichier : 0 conforme, 0 non conforme — 0 erreur, 0 avertissement\n")
        #expect(HTMLReporter().verdict(report) == "Aucune proposition n'a été vérifiée.")
        #expect(MarkdownReporter().render(report).hasPrefix("## Aucune proposition vérifiée\n"))
        #expect(GitLabReporter().render(report) == "[]\n")
    }
}
