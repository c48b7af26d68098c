@testable import ConformeKit
import Foundation
import Testing
import YAMLTree

/// What CI consumers live with: GitHub's annotation budget, a Markdown summary that fits a
/// comment, manifest values that never ping anyone, SARIF waivers as the user chooses, and
/// the rule set of each file in a mixed run.
@Suite struct CIIntegrationTests {
    /// A run of `count` failing files, each with an error, a warning, an info and a waived
    /// warning, in that source order reversed (notices first), so order is the reporter's doing.
    static func manyFiles(_ count: Int, message: String = "Valeur refusée.") -> RunReport {
        let template = ReportFixture.failingFile()
        let source = template.source
        func at(_ line: Int) -> SourceRange {
            SourceRange(start: source.position(line: line, column: 0), end: source.position(line: line, column: 3))
        }
        let waiver = Waiver(justification: "Accordée par la DINUM.", range: at(19))
        let files = (0..<count).map { index in
            FileReport(
                path: "propositions/p\(index).yml", status: .fail,
                diagnostics: [
                    Diagnostic(rule: "projet.nom-lisible", severity: .info, message: LocalizedText(message, message), range: at(1)),
                    Diagnostic(rule: "investigation.entretiens", severity: .warning, message: LocalizedText(message, message), range: at(2), waiver: waiver),
                    Diagnostic(rule: "transparence.budget-public", severity: .warning, message: LocalizedText(message, message), range: at(3)),
                    Diagnostic(rule: "transparence.licence", severity: .error, message: LocalizedText(message, message), range: at(4)),
                ],
                evaluatedRules: ["transparence.licence"], source: source)
        }
        var report = ReportFixture.report()
        report.files = files
        return report
    }

    // MARK: GitHub annotations

    @Test func annotationsGoErrorsFirstWithinGitHubsBudget() {
        let output = GitHubReporter().render(Self.manyFiles(12))
        let commands = output.split(separator: "\n").compactMap { line -> String? in
            for kind in ["error", "warning", "notice"] where line.hasPrefix("::\(kind) ") { return kind }
            return nil
        }
        // 12 of each kind exist (24 notices: infos and waived); GitHub shows 10 of each.
        #expect(commands == Array(repeating: "error", count: 10) + Array(repeating: "warning", count: 10)
            + Array(repeating: "notice", count: 10))
        // The rest is in the log, as plain lines that are not commands, and counted.
        let over = 2 + 2 + 14
        #expect(output.contains("::group::conforme : \(over) constats sans annotation"))
        let listed = output.split(separator: "\n").filter { $0.hasPrefix("erreur ") || $0.hasPrefix("avertissement ") || $0.hasPrefix("info ") }
        #expect(listed.count == over)
        #expect(listed.first?.hasPrefix("erreur propositions/p10.yml:5:1 [transparence.licence]") == true)
        #expect(output.contains("\(over) constats n'ont pas d'annotation sur le diff"))
    }

    @Test func aSmallRunIsAllAnnotationsAndSaysNothingIsLeftOut() {
        let output = GitHubReporter().render(Self.manyFiles(2))
        #expect(!output.contains("sans annotation"))
        #expect(!output.contains("n'ont pas d'annotation"))
        let first = output.split(separator: "\n").first
        #expect(first?.hasPrefix("::error ") == true)
    }

    @Test func theMarkdownSummaryCountsWhatGitHubWillNotAnnotate() {
        let report = Self.manyFiles(12)
        let with = MarkdownReporter(options: ReportOptions(withGitHubAnnotations: true)).render(report)
        #expect(with.contains("> 18 constats n'ont pas d'annotation sur le diff"))
        let without = MarkdownReporter().render(report)
        #expect(!without.contains("pas d'annotation"))
    }

    // MARK: Markdown cap

    @Test func threeHundredFailingFilesFitInAComment() throws {
        let report = Self.manyFiles(300, message: String(repeating: "Texte long du manifeste. ", count: 20))
        let markdown = MarkdownReporter(options: ReportOptions(fullReport: "conforme.sarif")).render(report)
        #expect(markdown.utf8.count <= ReportOptions.defaultMarkdownMaxCharacters)
        #expect(markdown.hasPrefix("## ❌ 300 propositions sur 300 ne sont pas encore conformes"))
        #expect(markdown.contains("**300 fichiers : 0 conforme, 300 non conformes"))
        // 300 errors, 300 warnings, 300 infos: the rows shown are errors, the most serious.
        let findings = try #require(markdown.components(separatedBy: "### Points relevés").last?.components(separatedBy: "### Dérogations").first)
        let rows = findings.split(separator: "\n").filter { $0.hasPrefix("| `propositions/") }
        #expect(!rows.isEmpty && rows.count <= ReportOptions.defaultMarkdownMaxFindings)
        #expect(rows.allSatisfy { $0.contains("| **erreur** |") })
        let lastLine = markdown.split(separator: "\n").last.map(String.init) ?? ""
        #expect(lastLine.hasPrefix("_… et "))
        #expect(lastLine.contains("Rapport complet : `conforme.sarif`"))
    }

    @Test func theCapIsAnOption() {
        let report = Self.manyFiles(3)
        let markdown = MarkdownReporter(options: ReportOptions(markdownMaxFindings: 2)).render(report)
        let findings = markdown.components(separatedBy: "### Points relevés")[1].components(separatedBy: "### Dérogations")[0]
        #expect(findings.components(separatedBy: "\n| `propositions/").count - 1 == 2)
        // 9 unwaived findings, 2 shown; 3 waivers, 2 shown; 3 files, 2 shown.
        #expect(markdown.contains("_… et 7 points relevés et 1 dérogation et 1 fichier de plus"))
        #expect(markdown.contains("--format html:rapport.html"))
        let small = MarkdownReporter(options: ReportOptions(markdownMaxCharacters: 3_000)).render(Self.manyFiles(40))
        #expect(small.utf8.count <= 3_000)
    }

    @Test func aRunThatFitsIsNotCut() {
        let markdown = MarkdownReporter().render(ReportFixture.report())
        #expect(!markdown.contains("_… "))
    }

    // MARK: Mentions and references

    @Test func mentionsAndIssueReferencesFromManifestsAreNeutralised() {
        let zw = "\u{200B}"
        let text = "Cc @dinum-eig et @octocat, voir #123, org/repo#45, GH-7 et !12 ; contact@beta.gouv.fr reste une adresse."
        let cell = MarkdownText.cell(text)
        #expect(cell.contains("@\(zw)dinum-eig") && cell.contains("@\(zw)octocat"))
        #expect(cell.contains("#\(zw)123") && cell.contains("repo\\#\(zw)45") || cell.contains("#\(zw)45"))
        #expect(cell.contains("GH\(zw)-7") && cell.contains("!\(zw)12"))
        #expect(cell.contains("contact@beta.gouv.fr"), "an e-mail address is not a mention")
        // Nothing is left that GitHub would link: no @ or # directly before a name or number.
        #expect(cell.range(of: #"(^|[^\w])@[A-Za-z0-9]"#, options: .regularExpression) == nil)
        #expect(cell.range(of: #"#[0-9]"#, options: .regularExpression) == nil)

        var report = ReportFixture.report()
        report.files[1].diagnostics[3].message = LocalizedText("La licence « @admin #1 » est inconnue.", "")
        report.files[1].diagnostics[1].waiver?.justification = "Validé par @chef, cf. #99."
        let markdown = MarkdownReporter().render(report)
        #expect(!markdown.contains("@admin") && !markdown.contains("@chef"))
        #expect(markdown.contains("@\(zw)admin") && markdown.contains("@\(zw)chef"))
        #expect(markdown.range(of: #"#[0-9]"#, options: .regularExpression) == nil)
    }

    // MARK: Mixed promotions

    static func mixedReport() -> RunReport {
        var report = ReportFixture.report()
        report.files[0].ruleset = RulesetLabel(id: "eig-6", version: "2023.1")
        report.files[1].ruleset = RulesetLabel(id: "eig-7", version: "2024.1")
        return report
    }

    @Test func sarifNamesEachResultsRuleSetInAMixedRun() throws {
        var report = Self.mixedReport()
        report.files[0].diagnostics = [report.files[1].diagnostics[3]]
        let sarif = try JSONSerialization.jsonObject(with: Data(SARIFReporter().render(report).utf8)) as! [String: Any]
        let run = (sarif["runs"] as! [[String: Any]])[0]
        let results = run["results"] as! [[String: Any]]
        let labels = results.map { (($0["properties"] as? [String: Any])?["ruleset"] as? [String: String])?["id"] }
        #expect(labels.first == "eig-6")
        #expect(labels.dropFirst().allSatisfy { $0 == "eig-7" })
        let properties = run["properties"] as! [String: Any]
        let all = (properties["rulesets"] as! [[String: String]]).map { $0["id"]! }
        #expect(all == ["eig-7", "eig-6"])
        // A run with one rule set keeps its results as they were.
        let single = SARIFReporter().render(ReportFixture.report())
        #expect(!single.contains("\"rulesets\""))
    }

    @Test func junitNamesEachSuitesRuleSet() {
        let xml = JUnitReporter().render(Self.mixedReport())
        #expect(xml.contains("<testsuites name=\"conforme eig-7 2024.1 + eig-6 2023.1\""))
        let suites = xml.components(separatedBy: "<testsuite ").dropFirst()
        #expect(suites.count == 2)
        #expect(suites.first?.contains("<property name=\"ruleset\" value=\"eig-6\"/>") == true)
        #expect(suites.first?.contains("<property name=\"ruleset.version\" value=\"2023.1\"/>") == true)
        #expect(suites.last?.contains("<property name=\"ruleset\" value=\"eig-7\"/>") == true)
    }

    @Test func markdownNamesBothRuleSets() {
        let markdown = MarkdownReporter().render(Self.mixedReport())
        #expect(markdown.contains("Règlements `eig-7` (version 2024.1) et `eig-6` (version 2023.1)"))
    }

    // MARK: SARIF waivers

    static func results(_ mode: SARIFWaiverMode) throws -> [[String: Any]] {
        let text = SARIFReporter(options: ReportOptions(sarifWaivers: mode)).render(ReportFixture.report())
        let sarif = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        return (sarif["runs"] as! [[String: Any]])[0]["results"] as! [[String: Any]]
    }

    @Test func waiversAreSuppressedInSourceByDefault() throws {
        let waived = try Self.results(.suppress).filter { $0["suppressions"] != nil }
        #expect(waived.count == 1)
        let suppression = (waived[0]["suppressions"] as! [[String: Any]])[0]
        #expect(suppression["kind"] as? String == "inSource")
        #expect(waived[0]["level"] as? String == "warning")
    }

    @Test func waiversCanBeLeftOut() throws {
        let all = try Self.results(.suppress)
        let omitted = try Self.results(.omit)
        #expect(omitted.count == all.count - 1)
        #expect(!omitted.contains { ($0["ruleId"] as? String) == "investigation.entretiens" })
        // The other results keep their fingerprints.
        let prints = { (results: [[String: Any]]) in results.compactMap { ($0["partialFingerprints"] as? [String: String])?["conforme/v1"] } }
        #expect(Set(prints(omitted)).isSubset(of: Set(prints(all))))
    }

    @Test func waiversCanBeNotesWithTheirJustification() throws {
        let results = try Self.results(.note)
        let waived = try #require(results.first { ($0["ruleId"] as? String) == "investigation.entretiens" })
        #expect(waived["level"] as? String == "note")
        let message = (waived["message"] as? [String: String])?["text"] ?? ""
        #expect(message.hasPrefix("[dérogation] 12 entretiens"))
        #expect(message.contains("dérogation : Public rare : 12 agents instructeurs au total, tous interrogés."))
        #expect(results.filter { $0["level"] as? String == "warning" }.count == 1)
    }
}
