/// Every output format of `--format`. Properties of a format live here; the one switch that
/// picks a reporter is `reporter(options:)`, so adding a case makes the compiler list every
/// place to update.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, junit, github, gitlab, markdown, html

    public func reporter(options: ReportOptions = ReportOptions()) -> any Reporter {
        switch self {
        case .text: TextReporter(options: options)
        case .json: JSONReporter()
        case .sarif: SARIFReporter(options: options)
        case .junit: JUnitReporter(options: options)
        case .github: GitHubReporter()
        case .gitlab: GitLabReporter()
        case .markdown: MarkdownReporter(options: options)
        case .html: HTMLReporter(options: options)
        }
    }

    /// Meant for people rather than programs (the others have a schema a tool reads).
    public var isHumanReadable: Bool {
        switch self {
        case .text, .markdown, .html: true
        case .json, .sarif, .junit, .github, .gitlab: false
        }
    }

    /// Only the text report has colours; the CLI asks this before looking at the terminal.
    public var supportsColor: Bool { self == .text }

    /// Written in the report's language (`--lang`); the others carry messages in that language
    /// but keep their keywords in English, as their consumers expect.
    public var isLocalized: Bool { isHumanReadable }

    /// The usual file name extension, for examples and defaults.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .sarif: "sarif"
        case .junit: "xml"
        case .github: "txt"
        case .gitlab: "json"
        case .markdown: "md"
        case .html: "html"
        }
    }

    public var mediaType: String {
        switch self {
        case .text, .github: "text/plain; charset=utf-8"
        case .json, .gitlab: "application/json"
        case .sarif: "application/sarif+json"
        case .junit: "application/xml"
        case .markdown: "text/markdown; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        }
    }
}
