import YAMLTree

/// GitHub Actions workflow commands: findings become annotations on the pull request's diff,
/// errors first (see `AnnotationBudget`: GitHub shows 10 of each kind per step); findings over
/// that budget are listed in a collapsible group of the log; then each file's verdict and the
/// run's summary, with a sentence counting what has no annotation.
public struct GitHubReporter: Reporter {
    public static let format = ReportFormat.github

    public init() {}

    public func render(_ report: RunReport) -> String {
        let language = report.language
        let budget = AnnotationBudget(report)
        var out = ""
        for entry in budget.annotated {
            let file = report.files[entry.file]
            out += annotation(entry.kind.command, file.diagnostics[entry.diagnostic], file: file, language: language)
        }
        if !budget.unannotated.isEmpty {
            let title = language == .fr
                ? "conforme : \(budget.unannotated.count) constats sans annotation"
                : "conforme: \(budget.unannotated.count) findings without annotation"
            out += "::group::\(GitHubReporter.escapeData(title))\n"
            for entry in budget.unannotated {
                let file = report.files[entry.file]
                out += GitHubReporter.plainLine(overBudgetLine(file.diagnostics[entry.diagnostic], file: file, language: language)) + "\n"
            }
            out += "::endgroup::\n"
        }
        for file in report.files {
            out += GitHubReporter.plainLine(fileVerdict(file, language: language)) + "\n"
        }
        out += GitHubReporter.plainLine(Words.summaryLine(report)) + "\n"
        if !budget.unannotated.isEmpty {
            out += GitHubReporter.plainLine(AnnotationBudget.leftOut(budget.unannotated.count, language)) + "\n"
        }
        for input in report.unread {
            out += "::error file=\(GitHubReporter.escapeProperty(input.path)),title=conforme::"
                + GitHubReporter.escapeData(Words.unreadSentence(input, language)) + "\n"
        }
        return out
    }

    /// `error`, `warning` or `notice`. A waived finding is a notice: it is reported, not a failure.
    static func command(for diagnostic: Diagnostic) -> String {
        AnnotationBudget.kind(of: diagnostic).command
    }

    /// A finding over budget, as a log line. It starts with the severity, never with `::`, so
    /// the runner cannot read it as a command; line breaks are escaped like a message's.
    private func overBudgetLine(_ diagnostic: Diagnostic, file: FileReport, language: Language) -> String {
        var severity = Words.severity(diagnostic.severity, language)
        if diagnostic.isWaived { severity += " (\(Words.waiver(language)))" }
        let start = diagnostic.range.start
        var message = diagnostic.message.text(language)
        if let suggestion = diagnostic.suggestion { message += " — " + Words.suggestion(suggestion, language) }
        let line = "\(severity) \(visibleControls(file.path, keepTabs: false)):\(start.line):\(start.column) [\(diagnostic.rule)] \(message)"
        return line
    }

    private func annotation(
        _ command: String, _ diagnostic: Diagnostic, file: FileReport, language: Language
    ) -> String {
        let range = diagnostic.range
        var properties = [
            ("file", visibleControls(file.path, keepTabs: false)), ("line", String(range.start.line)),
        ]
        // GitHub rejects columns on an annotation that spans several lines.
        if range.end.line == range.start.line {
            properties.append(("col", String(range.start.column)))
        }
        properties.append(("endLine", String(range.end.line)))
        if range.end.line == range.start.line {
            properties.append(("endColumn", String(range.end.column)))
        }
        var title = diagnostic.rule
        if diagnostic.isWaived { title += " (\(Words.waiver(language)))" }
        properties.append(("title", visibleControls(title, keepTabs: false)))

        var message = diagnostic.message.text(language)
        message = Words.message(message, suggestion: diagnostic.suggestion, language)
        if let waiver = diagnostic.waiver {
            let label = language == .fr ? "dérogation :" : "waiver:"
            message = "[\(Words.waiver(language))] \(message)\n\(label) \(waiver.justification)"
        }
        let list = properties.map { "\($0.0)=\(GitHubReporter.escapeProperty($0.1))" }.joined(separator: ",")
        // The log interprets ANSI sequences: a manifest's control characters are made visible.
        let visible = visibleControls(message, keepTabs: false, keepLineBreaks: true)
        return "::\(command) \(list)::\(GitHubReporter.escapeData(visible))\n"
    }

    private func fileVerdict(_ file: FileReport, language: Language) -> String {
        let counts = file.diagnostics.reduce(into: RunReport.Summary()) { summary, diagnostic in
            if diagnostic.isWaived { summary.waived += 1; return }
            switch diagnostic.severity {
            case .error: summary.errors += 1
            case .warning: summary.warnings += 1
            case .info: summary.infos += 1
            }
        }
        // A file's name is one line of the log: its line breaks are shown, not escaped.
        let path = visibleControls(file.path, keepTabs: false)
        let verdict: String
        switch (file.status, language) {
        case (.pass, .fr): verdict = "\(path) : conforme"
        case (.fail, .fr): verdict = "\(path) : non conforme"
        case (.pass, .en): verdict = "\(path): passed"
        case (.fail, .en): verdict = "\(path): failed"
        }
        return verdict + " — \(Words.errors(counts.errors, language)), \(Words.warnings(counts.warnings, language))"
    }

    // MARK: - Escaping, as @actions/core's command.ts does it

    /// A line of the log that is not a command: control characters made visible, line breaks
    /// escaped, and whatever a file's name could make the runner read as a command (a line
    /// start `::`, a `##[` anywhere) written with percent escapes.
    static func plainLine(_ string: String) -> String {
        neutralizingWorkflowCommands(escapeData(visibleControls(string, keepTabs: false, keepLineBreaks: true)))
    }

    /// A command's message: `%`, CR and LF.
    static func escapeData(_ string: String) -> String {
        var out = ""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A property value: also `:` and `,`, which separate properties.
    static func escapeProperty(_ string: String) -> String {
        var out = ""
        for scalar in escapeData(string).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
