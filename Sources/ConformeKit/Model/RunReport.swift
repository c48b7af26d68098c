import YAMLTree

/// What reporters need to know about a rule, whether or not it produced findings
/// (SARIF lists every rule; JUnit has a test case per rule evaluated).
public struct RuleDescriptor: Sendable {
    public var id: String
    public var title: LocalizedText
    public var severity: Severity
    public var category: String
    public var waivable: Bool
    public var rationale: LocalizedText?
    public var source: String?
    public var url: String?

    public init(
        id: String, title: LocalizedText, severity: Severity, category: String,
        waivable: Bool = false, rationale: LocalizedText? = nil, source: String? = nil,
        url: String? = nil
    ) {
        self.id = id
        self.title = title
        self.severity = severity
        self.category = category
        self.waivable = waivable
        self.rationale = rationale
        self.source = source
        self.url = url
    }
}

/// The results for one checked file.
public struct FileReport: Sendable {
    public enum Status: String, Sendable { case pass, fail }

    /// As given on the command line or found in a folder, relative to the current folder when possible.
    public var path: String
    public var status: Status
    /// In source order (line, column), then by rule id.
    public var diagnostics: [Diagnostic]
    /// The ids of the rules that were evaluated on this file (their `when` held), in rule-set order.
    public var evaluatedRules: [String]
    /// The file's text, kept so reporters can show the source line under a finding.
    public var source: SourceText
    /// The rule set this file was checked against; nil: the run's (`RunReport.rulesetID`).
    /// A run over EIG 6 and EIG 7 manifests checks each against its own promotion's rules.
    public var ruleset: RulesetLabel?

    public init(
        path: String, status: Status, diagnostics: [Diagnostic], evaluatedRules: [String],
        source: SourceText, ruleset: RulesetLabel? = nil
    ) {
        self.path = path
        self.status = status
        self.diagnostics = diagnostics
        self.evaluatedRules = evaluatedRules
        self.source = source
        self.ruleset = ruleset
    }
}

/// A rule set's id and version, as reports name it.
public struct RulesetLabel: Sendable, Hashable {
    public var id: String
    public var version: String

    public init(id: String, version: String) {
        self.id = id
        self.version = version
    }
}

/// Everything a reporter turns into bytes.
public struct RunReport: Sendable {
    public struct Tool: Sendable {
        public var name: String
        public var version: String
        public var informationURI: String
    }

    public struct Summary: Sendable, Equatable {
        public var files = 0
        public var passed = 0
        public var failed = 0
        public var errors = 0
        public var warnings = 0
        public var infos = 0
        public var waived = 0
        /// Paths that could not be read: nothing about them was checked.
        public var unread = 0

        public init() {}
    }

    /// A path the run was given but could not read (missing, unreadable folder…): every
    /// report names it, so that a run that checked nothing never looks like a pass.
    public struct UnreadInput: Sendable, Equatable {
        public var path: String
        /// Why, in a few words: « fichier ou dossier introuvable ».
        public var reason: LocalizedText

        public init(path: String, reason: LocalizedText) {
            self.path = path
            self.reason = reason
        }
    }

    public var tool: Tool
    public var rulesetID: String
    public var rulesetVersion: String
    /// Every rule of the rule set, engine rules (`yaml.*`, `derogations.*`) included.
    public var rules: [RuleDescriptor]
    /// The evaluation date, `YYYY-MM-DD`.
    public var today: String
    public var files: [FileReport]
    public var language: Language
    /// In the order met.
    public var unread: [UnreadInput] = []

    public init(
        tool: Tool = .conforme, rulesetID: String, rulesetVersion: String, rules: [RuleDescriptor],
        today: String, files: [FileReport], language: Language = .fr
    ) {
        self.tool = tool
        self.rulesetID = rulesetID
        self.rulesetVersion = rulesetVersion
        self.rules = rules
        self.today = today
        self.files = files
        self.language = language
    }

    /// The rule set a file was checked against.
    public func ruleset(of file: FileReport) -> RulesetLabel {
        file.ruleset ?? RulesetLabel(id: rulesetID, version: rulesetVersion)
    }

    /// Every rule set the run used, the run's own first, then in order of first use.
    public var rulesets: [RulesetLabel] {
        var labels = [RulesetLabel(id: rulesetID, version: rulesetVersion)]
        for file in files {
            if let label = file.ruleset, !labels.contains(label) { labels.append(label) }
        }
        return labels
    }

    /// The summary as one sentence, « 3 fichiers : 1 conforme, 2 non conformes — … »: what
    /// the CLI still prints on standard error when every report goes to a file.
    public var summaryLine: String { Words.summaryLine(self) }

    /// Whether the run is a failure: a file fails, or a path could not be read.
    public var failed: Bool { !unread.isEmpty || files.contains { $0.status == .fail } }

    public var summary: Summary {
        var summary = Summary()
        summary.files = files.count
        for file in files {
            if file.status == .pass { summary.passed += 1 } else { summary.failed += 1 }
            for diagnostic in file.diagnostics {
                if diagnostic.isWaived {
                    summary.waived += 1
                    continue
                }
                switch diagnostic.severity {
                case .error: summary.errors += 1
                case .warning: summary.warnings += 1
                case .info: summary.infos += 1
                }
            }
        }
        return summary
    }
}

extension RunReport.Tool {
    public static let conforme = RunReport.Tool(
        name: "conforme", version: ConformeVersion.current,
        informationURI: "https://github.com/conforme-eig/conforme")
}

public enum ConformeVersion {
    public static let current = "0.1.0"
}
