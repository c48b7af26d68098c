import ConformeKit
import Testing

@Suite struct ReportDestinationTests {
    @Test func parsesFormatAndFile() throws {
        #expect(try ReportDestination.parse("text") == ReportDestination(format: .text))
        #expect(try ReportDestination.parse("sarif:out/conforme.sarif") == ReportDestination(format: .sarif, file: "out/conforme.sarif"))
        #expect(try ReportDestination.parse("JSON") == ReportDestination(format: .json))
        #expect(try ReportDestination.parse("json:-") == ReportDestination(format: .json))
        // Only the first colon separates: a Windows path or a URL-ish name keeps its own.
        #expect(try ReportDestination.parse("markdown:C:\\résumé.md").file == "C:\\résumé.md")
    }

    @Test func noFormatMeansTextOnStandardOutput() throws {
        #expect(try ReportDestination.validate([]) == [ReportDestination(format: .text)])
    }

    @Test func refusesAnUnknownFormatWithAGuess() {
        #expect(throws: ReportDestinationError.unknownFormat(argument: "sarf:x.sarif", name: "sarf")) {
            try ReportDestination.parse("sarf:x.sarif")
        }
        let message = ReportDestinationError.unknownFormat(argument: "sarf:x.sarif", name: "sarf").message
        #expect(message.fr.contains("format de rapport inconnu « sarf »"))
        #expect(message.fr.contains("vouliez-vous dire « sarif » ?"))
        #expect(message.en.contains("did you mean 'sarif'?"))
        let far = ReportDestinationError.unknownFormat(argument: "pdf", name: "pdf").message
        #expect(!far.fr.contains("vouliez-vous dire"))
        #expect(far.fr.contains("text, json, sarif, junit, github, gitlab, markdown, html"))
    }

    @Test func refusesAnEmptyFileName() {
        #expect(throws: ReportDestinationError.emptyFile(argument: "junit:")) {
            try ReportDestination.parse("junit:")
        }
    }

    @Test func atMostOneReportOnStandardOutput() throws {
        #expect(throws: ReportDestinationError.severalToStandardOutput(first: .text, second: .github)) {
            try ReportDestination.validate(["text", "sarif:a.sarif", "github"])
        }
        let ok = try ReportDestination.validate(["github", "markdown:summary.md", "sarif:a.sarif"])
        #expect(ok.map(\.description) == ["github", "markdown:summary.md", "sarif:a.sarif"])
    }

    @Test func twoReportsCannotShareAFile() {
        #expect(throws: ReportDestinationError.sameFileTwice(file: "r.json")) {
            try ReportDestination.validate(["json:r.json", "gitlab:r.json"])
        }
    }

    @Test func formatProperties() {
        #expect(ReportFormat.allCases.map(\.rawValue) == ["text", "json", "sarif", "junit", "github", "gitlab", "markdown", "html"])
        #expect(ReportFormat.allCases.filter(\.isHumanReadable) == [.text, .markdown, .html])
        #expect(ReportFormat.allCases.filter(\.supportsColor) == [.text])
    }
}
