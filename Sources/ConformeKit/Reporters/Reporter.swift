/// Turns the results of a run into one output format. Pure: no I/O, no clock, no environment,
/// so a report is a function of its `RunReport` and options, and golden files can pin it.
public protocol Reporter: Sendable {
    /// The format this reporter writes.
    static var format: ReportFormat { get }
    /// The whole report, ending with a line break.
    func render(_ report: RunReport) -> String
    /// The report as UTF-8 bytes (without BOM: GitLab refuses a Code Quality file that has one):
    /// what the CLI writes. The JSON reporters write bytes in the first place.
    func bytes(_ report: RunReport) -> [UInt8]
}

extension Reporter {
    public func bytes(_ report: RunReport) -> [UInt8] { Array(render(report).utf8) }
}

/// Choices a caller makes for a run; each reporter reads what concerns it.
public struct ReportOptions: Sendable, Equatable {
    /// ANSI colours in the text report. The CLI sets it when stdout is a terminal and
    /// `NO_COLOR` is unset; never on by default, so files and pipes stay clean.
    public var useColor: Bool
    /// Text report: only findings that count toward failure, and the summary.
    public var quiet: Bool
    /// The `--fail-on` threshold: findings at or above it are failures (JUnit failures, text
    /// in quiet mode, "points à corriger" in HTML and Markdown).
    public var failOn: Severity
    /// SARIF: what becomes of a waived finding (`--sarif-waivers`).
    public var sarifWaivers: SARIFWaiverMode
    /// Markdown: the most findings listed (`--markdown-max-findings`); the rest are counted.
    public var markdownMaxFindings: Int
    /// Markdown: the most characters of the whole report (`--markdown-max-chars`). The default
    /// fits a pull-request comment (65 536) and so also `$GITHUB_STEP_SUMMARY` (1 MiB).
    public var markdownMaxCharacters: Int
    /// Markdown: the file holding the full report of this run, named when the summary is
    /// cut. Nil with `withGitHubAnnotations`: the step's log has them all.
    public var fullReport: String?
    /// Markdown: the run also writes GitHub annotations, so the summary says how many
    /// findings GitHub will not show as annotations.
    public var withGitHubAnnotations: Bool

    public static let defaultMarkdownMaxFindings = 50
    public static let defaultMarkdownMaxCharacters = 60_000

    public init(
        useColor: Bool = false, quiet: Bool = false, failOn: Severity = .error,
        sarifWaivers: SARIFWaiverMode = .suppress,
        markdownMaxFindings: Int = ReportOptions.defaultMarkdownMaxFindings,
        markdownMaxCharacters: Int = ReportOptions.defaultMarkdownMaxCharacters,
        fullReport: String? = nil, withGitHubAnnotations: Bool = false
    ) {
        self.useColor = useColor
        self.quiet = quiet
        self.failOn = failOn
        self.sarifWaivers = sarifWaivers
        self.markdownMaxFindings = markdownMaxFindings
        self.markdownMaxCharacters = markdownMaxCharacters
        self.fullReport = fullReport
        self.withGitHubAnnotations = withGitHubAnnotations
    }

    /// Whether a finding makes its file fail under these options.
    func countsAsFailure(_ diagnostic: Diagnostic) -> Bool {
        !diagnostic.isWaived && diagnostic.severity >= failOn
    }
}

/// How the SARIF report carries a finding a dérogation covers. SARIF's `suppressions` say it
/// exactly, but not every consumer reads them (sarif-tools counts a suppressed warning as open;
/// GitHub code scanning keeps open an alert whose waiver came later), so the user chooses.
public enum SARIFWaiverMode: String, Sendable, CaseIterable, Equatable {
    /// The result keeps its level and carries an accepted `inSource` suppression (default).
    case suppress
    /// The result is left out of the file: code scanning closes the alert as fixed.
    case omit
    /// The result becomes a `note` whose message holds the justification, and keeps its
    /// suppression: visible to every consumer, never counted as an error or warning.
    case note
}
