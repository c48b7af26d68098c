import YAMLTree

/// One finding about one place of one manifest: plain data, ready for any reporter.
public struct Diagnostic: Sendable {
    /// A rule id (`transparence.licence`) or an engine id (`yaml.syntaxe`, `derogations.inutile`).
    public var rule: String
    public var severity: Severity
    /// The message in both languages; reporters pick one.
    public var message: LocalizedText
    /// The manifest path the finding is about (for a missing node: the expected path).
    public var path: String?
    /// Where to point: the failing node, or for a missing node the closest existing ancestor's key.
    public var range: SourceRange
    /// A did-you-mean value, shown under the caret ("vouliez-vous dire « EUPL-1.2 » ?").
    public var suggestion: String?
    /// Set when a dérogation covers this finding: still reported, never counted as a failure.
    public var waiver: Waiver?
    /// Other places that explain the finding (e.g. the first occurrence of a duplicated key).
    public var notes: [Problem.Note]

    public init(
        rule: String, severity: Severity, message: LocalizedText, path: String? = nil,
        range: SourceRange, suggestion: String? = nil, waiver: Waiver? = nil,
        notes: [Problem.Note] = []
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.path = path
        self.range = range
        self.suggestion = suggestion
        self.waiver = waiver
        self.notes = notes
    }

    public var isWaived: Bool { waiver != nil }
}

/// A dérogation that applies to a finding: the administration's stated reason.
public struct Waiver: Sendable, Hashable {
    public var justification: String
    /// Where the dérogation is written in the manifest.
    public var range: SourceRange

    public init(justification: String, range: SourceRange) {
        self.justification = justification
        self.range = range
    }
}
