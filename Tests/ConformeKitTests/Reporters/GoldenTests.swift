import ConformeKit
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
