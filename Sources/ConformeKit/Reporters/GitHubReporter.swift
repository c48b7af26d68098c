import YAMLTree

/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's
/// diff, each file a collapsible group in the log.
///
/// GitHub shows at most 10 error and 10 warning annotations per step. Every finding is still
/// written (the log keeps them all); when a kind goes over the limit a last `::notice` says how
/// many there are and where to read the full list.
public struct GitHubReporter: Reporter {
    public static let format = ReportFormat.github
    /// GitHub's per-step display limit, for each of errors and warnings.
    static let annotationLimit = 10

    public init() {}

    public func render(_ report: RunReport) -> String {
        let language = report.language
        var out = ""
        var overflowNoticed = false
        var totalErrors = 0
        var totalWarnings = 0
        for file in report.files {
            out += "::group::\(GitHubReporter.escapeData(file.path))\n"
            var errors = 0
            var warnings = 0
            for diagnostic in file.diagnostics {
                let command = GitHubReporter.command(for: diagnostic)
                if command == "error" { errors += 1 }
                if command == "warning" { warnings += 1 }
                out += annotation(command, diagnostic, file: file, language: language)
            }
            out += GitHubReporter.escapeData(fileVerdict(file, language: language)) + "\n"
            out += "::endgroup::\n"
            if errors > GitHubReporter.annotationLimit || warnings > GitHubReporter.annotationLimit {
                overflowNoticed = true
                out += "::notice file=\(GitHubReporter.escapeProperty(file.path)),title=conforme::"
                    + GitHubReporter.escapeData(overflow(errors: errors, warnings: warnings, in: file.path, language))
                    + "\n"
            }
            totalErrors += errors
            totalWarnings += warnings
        }
        if !overflowNoticed,
            totalErrors > GitHubReporter.annotationLimit || totalWarnings > GitHubReporter.annotationLimit
        {
            out += "::notice title=conforme::"
                + GitHubReporter.escapeData(overflow(errors: totalErrors, warnings: totalWarnings, in: nil, language))
                + "\n"
        }
        for input in report.unread {
            out += "::error file=\(GitHubReporter.escapeProperty(input.path)),title=conforme::"
                + GitHubReporter.escapeData(Words.unreadSentence(input, language)) + "\n"
        }
        out += Words.summaryLine(report) + "\n"
        return out
    }

    /// `error`, `warning` or `notice`. A waived finding is a notice: it is reported, not a failure.
    static func command(for diagnostic: Diagnostic) -> String {
        if diagnostic.isWaived { return "notice" }
        switch diagnostic.severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    private func annotation(
        _ command: String, _ diagnostic: Diagnostic, file: FileReport, language: Language
    ) -> String {
        let range = diagnostic.range
        var properties = [
            ("file", file.path), ("line", String(range.start.line)),
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
        properties.append(("title", title))

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
        let verdict: String
        switch (file.status, language) {
        case (.pass, .fr): verdict = "\(file.path) : conforme"
        case (.fail, .fr): verdict = "\(file.path) : non conforme"
        case (.pass, .en): verdict = "\(file.path): passed"
        case (.fail, .en): verdict = "\(file.path): failed"
        }
        return verdict + " — \(Words.errors(counts.errors, language)), \(Words.warnings(counts.warnings, language))"
    }

    private func overflow(errors: Int, warnings: Int, in path: String?, _ language: Language) -> String {
        let counts = "\(Words.errors(errors, language)), \(Words.warnings(warnings, language))"
        switch language {
        case .fr:
            let subject = path == nil ? "Cette vérification compte" : "Ce fichier compte"
            return "\(subject) \(counts) ; GitHub n'affiche que \(GitHubReporter.annotationLimit) annotations"
                + " d'erreur et \(GitHubReporter.annotationLimit) d'avertissement par étape. La liste complète"
                + " est dans le journal de cette étape ; pour la garder, ajoutez --format sarif:conforme.sarif"
                + " (analyse de code) ou --format text:conforme.txt."
        case .en:
            let subject = path == nil ? "This check found" : "This file has"
            return "\(subject) \(counts); GitHub shows only \(GitHubReporter.annotationLimit) error and"
                + " \(GitHubReporter.annotationLimit) warning annotations per step. The full list is in this"
                + " step's log; to keep it, add --format sarif:conforme.sarif (code scanning) or"
                + " --format text:conforme.txt."
        }
    }

    // MARK: - Escaping, as @actions/core's command.ts does it

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
