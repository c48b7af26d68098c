@testable import ConformeKit
import Foundation
import Testing
import YAMLTree

/// SARIF `partialFingerprints` and GitLab `fingerprint` name a finding across runs: the same
/// finding keeps its name when nothing changed and when lines move elsewhere in the file, and
/// two findings never share one.
@Suite struct FingerprintTests {
    @Test func identicalAcrossTwoRuns() throws {
        let first = try sarifFingerprints(ReportFixture.report())
        let second = try sarifFingerprints(ReportFixture.report())
        #expect(first.count == 7)
        #expect(first == second)
        #expect(try gitlabFingerprints(ReportFixture.report()) == gitlabFingerprints(ReportFixture.report()))
    }

    /// A blank line inserted above the licence finding (line 14) moves it and every later
    /// finding down one line; none of them may change identity, nor may the ones above.
    @Test func unaffectedByLineShiftsElsewhere() throws {
        let original = ReportFixture.report()
        let shifted = ReportFixture.report(blankLineBefore: 12)
        let licence = { (report: RunReport) in report.files[1].diagnostics.first { $0.rule == "transparence.licence" }! }
        #expect(licence(original).range.start.line == 14)
        #expect(licence(shifted).range.start.line == 15)  // the edit did move it
        #expect(try sarifFingerprints(shifted) == sarifFingerprints(original))
        #expect(try gitlabFingerprints(shifted) == gitlabFingerprints(original))
    }

    /// The message language is presentation, not identity.
    @Test func independentOfLanguage() throws {
        #expect(try sarifFingerprints(ReportFixture.report(language: .en)) == sarifFingerprints(ReportFixture.report()))
    }

    @Test func changesWhenTheFindingChanges() {
        let a = Fingerprint.hash(["transparence.licence", "transparence.code_source.licence", "p.yml", "EUPL-2.0"])
        let b = Fingerprint.hash(["transparence.licence", "transparence.code_source.licence", "p.yml", "EUPL-2.1"])
        let c = Fingerprint.hash(["transparence.licence", "transparence.code_source.licence", "q.yml", "EUPL-2.0"])
        #expect(Set([a, b, c]).count == 3)
        #expect(a.count == 32 && a.allSatisfy(\.isHexDigit))
        // Field boundaries count: ("ab", "c") is not ("a", "bc").
        #expect(Fingerprint.hash(["ab", "c"]) != Fingerprint.hash(["a", "bc"]))
    }

    /// Two findings with the same rule, path and text (a value repeated in a list) get distinct
    /// fingerprints, numbered in source order.
    @Test func collisionsAreDisambiguated() throws {
        let source = SourceText("voeux:\n  - design\n  - design\n")
        func at(_ line: Int) -> Diagnostic {
            Diagnostic(
                rule: "mission.profils", severity: .error, message: LocalizedText(fr: "x", en: "x"),
                path: "mission.voeux", range: SourceRange(
                    start: source.position(line: line - 1, column: 4), end: source.position(line: line - 1, column: 10)))
        }
        let file = FileReport(path: "p.yml", status: .fail, diagnostics: [at(2), at(3)], evaluatedRules: [], source: source)
        var report = ReportFixture.report()
        report.files = [file]
        let fingerprints = try gitlabFingerprints(report)
        #expect(fingerprints.count == 2)
        #expect(Set(fingerprints).count == 2)
        #expect(fingerprints[1] == fingerprints[0] + ":2")
        #expect(try sarifFingerprints(report) == fingerprints)
    }

    // MARK: - Reading them back from the reports

    private func sarifFingerprints(_ report: RunReport) throws -> [String] {
        let json = try JSONSerialization.jsonObject(with: Data(SARIFReporter().render(report).utf8)) as? [String: Any]
        let runs = try #require(json?["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        return results.compactMap { ($0["partialFingerprints"] as? [String: String])?["conforme/v1"] }
    }

    private func gitlabFingerprints(_ report: RunReport) throws -> [String] {
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(GitLabReporter().render(report).utf8)) as? [[String: Any]])
        return entries.compactMap { $0["fingerprint"] as? String }
    }
}
