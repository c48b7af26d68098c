import YAMLTree

/// A summary for a pull-request comment or `$GITHUB_STEP_SUMMARY`: verdict, totals, the files,
/// the findings most serious first, then the dérogations with their justifications.
///
/// It fits where it goes: at most `markdownMaxFindings` rows per table and
/// `markdownMaxCharacters` UTF-8 bytes in all (a PR comment takes about 65 000 characters, the
/// step summary 1 MiB; 300 failing files made 3.4 MB). What does not fit is counted in a last
/// line that says where the full report is. Values from manifests never mention anyone or link
/// an issue (`MarkdownText.neutralizingReferences`).
public struct MarkdownReporter: Reporter {
    public static let format = ReportFormat.markdown
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    /// Room kept for the closing line that counts what was cut.
    private static let closingReserve = 1_000

    public func render(_ report: RunReport) -> String {
        let language = report.language
        let fr = language == .fr
        var out = "## " + verdict(report) + "\n\n"
        out += "**" + MarkdownText.inline(Words.summaryLine(report)) + "**\n\n"
        let rulesets = report.rulesets.map {
            MarkdownText.code($0.id, inTable: false) + " (version " + MarkdownText.inline($0.version) + ")"
        }.joined(separator: fr ? " et " : " and ")
        out += (fr ? (report.rulesets.count > 1 ? "Règlements " : "Règlement ") : (report.rulesets.count > 1 ? "Rule sets " : "Rule set "))
            + rulesets + (fr ? ", vérifié le " : ", checked on ") + report.today
            + (fr ? " avec " : " with ") + "\(report.tool.name) \(report.tool.version).\n\n"
        if options.withGitHubAnnotations {
            let leftOut = AnnotationBudget(report).unannotated.count
            if leftOut > 0 { out += "> " + MarkdownText.inline(AnnotationBudget.leftOut(leftOut, language)) + "\n\n" }
        }

        var table = CappedTable(limit: options.markdownMaxFindings, budget: options.markdownMaxCharacters - Self.closingReserve)
        // Failing files first: with hundreds of files, those are the rows worth the room.
        let files = report.files.filter { $0.status == .fail } + report.files.filter { $0.status == .pass }
        table.start(
            &out,
            header: fr
                ? "| Fichier | Résultat | Erreurs | Avertissements | Infos | Dérogations |\n"
                : "| File | Result | Errors | Warnings | Infos | Waived |\n",
            separator: "| --- | --- | ---: | ---: | ---: | ---: |\n")
        for file in files {
            let counts = FileCounts(file)
            let result = switch (file.status, language) {
            case (.pass, .fr): "✅ conforme"
            case (.fail, .fr): "❌ non conforme"
            case (.pass, .en): "✅ passed"
            case (.fail, .en): "❌ failed"
            }
            table.add("| \(MarkdownText.code(file.path)) | \(result) | \(counts.errors) | \(counts.warnings)"
                + " | \(counts.infos) | \(counts.waived) |\n", to: &out)
        }
        let filesLeftOut = table.leftOut

        // Most serious first; within a severity, file then source order.
        let findings = report.files.flatMap { file in file.diagnostics.filter { !$0.isWaived }.map { (file, $0) } }
            .enumerated().sorted { a, b in
                a.element.1.severity != b.element.1.severity
                    ? a.element.1.severity > b.element.1.severity : a.offset < b.offset
            }.map(\.element)
        out += "\n### " + (fr ? "Points relevés" : "Findings") + "\n\n"
        table.reset()
        if findings.isEmpty {
            out += (fr ? "Aucun point relevé." : "No findings.") + "\n"
        } else {
            table.start(
                &out, header: fr ? "| Emplacement | Gravité | Règle | Message |\n" : "| Location | Severity | Rule | Message |\n",
                separator: "| --- | --- | --- | --- |\n")
            for (file, diagnostic) in findings {
                var message = diagnostic.message.text(language)
                message = Words.message(message, suggestion: diagnostic.suggestion, language)
                var severity = Words.severity(diagnostic.severity, language)
                if options.countsAsFailure(diagnostic) { severity = "**\(severity)**" }
                table.add("| \(MarkdownText.code("\(file.path):\(diagnostic.range.start.line)")) | \(severity)"
                    + " | \(MarkdownText.code(diagnostic.rule)) | \(MarkdownText.cell(message)) |\n", to: &out)
            }
        }
        let findingsLeftOut = table.leftOut

        let waived = report.files.flatMap { file in file.diagnostics.filter(\.isWaived).map { (file, $0) } }
        table.reset()
        if !waived.isEmpty {
            out += "\n### " + (fr ? "Dérogations" : "Waivers") + "\n\n"
            table.start(
                &out, header: fr ? "| Emplacement | Règle | Constat | Justification |\n" : "| Location | Rule | Finding | Justification |\n",
                separator: "| --- | --- | --- | --- |\n")
            for (file, diagnostic) in waived {
                table.add("| \(MarkdownText.code("\(file.path):\(diagnostic.range.start.line)"))"
                    + " | \(MarkdownText.code(diagnostic.rule))"
                    + " | \(MarkdownText.cell(diagnostic.message.text(language)))"
                    + " | \(MarkdownText.cell(diagnostic.waiver?.justification ?? "")) |\n", to: &out)
            }
        }
        let waiversLeftOut = table.leftOut
        if filesLeftOut + findingsLeftOut + waiversLeftOut > 0 {
            out += "\n" + cutLine(files: filesLeftOut, findings: findingsLeftOut, waivers: waiversLeftOut, language) + "\n"
        }
        return safeForLogs(out)
    }

    /// What the report leaves out, and where to read it all.
    private func cutLine(files: Int, findings: Int, waivers: Int, _ language: Language) -> String {
        let fr = language == .fr
        var parts: [String] = []
        if findings > 0 { parts.append(fr ? Words.count(findings, "point relevé", "points relevés", language) : Words.count(findings, "finding", "findings", language)) }
        if waivers > 0 { parts.append(Words.waivers(waivers, language)) }
        if files > 0 { parts.append(Words.files(files, language)) }
        let list = parts.joined(separator: fr ? " et " : " and ")
        let place: String
        if let file = options.fullReport {
            place = MarkdownText.code(file, inTable: false)
        } else if options.withGitHubAnnotations {
            place = fr ? "le journal de cette étape (tous les constats y sont listés)" : "this step's log (it lists every finding)"
        } else {
            place = fr
                ? "relancez `conforme check` avec `--format html:rapport.html` ou `--format text`"
                : "run `conforme check` with `--format html:report.html` or `--format text`"
        }
        return fr
            ? "_… et \(list) de plus, non affichés ici pour tenir dans un commentaire. Rapport complet : \(place)._"
            : "_… and \(list) more, not shown here so that the summary fits in a comment. Full report: \(place)._"
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

/// Rows of one table, added while they fit: at most `limit` rows and `budget` bytes for the
/// whole report; the rows that did not fit are counted. A table whose first row does not fit
/// keeps its header out too.
struct CappedTable {
    let limit: Int
    let budget: Int
    private(set) var shown = 0
    private(set) var leftOut = 0
    private var pendingHeader: String?

    init(limit: Int, budget: Int) {
        self.limit = limit
        self.budget = budget
    }

    mutating func reset() {
        shown = 0
        leftOut = 0
        pendingHeader = nil
    }

    mutating func start(_ out: inout String, header: String, separator: String) {
        pendingHeader = header + separator
    }

    mutating func add(_ row: String, to out: inout String) {
        let header = pendingHeader ?? ""
        guard leftOut == 0, shown < limit, out.utf8.count + header.utf8.count + row.utf8.count <= budget else {
            leftOut += 1
            return
        }
        out += header
        pendingHeader = nil
        out += row
        shown += 1
    }
}
