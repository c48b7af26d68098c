import YAMLTree

/// A loaded, fully validated rule set: every rule's checks are compiled, every path parsed,
/// every list resolved. Nothing about it can fail while a manifest is checked.
public struct RuleSet: Sendable {
    public var id: String
    public var title: String
    public var version: String
    /// In the order of the rule files (a redefined rule keeps the place of its first definition).
    public var rules: [Rule]
    /// Every rule reporters may meet: the rule set's, then the engine's own (`yaml.*`,
    /// `derogations.*`).
    public var descriptors: [RuleDescriptor]

    init(id: String, title: String, version: String, rules: [Rule]) {
        self.id = id
        self.title = title
        self.version = version
        self.rules = rules
        self.descriptors = rules.map(\.descriptor) + BuiltinRules.descriptors
    }

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    public func descriptor(_ id: String) -> RuleDescriptor? { descriptors.first { $0.id == id } }
}

/// One rule: when it applies, what it looks at, what must hold there, and how to say it.
public struct Rule: Sendable {
    public var id: String
    public var title: LocalizedText
    public var severity: Severity
    public var category: String
    /// May a dérogation waive its findings?
    public var waivable: Bool
    /// The message template (`{value}`, `{path}`, `{expected}`, `{suggestion}`, `{rule}`,
    /// `{detail}`); nil: the title and the failing check's account.
    public var message: LocalizedText?
    public var rationale: LocalizedText?
    public var source: String?
    public var url: String?
    public var examples: Examples
    /// Where the rule is defined: its file, and the range of its `id` value.
    public var file: String
    public var range: SourceRange

    /// All must hold for the rule to apply.
    var conditions: [Condition]
    /// nil: the rule is about the whole document.
    var given: [Path]?
    var then: CheckGroup

    public var descriptor: RuleDescriptor {
        RuleDescriptor(id: id, title: title, severity: severity, category: category,
            waivable: waivable, rationale: rationale, source: source, url: url)
    }

    /// Manifests (YAML text) that must pass and must fail this rule: run by the test suite and
    /// by `conforme rules validate`.
    public struct Examples: Sendable {
        public var passing: [Example]
        public var failing: [Example]

        public var pass: [String] { passing.map(\.text) }
        public var fail: [String] { failing.map(\.text) }

        public init(pass: [String] = [], fail: [String] = []) {
            self.passing = pass.map { Example(text: $0) }
            self.failing = fail.map { Example(text: $0) }
        }

        public init(passing: [Example], failing: [Example]) {
            self.passing = passing
            self.failing = failing
        }

        public var count: Int { passing.count + failing.count }
    }

    /// One example manifest and where the rule file writes it, so that an example that does
    /// not behave as declared is reported at its line.
    public struct Example: Sendable {
        public var text: String
        public var range: SourceRange

        public init(text: String, range: SourceRange = SourceRange(at: .start)) {
            self.text = text
            self.range = range
        }
    }
}

/// A `when` clause: checks on the node at `path` (the document when nil).
struct Condition: Sendable {
    var path: Path?
    var group: CheckGroup
}
