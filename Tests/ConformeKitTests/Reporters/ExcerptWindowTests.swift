@testable import ConformeKit
import Testing
import YAMLTree

/// Excerpts are cut to a window around the finding's range, with an ellipsis where text was
/// left out: a one-line file of a megabyte (or a link to `/dev/zero`) must not print its whole
/// line under each finding, in any format.
@Suite struct ExcerptWindowTests {
    static let megabyte = 1 << 20

    /// One line: `cle: ` then a megabyte of text, a finding on 8 characters in its middle.
    static func report() -> RunReport {
        let half = String(repeating: "é", count: megabyte / 4)
        let text = "cle: " + half + "[VALEUR]" + half + "\n"
        let source = SourceText(text)
        let start = 5 + megabyte / 4
        let range = SourceRange(
            start: source.position(line: 0, column: start), end: source.position(line: 0, column: start + 8))
        let diagnostic = Diagnostic(
            rule: "dossier.vide", severity: .error, message: LocalizedText(fr: "Valeur", en: "Value"),
            path: "cle", range: range)
        return RunReport(
            tool: RunReport.Tool(name: "conforme", version: "0.1.0", informationURI: "https://example.org"),
            rulesetID: "eig-7", rulesetVersion: "2024.1", rules: [], today: "2024-06-01",
            files: [FileReport(path: "long.yml", status: .fail, diagnostics: [diagnostic], evaluatedRules: [], source: source)])
    }

    @Test(arguments: ReportFormat.allCases)
    func everyFormatStaysSmall(_ format: ReportFormat) {
        let output = format.reporter().bytes(Self.report())
        #expect(output.count < 16_000, "\(format.rawValue): \(output.count) bytes")
    }

    @Test func theWindowShowsTheRangeWithEllipses() throws {
        let report = Self.report()
        let file = report.files[0]
        let excerpt = try #require(SourceExcerpt(range: file.diagnostics[0].range, source: file.source))
        #expect(excerpt.highlighted == "[VALEUR]")
        let side = (SourceExcerpt.window - 8) / 2
        #expect(excerpt.before == "…" + String(repeating: "é", count: side))
        #expect(excerpt.after == String(repeating: "é", count: side) + "…")
        #expect(excerpt.caretPrefix.count == side + 1)
        let text = TextReporter().render(report)
        #expect(text.contains("…" + String(repeating: "é", count: side) + "[VALEUR]" + String(repeating: "é", count: side) + "…\n"))
    }

    @Test func aLongRangeIsCutToo() throws {
        let line = "cle: " + String(repeating: "x", count: 10_000) + "\n"
        let source = SourceText(line)
        let range = SourceRange(start: source.position(line: 0, column: 5), end: source.position(line: 0, column: 10_005))
        let excerpt = try #require(SourceExcerpt(range: range, source: source))
        #expect(excerpt.before == "cle: ")
        #expect(excerpt.highlighted == String(repeating: "x", count: SourceExcerpt.maxHighlighted) + "…")
        #expect(excerpt.after == "")
        #expect(excerpt.carets.count == SourceExcerpt.maxHighlighted + 1)
    }

    /// A range near the start of a long line: the window's unused share goes after it.
    @Test func theWindowIsFilledOnTheSideThatHasText() throws {
        let source = SourceText("cle: " + String(repeating: "x", count: 1_000) + "\n")
        let range = SourceRange(start: source.position(line: 0, column: 5), end: source.position(line: 0, column: 10))
        let excerpt = try #require(SourceExcerpt(range: range, source: source))
        #expect(excerpt.before == "cle: ")
        #expect(excerpt.after == String(repeating: "x", count: SourceExcerpt.window - 10) + "…")
    }

    @Test func aShortLineIsWhole() throws {
        let source = SourceText("    licence: EUPL-2.0   # commentaire\n")
        let range = SourceRange(start: source.position(line: 0, column: 13), end: source.position(line: 0, column: 21))
        let excerpt = try #require(SourceExcerpt(range: range, source: source))
        #expect(excerpt.line == "    licence: EUPL-2.0   # commentaire")
    }
}
