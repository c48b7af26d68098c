import YAMLTree

/// The default report, for a person at a terminal: one compiler-style block per finding, the
/// source line with carets under the exact columns, then a one-line summary.
///
/// ```
/// propositions/declic.yml:81:14: erreur [transparence.licence] La licence « EUPL-2.0 » n'est pas …
///     81 |     licence: EUPL-2.0
///        |              ^^^^^^^^ vouliez-vous dire « EUPL-1.2 » ?
/// ```
public struct TextReporter: Reporter {
    public static let format = ReportFormat.text
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    public func render(_ report: RunReport) -> String {
        let language = report.language
        var out = ""
        for file in report.files {
            let shown = file.diagnostics.filter { !options.quiet || options.countsAsFailure($0) }
            for diagnostic in shown {
                out += block(for: diagnostic, in: file, language: language)
                out += "\n"  // a blank line between findings keeps long runs scannable
            }
            if file.status == .pass, !options.quiet {
                let verdict = language == .fr ? "conforme" : "passed"
                out += visibleControls(file.path) + (language == .fr ? " : " : ": ")
                    + paint(verdict, .green) + "\n"
            }
        }
        if !out.isEmpty, !out.hasSuffix("\n\n") { out += "\n" }
        out += paint(Words.summaryLine(report), .bold) + "\n"
        // Lines start with a file's name, which may be written as a CI runner's command.
        return neutralizingWorkflowCommands(out)
    }

    /// One finding: header, source excerpt with carets (and the suggestion after them),
    /// dérogation and notes.
    func block(for diagnostic: Diagnostic, in file: FileReport, language: Language) -> String {
        let colour = Colour(diagnostic)
        var severity = Words.severity(diagnostic.severity, language)
        if diagnostic.isWaived { severity += " (\(Words.waiver(language)))" }
        var out = paint(Words.location(visibleControls(file.path), diagnostic.range.start) + ":", .bold)
            + " " + paint(severity, colour) + " [\(visibleControls(diagnostic.rule, keepTabs: false))] "
            + visibleControls(diagnostic.message.text(language), keepTabs: false) + "\n"

        let suggestion = diagnostic.suggestion.map {
            Words.suggestion(visibleControls($0, keepTabs: false), language)
        }
        if let excerpt = SourceExcerpt(range: diagnostic.range, source: file.source) {
            let number = String(excerpt.lineNumber)
            let gutter = String(repeating: " ", count: number.count)
            out += "    \(number) | " + visibleControls(excerpt.line) + "\n"
            out += "    \(gutter) | " + excerpt.caretPrefix + paint(excerpt.carets, colour)
            if let suggestion { out += " " + paint(suggestion, .green) }
            out += "\n"
        } else if let suggestion {
            out += "    " + paint(suggestion, .green) + "\n"
        }
        if let waiver = diagnostic.waiver {
            let label = language == .fr ? "dérogation :" : "waiver:"
            out += "    \(paint(label, .magenta)) "
                + visibleControls(waiver.justification, keepTabs: false)
                + " (\(Words.location(visibleControls(file.path), waiver.range.start)))\n"
        }
        for note in diagnostic.notes {
            // French typography wants a space before the colon; compilers' `note:` in English.
            let label = language == .fr ? "note :" : "note:"
            out += "    \(paint(label, .cyan)) "
                + Words.location(visibleControls(file.path), note.range.start) + ": "
                + visibleControls(note.message.text(language), keepTabs: false) + "\n"
        }
        return out
    }

    enum Colour: String {
        case red = "31;1", yellow = "33;1", cyan = "36", green = "32", magenta = "35", bold = "1"

        init(_ diagnostic: Diagnostic) {
            if diagnostic.isWaived {
                self = .magenta
                return
            }
            switch diagnostic.severity {
            case .error: self = .red
            case .warning: self = .yellow
            case .info: self = .cyan
            }
        }
    }

    private func paint(_ text: String, _ colour: Colour) -> String {
        options.useColor ? "\u{1B}[\(colour.rawValue)m\(text)\u{1B}[0m" : text
    }
}
