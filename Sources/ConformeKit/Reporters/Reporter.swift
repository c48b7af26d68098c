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

    public init(useColor: Bool = false, quiet: Bool = false, failOn: Severity = .error) {
        self.useColor = useColor
        self.quiet = quiet
        self.failOn = failOn
    }

    /// Whether a finding makes its file fail under these options.
    func countsAsFailure(_ diagnostic: Diagnostic) -> Bool {
        !diagnostic.isWaived && diagnostic.severity >= failOn
    }
}
