import YAMLTree

/// One self-contained page an administration can open offline or attach to an e-mail: the
/// verdict first, in plain words, then the findings grouped by theme of the règlement, each
/// with its line, what is wrong, how to fix it and which article requires it.
///
/// Accessibility is part of the format: headings in order (h1 → h4), severity written as text
/// (colour only repeats it), contrast ≥ 4.5:1, no script, a print style.
public struct HTMLReporter: Reporter {
    public static let format = ReportFormat.html
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    public func render(_ report: RunReport) -> String {
        let language = report.language
        let fr = language == .fr
        let title = fr ? "Rapport de conformité au règlement EIG" : "EIG rules compliance report"
        var out = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="\(e(report.tool.name)) \(e(report.tool.version))">
            <title>\(e(title)) — \(e(report.files.map(\.path).joined(separator: ", ")))</title>
            <style>
            \(HTMLReporter.styleSheet)</style>
            </head>
            <body>
            <main>
            <h1>\(e(title))</h1>

            """
        let failed = report.failed
        out += "<p class=\"verdict \(failed ? "verdict-fail" : "verdict-pass")\">"
            + "<strong>\(e(verdict(report)))</strong></p>\n"
        out += "<p class=\"meta\">"
            + (fr ? "Règlement <code>\(e(report.rulesetID))</code>, version \(e(report.rulesetVersion)) ; vérification du \(e(report.today)) par \(e(report.tool.name)) \(e(report.tool.version))."
                : "Rule set <code>\(e(report.rulesetID))</code>, version \(e(report.rulesetVersion)); checked on \(e(report.today)) by \(e(report.tool.name)) \(e(report.tool.version)).")
            + "</p>\n"
        out += "<p class=\"meta\">\(e(Words.summaryLine(report)))</p>\n"

        out += fileIndex(report)
        for (index, file) in report.files.enumerated() {
            out += fileSection(file, index: index, report: report)
        }
        out += "</main>\n<footer>\n<p>"
            + (fr
                ? "Ce rapport vérifie la forme et la complétude du dossier au regard du règlement ; il ne préjuge pas de la sélection de votre projet."
                : "This report checks the form and completeness of the application against the rules; it does not predict whether your project will be selected.")
            + "</p>\n</footer>\n</body>\n</html>\n"
        return safeForLogs(out)
    }

    // MARK: - Verdict

    /// "Votre proposition est conforme" / "… n'est pas encore conforme : 3 points à corriger".
    public func verdict(_ report: RunReport) -> String {
        let fr = report.language == .fr
        if !report.unread.isEmpty {
            // Never a green page for a run that could not read what it was given.
            if report.files.isEmpty { return Words.summaryLine(report) }
            let names = report.unread.map { fr ? "« \($0.path) » (\($0.reason.fr))" : "'\($0.path)' (\($0.reason.en))" }
            return (fr ? "Vérification incomplète : \(names.joined(separator: ", ")) n'a pas pu être lu. "
                : "Incomplete check: \(names.joined(separator: ", ")) could not be read. ") + verdict(files: report)
        }
        return verdict(files: report)
    }

    private func verdict(files report: RunReport) -> String {
        let fr = report.language == .fr
        let findings = report.files.flatMap(\.diagnostics).filter { !$0.isWaived }
        let toFix = findings.filter(options.countsAsFailure).count
        let advice = findings.count - toFix
        let failed = report.files.filter { $0.status == .fail }.count
        let total = report.files.count
        var sentence: String
        if total == 0 {
            sentence = fr ? "Aucune proposition n'a été vérifiée." : "No proposal was checked."
        } else if failed == 0 {
            sentence = switch (total, fr) {
            case (1, true): "Votre proposition est conforme."
            case (_, true): "Vos \(total) propositions sont conformes."
            case (1, false): "Your proposal complies."
            case (_, false): "Your \(total) proposals comply."
            }
        } else {
            let subject = switch (total, fr) {
            case (1, true): "Votre proposition n'est pas encore conforme"
            case (_, true): "\(failed) proposition\(failed > 1 ? "s" : "") sur \(total) "
                + (failed > 1 ? "ne sont pas encore conformes" : "n'est pas encore conforme")
            case (1, false): "Your proposal does not comply yet"
            case (_, false): "\(failed) of \(total) proposals " + (failed > 1 ? "do not" : "does not") + " comply yet"
            }
            sentence = toFix == 0
                ? subject + "."
                : subject + (fr ? " : " : ": ")
                    + (fr ? Words.count(toFix, "point à corriger", "points à corriger", .fr)
                        : Words.count(toFix, "point to fix", "points to fix", .en)) + "."
        }
        if advice > 0 {
            sentence += " " + (fr
                ? Words.count(advice, "recommandation", "recommandations", .fr) + " pour l'améliorer."
                : Words.count(advice, "recommendation", "recommendations", .en) + " to improve it.")
        }
        return sentence
    }

    // MARK: - Files and themes

    private func fileSection(_ file: FileReport, index: Int, report: RunReport) -> String {
        let language = report.language
        let fr = language == .fr
        let id = "fichier-\(index + 1)"
        let status = switch (file.status, fr) {
        case (.pass, true): "conforme"
        case (.fail, true): "non conforme"
        case (.pass, false): "complies"
        case (.fail, false): "does not comply"
        }
        var out = "<section class=\"file\" aria-labelledby=\"\(id)\">\n"
        out += "<h2 id=\"\(id)\"><code>\(e(file.path))</code> — \(e(status))</h2>\n"
        let counts = FileCounts(file)
        if file.diagnostics.isEmpty {
            out += "<p>" + (fr ? "Aucun point relevé." : "No findings.") + "</p>\n"
        } else {
            var parts = [Words.errors(counts.errors, language), Words.warnings(counts.warnings, language)]
            if counts.infos > 0 { parts.append(Words.infos(counts.infos, language)) }
            if counts.waived > 0 { parts.append(Words.waivers(counts.waived, language)) }
            out += "<p>\(e(parts.joined(separator: ", ")))</p>\n"
        }

        // What must be fixed first, where people read first; each group in the file's order.
        for group in SeverityGroup.allCases {
            let findings = file.diagnostics.filter { group.holds($0) }
            guard !findings.isEmpty else { continue }
            out += "<h3>\(e(group.heading(language)))</h3>\n"
            for diagnostic in findings { out += finding(diagnostic, file: file, report: report) }
        }
        out += "</section>\n"
        return out
    }

    /// A run over several files starts with their list and verdicts, each a link to its section.
    private func fileIndex(_ report: RunReport) -> String {
        guard report.files.count > 1 else { return "" }
        let fr = report.language == .fr
        var out = "<nav aria-labelledby=\"index-fichiers\">\n<h2 id=\"index-fichiers\">"
            + (fr ? "Fichiers vérifiés" : "Files checked") + "</h2>\n<ul>\n"
        for (index, file) in report.files.enumerated() {
            let counts = FileCounts(file)
            let verdict = switch (file.status, fr) {
            case (.pass, true): "conforme"
            case (.fail, true): "non conforme"
            case (.pass, false): "complies"
            case (.fail, false): "does not comply"
            }
            var parts = [Words.errors(counts.errors, report.language), Words.warnings(counts.warnings, report.language)]
            if counts.infos > 0 { parts.append(Words.infos(counts.infos, report.language)) }
            out += "<li><a href=\"#fichier-\(index + 1)\"><code>\(e(file.path))</code></a> — \(e(verdict)) "
                + "(\(e(parts.joined(separator: ", "))))</li>\n"
        }
        return out + "</ul>\n</nav>\n"
    }

    private func finding(_ diagnostic: Diagnostic, file: FileReport, report: RunReport) -> String {
        let language = report.language
        let fr = language == .fr
        let rule = report.rules.first { $0.id == diagnostic.rule }
        let kind = diagnostic.isWaived ? "waived" : diagnostic.severity.rawValue
        var badge = Words.severityTitle(diagnostic.severity, language)
        if diagnostic.isWaived { badge += fr ? " — dérogation accordée" : " — waived" }
        let position = diagnostic.range.start
        let place = fr ? "ligne \(position.line), colonne \(position.column)" : "line \(position.line), column \(position.column)"

        var out = "<article class=\"finding finding-\(kind)\">\n"
        out += "<h4><span class=\"badge badge-\(kind)\">\(e(badge))</span> "
            + "\(e(rule?.title.text(language) ?? diagnostic.rule))</h4>\n"
        out += "<p class=\"where\">\(e(place)) · \(e(Theme.heading(Theme.category(of: diagnostic.rule, in: report), language)))"
        if let path = diagnostic.path { out += " · <code>\(e(path))</code>" }
        out += "</p>\n"
        out += "<p class=\"message\">\(e(diagnostic.message.text(language)))</p>\n"
        if let excerpt = SourceExcerpt(range: diagnostic.range, source: file.source) {
            let label = fr ? "Ligne \(excerpt.lineNumber) de votre fichier" : "Line \(excerpt.lineNumber) of your file"
            out += "<pre aria-label=\"\(e(label))\"><span class=\"line-number\">\(excerpt.lineNumber)</span> "
                + e(visibleControls(excerpt.before))
                + "<mark>\(e(visibleControls(excerpt.highlighted)))</mark>"
                + e(visibleControls(excerpt.after)) + "</pre>\n"
        }
        if let suggestion = diagnostic.suggestion {
            out += "<p class=\"fix\"><strong>\(fr ? "Correction proposée :" : "Suggested fix:")</strong> "
                + e(Words.suggestion(suggestion, language)) + "</p>\n"
        }
        if let rationale = rule?.rationale?.text(language) {
            out += "<p><strong>\(fr ? "Pourquoi :" : "Why:")</strong> \(e(rationale))</p>\n"
        }
        if let waiver = diagnostic.waiver {
            out += "<p class=\"waiver\"><strong>\(fr ? "Dérogation demandée" : "Waiver requested")"
                + " (\(fr ? "ligne" : "line") \(waiver.range.start.line))\(fr ? " :" : ":")</strong> "
                + e(waiver.justification) + "</p>\n"
        }
        for note in diagnostic.notes {
            out += "<p class=\"note\"><strong>Note (\(fr ? "ligne" : "line") \(note.range.start.line))\(fr ? " :" : ":")</strong> "
                + e(note.message.text(language)) + "</p>\n"
        }
        out += "<p class=\"reference\"><strong>\(fr ? "Référence :" : "Reference:")</strong> "
        var reference: [String] = []
        switch (rule?.source, rule?.url.flatMap(HTMLReporter.safeLink)) {
        case let (source?, url?): reference.append("<a href=\"\(e(url))\">\(e(source))</a>")
        case let (source?, nil): reference.append(e(source))
        case let (nil, url?): reference.append("<a href=\"\(e(url))\">\(e(url))</a>")
        case (nil, nil): break
        }
        reference.append((fr ? "règle " : "rule ") + "<code>\(e(diagnostic.rule))</code>")
        out += reference.joined(separator: " · ") + "</p>\n"
        out += "</article>\n"
        return out
    }

    /// Only web links become links: a rule set is data, and `javascript:` has no place in a
    /// page people open from their mailbox.
    public static func safeLink(_ url: String) -> String? {
        let lowered = url.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://") ? url : nil
    }

    /// Escaped for text and attributes alike; control characters shown, not dropped.
    private func e(_ text: String) -> String {
        XMLEscaping.attribute(visibleControls(text, keepTabs: true, keepLineBreaks: true))
    }

    // Colours are the DSFR's (the French State design system) where they exist; every pair
    // of text and background here has a contrast ratio of at least 4.5:1.
    static let styleSheet = """
        :root { color-scheme: light; }
        body { margin: 0; background: #ffffff; color: #161616; font: 1rem/1.5 Marianne, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
        main, footer { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem; }
        h1 { font-size: 1.75rem; color: #000091; margin: 1rem 0; }
        h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; padding-bottom: 0.25rem; border-bottom: 2px solid #000091; }
        h3 { font-size: 1.15rem; color: #000091; margin: 1.5rem 0 0.5rem; }
        h4 { font-size: 1rem; margin: 0 0 0.5rem; }
        code, pre { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        a { color: #000091; }
        .verdict { font-size: 1.2rem; padding: 1rem 1.25rem; border-left: 0.5rem solid; margin: 1rem 0; }
        .verdict-pass { background: #e6feda; border-color: #18753c; }
        .verdict-fail { background: #ffe9e9; border-color: #ce0500; }
        .meta { color: #3a3a3a; margin: 0.25rem 0; }
        .finding { border: 1px solid #929292; border-left: 0.35rem solid #929292; padding: 0.75rem 1rem; margin: 0.75rem 0; break-inside: avoid; }
        .finding-error { border-left-color: #ce0500; }
        .finding-warning { border-left-color: #b34000; }
        .finding-info { border-left-color: #0063cb; }
        .finding-waived { border-left-color: #666666; border-left-style: dashed; }
        .finding p { margin: 0.35rem 0; }
        .badge { display: inline-block; padding: 0 0.5rem; margin-right: 0.35rem; border-radius: 0.25rem; font-size: 0.9rem; font-weight: 700; border: 1px solid currentColor; }
        .badge-error { background: #ce0500; color: #ffffff; }
        .badge-warning { background: #fff4e5; color: #8d3300; }
        .badge-info { background: #e8edff; color: #00348a; }
        .badge-waived { background: #eeeeee; color: #3a3a3a; }
        .where { color: #3a3a3a; }
        pre { background: #f6f6f6; border: 1px solid #dddddd; padding: 0.5rem 0.75rem; overflow-x: auto; white-space: pre-wrap; word-break: break-word; tab-size: 4; }
        .line-number { color: #595959; user-select: none; padding-right: 0.5rem; border-right: 1px solid #929292; margin-right: 0.25rem; }
        mark { background: #fff2b3; color: #161616; text-decoration: underline 2px; text-underline-offset: 0.2em; }
        footer { color: #3a3a3a; border-top: 1px solid #dddddd; font-size: 0.9rem; }
        @media print {
          body { font-size: 11pt; }
          main, footer { max-width: none; padding: 0; }
          .verdict, .badge, mark { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          a[href]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
          h2, h3, h4 { break-after: avoid; }
        }

        """
}
