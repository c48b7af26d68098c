import YAMLTree

/// A summary for a pull-request comment or `$GITHUB_STEP_SUMMARY`: verdict, totals, one table
/// row per finding, then the dérogations with their justifications.
public struct MarkdownReporter: Reporter {
    public static let format = ReportFormat.markdown
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    public func render(_ report: RunReport) -> String {
        let language = report.language
        let fr = language == .fr
        var out = "## " + verdict(report) + "\n\n"
        out += "**" + MarkdownText.inline(Words.summaryLine(report)) + "**\n\n"
        out += (fr ? "Règlement " : "Rule set ") + MarkdownText.code(report.rulesetID, inTable: false)
            + (fr ? " (version " : " (version ") + MarkdownText.inline(report.rulesetVersion) + ")"
            + (fr ? ", vérifié le " : ", checked on ") + report.today
            + (fr ? " avec " : " with ") + "\(report.tool.name) \(report.tool.version).\n\n"

        out += fr
            ? "| Fichier | Résultat | Erreurs | Avertissements | Infos | Dérogations |\n"
            : "| File | Result | Errors | Warnings | Infos | Waived |\n"
        out += "| --- | --- | ---: | ---: | ---: | ---: |\n"
        for file in report.files {
            let counts = FileCounts(file)
            let result = switch (file.status, language) {
            case (.pass, .fr): "✅ conforme"
            case (.fail, .fr): "❌ non conforme"
            case (.pass, .en): "✅ passed"
            case (.fail, .en): "❌ failed"
            }
            out += "| \(MarkdownText.code(file.path)) | \(result) | \(counts.errors) | \(counts.warnings)"
                + " | \(counts.infos) | \(counts.waived) |\n"
        }

        let findings = report.files.flatMap { file in file.diagnostics.filter { !$0.isWaived }.map { (file, $0) } }
        out += "\n### " + (fr ? "Points relevés" : "Findings") + "\n\n"
        if findings.isEmpty {
            out += (fr ? "Aucun point relevé." : "No findings.") + "\n"
        } else {
            out += fr ? "| Emplacement | Gravité | Règle | Message |\n" : "| Location | Severity | Rule | Message |\n"
            out += "| --- | --- | --- | --- |\n"
            for (file, diagnostic) in findings {
                var message = diagnostic.message.text(language)
                message = Words.message(message, suggestion: diagnostic.suggestion, language)
                var severity = Words.severity(diagnostic.severity, language)
                if options.countsAsFailure(diagnostic) { severity = "**\(severity)**" }
                out += "| \(MarkdownText.code("\(file.path):\(diagnostic.range.start.line)")) | \(severity)"
                    + " | \(MarkdownText.code(diagnostic.rule)) | \(MarkdownText.cell(message)) |\n"
            }
        }

        let waived = report.files.flatMap { file in file.diagnostics.filter(\.isWaived).map { (file, $0) } }
        if !waived.isEmpty {
            out += "\n### " + (fr ? "Dérogations" : "Waivers") + "\n\n"
            out += fr ? "| Emplacement | Règle | Constat | Justification |\n" : "| Location | Rule | Finding | Justification |\n"
            out += "| --- | --- | --- | --- |\n"
            for (file, diagnostic) in waived {
                out += "| \(MarkdownText.code("\(file.path):\(diagnostic.range.start.line)"))"
                    + " | \(MarkdownText.code(diagnostic.rule))"
                    + " | \(MarkdownText.cell(diagnostic.message.text(language)))"
                    + " | \(MarkdownText.cell(diagnostic.waiver?.justification ?? "")) |\n"
            }
        }
        return out
    }

    private func verdict(_ report: RunReport) -> String {
        let summary = report.summary
        let language = report.language
        // A path that could not be read: the run is incomplete, whatever the files read say.
        if !report.unread.isEmpty {
            let fr = language == .fr
            if summary.files == 0 { return fr ? "❌ Rien n'a été vérifié" : "❌ Nothing was checked" }
            return fr ? "❌ Vérification incomplète : un chemin au moins n'a pas pu être lu"
                : "❌ Incomplete check: at least one path could not be read"
        }
        if summary.files == 0 {
            return language == .fr ? "Aucune proposition vérifiée" : "No proposal checked"
        }
        return switch (summary.failed, language) {
        case (0, .fr):
            summary.files == 1 ? "✅ La proposition est conforme" : "✅ Toutes les propositions sont conformes"
        case (0, .en):
            summary.files == 1 ? "✅ The proposal passes" : "✅ All proposals pass"
        case (let failed, .fr):
            summary.files == 1
                ? "❌ La proposition n'est pas encore conforme"
                : "❌ \(failed) \(failed == 1 ? "proposition" : "propositions") sur \(summary.files)"
                    + (failed == 1 ? " n'est pas encore conforme" : " ne sont pas encore conformes")
        case (let failed, .en):
            summary.files == 1
                ? "❌ The proposal does not pass yet"
                : "❌ \(failed) of \(summary.files) proposals " + (failed == 1 ? "does not" : "do not") + " pass yet"
        }
    }
}

/// A file's findings by kind, waived ones apart (they never count toward failure).
struct FileCounts {
    var errors = 0
    var warnings = 0
    var infos = 0
    var waived = 0

    init(_ file: FileReport) {
        for diagnostic in file.diagnostics {
            if diagnostic.isWaived {
                waived += 1
                continue
            }
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }
}
