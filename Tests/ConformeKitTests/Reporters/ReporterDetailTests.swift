@testable import ConformeKit
import Testing
import YAMLTree

/// Behaviours the golden files show but do not name: carets, plurals, escaping, quiet mode.
@Suite struct ReporterDetailTests {
    private func excerpt(_ text: String, _ range: (Int, Int, Int, Int)) -> SourceExcerpt? {
        let source = SourceText(text)
        return SourceExcerpt(
            range: SourceRange(
                start: source.position(line: range.0 - 1, column: range.1 - 1),
                end: source.position(line: range.2 - 1, column: range.3 - 1)),
            source: source)
    }

    @Test func caretsUnderTheRange() throws {
        let e = try #require(excerpt("    licence: EUPL-2.0\n", (1, 14, 1, 22)))
        #expect(e.caretPrefix == String(repeating: " ", count: 13))
        #expect(e.carets == "^^^^^^^^")
    }

    @Test func anEmptyRangeGetsOneCaret() throws {
        let e = try #require(excerpt("vide:\n", (1, 6, 1, 6)))
        #expect(e.caretPrefix == "     ")
        #expect(e.carets == "^")
    }

    @Test func aMultiLineRangeIsUnderlinedToTheEndOfItsFirstLine() throws {
        let e = try #require(excerpt("bloc: |\n  a\n  b\n", (1, 1, 3, 4)))
        #expect(e.carets == "^^^^^^^")
    }

    @Test func tabsAreKeptSoTheCaretsAlign() throws {
        let e = try #require(excerpt("\t\tcle: x\n", (1, 3, 1, 6)))
        #expect(e.caretPrefix == "\t\t")
        #expect(e.carets == "^^^")
    }

    @Test func wideAndCombiningCharactersTakeTheirScreenWidth() throws {
        // "é" written e + U+0301 is two scalars but one cell; 😀 takes two cells.
        let e = try #require(excerpt("nom: Socie\u{301}te\u{301} 😀 x\n", (1, 6, 1, 18)))
        #expect(e.highlighted == "Socie\u{301}te\u{301} 😀 ")
        #expect(e.carets == String(repeating: "^", count: 11))
    }

    @Test func frenchPluralsAndTheSummaryLine() {
        var summary = RunReport.Summary()
        summary.files = 3
        summary.passed = 2
        summary.failed = 1
        summary.errors = 1
        #expect(Words.summaryLine(summary, .fr) == "3 fichiers : 2 conformes, 1 non conforme — 1 erreur, 0 avertissement")
        #expect(Words.summaryLine(summary, .en) == "3 files: 2 passed, 1 failed — 1 error, 0 warnings")
        summary = RunReport.Summary()
        summary.files = 1
        summary.passed = 1
        summary.warnings = 2
        summary.infos = 1
        summary.waived = 2
        #expect(
            Words.summaryLine(summary, .fr)
                == "1 fichier : 1 conforme, 0 non conforme — 0 erreur, 2 avertissements, 1 info, 2 dérogations")
        #expect(Words.summaryLine(summary, .en) == "1 file: 1 passed, 0 failed — 0 errors, 2 warnings, 1 info, 2 waived")
    }

    @Test func jsonStringEscaping() {
        var out = ""
        JSONValue.writeString("« \"a\\b\" »\n\t\u{1}\u{1F}\u{7F}é😀/\u{2028}", to: &out)
        #expect(out == #""« \"a\\b\" »\n\t\u0001\u001F\u007Fé😀/\u2028""#)
    }

    /// The writer lays a document out as the JSON reports always were: empty containers on one
    /// line, one element per line otherwise, integers at both ends of their range.
    @Test func jsonWriterLayout() {
        var json = JSONWriter()
        json.object { json in
            json.key("vide")
            json.array { _ in }
            json.key("objet vide")
            json.object { _ in }
            json.key("entiers")
            json.array { json in
                for value in [0, -7, 42, Int.max, Int.min] { json.int(value) }
            }
            json.key("absent")
            json.string(nil as String?)
            json.key("imbriqué")
            json.array { json in
                json.object { json in
                    json.key("ok")
                    json.bool(true)
                }
                json.null()
            }
        }
        let expected = """
            {
              "vide": [],
              "objet vide": {},
              "entiers": [
                0,
                -7,
                42,
                9223372036854775807,
                -9223372036854775808
              ],
              "absent": null,
              "imbriqué": [
                {
                  "ok": true
                },
                null
              ]
            }

            """
        #expect(String(decoding: json.finish(), as: UTF8.self) == expected)
    }

    @Test func xmlEscapingDropsCharactersXMLForbids() {
        #expect(XMLEscaping.text("a<b>&c\u{1}\u{FFFE}\t\n") == "a&lt;b&gt;&amp;c\u{FFFD}\u{FFFD}\t\n")
        #expect(XMLEscaping.attribute("\"x\"\n'y'") == "&quot;x&quot;&#10;'y'")
    }

    @Test func markdownCellsKeepTheTableIntact() {
        #expect(MarkdownText.cell("a|b\nc <d> *e*") == "a\\|b<br>c &lt;d&gt; \\*e\\*")
        #expect(MarkdownText.code("a`b|c") == "``a`b\\|c``")
    }

    @Test func sarifURIsAreRelativeAndPercentEncoded() {
        #expect(SARIFReporter.uri(forPath: "./propositions/déclic santé.yml") == ("propositions/d%C3%A9clic%20sant%C3%A9.yml", true))
        #expect(SARIFReporter.uri(forPath: "propositions\\a#b.yml") == ("propositions/a%23b.yml", true))
        #expect(SARIFReporter.uri(forPath: "/tmp/p.yml") == ("file:///tmp/p.yml", false))
    }

    @Test func quietShowsOnlyWhatFailsAndColourOnlyWhenAsked() {
        let report = ReportFixture.report()
        let quiet = TextReporter(options: ReportOptions(quiet: true)).render(report)
        #expect(!quiet.contains("propositions/ok.yml : conforme"))
        #expect(!quiet.contains("avertissement ["))
        #expect(quiet.contains("erreur [transparence.licence]"))
        let quietWarnings = TextReporter(options: ReportOptions(quiet: true, failOn: .warning)).render(report)
        #expect(quietWarnings.contains("avertissement [transparence.budget-public]"))
        #expect(!quietWarnings.contains("(dérogation)"))  // waived never fails
        #expect(!TextReporter().render(report).contains("\u{1B}["))
        #expect(TextReporter(options: ReportOptions(useColor: true)).render(report).contains("\u{1B}[31;1merreur\u{1B}[0m"))
    }

    @Test func terminalControlCharactersFromAManifestAreNeutralised() {
        let text = TextReporter().render(ReportFixture.hostileReport())
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("\u{241B}[31mrouge"))
    }

    @Test func htmlEscapesEverythingAndLinksOnlyToTheWeb() {
        let html = HTMLReporter().render(ReportFixture.hostileReport())
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(!html.contains("javascript:alert(1)\""))  // shown as text, never as href
        #expect(!html.contains("href=\"javascript"))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(!html.contains("<script") && !html.contains("http-equiv") && !html.contains("src="))
    }

    @Test func htmlVerdictInPlainFrench() {
        let options = ReportOptions()
        var report = ReportFixture.report()
        report.files = [ReportFixture.passingFile()]
        #expect(HTMLReporter(options: options).verdict(report) == "Votre proposition est conforme.")
        report.files = [ReportFixture.failingFile()]
        #expect(
            HTMLReporter(options: options).verdict(report)
                == "Votre proposition n'est pas encore conforme : 3 points à corriger. 3 recommandations pour l'améliorer.")
        report.language = .en
        #expect(HTMLReporter(options: options).verdict(report).hasPrefix("Your proposal does not comply yet: 3 points to fix."))
    }
}
