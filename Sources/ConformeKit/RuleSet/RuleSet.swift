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
        exclusiveRuleIDs = Set(rules.filter(\.exclusive).map(\.id))
    }

    /// The rules whose finding is the only one at its node (`exclusive: true`).
    let exclusiveRuleIDs: Set<String>

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    public func descriptor(_ id: String) -> RuleDescriptor? { descriptors.first { $0.id == id } }
}

/// One rule: when it applies, what it looks at, what must hold there, and how to say it.
///
/// A class, immutable once loaded: the engine reads every rule for every manifest, and copying a
/// struct of a dozen strings and arrays cost a dozen retains and releases each time.
public final class Rule: Sendable {
    public let id: String
    public let title: LocalizedText
    public let severity: Severity
    public let category: String
    /// May a dérogation waive its findings?
    public let waivable: Bool
    /// When it fails, the rules after it are not evaluated: the file is not something they can
    /// judge (a beta.gouv.fr product file, a manifest without its promotion), and fifty findings
    /// would bury the one that says so.
    public let prerequisite: Bool
    /// The message template (`{value}`, `{path}`, `{expected}`, `{suggestion}`, `{rule}`,
    /// `{detail}`); nil: the title and the failing check's account.
    public let message: LocalizedText?
    /// `message_optional:` the message when the failing field is one no applicable rule
    /// requires (« remplacez ou supprimez la ligne »); nil: `message` everywhere.
    public let messageOptional: LocalizedText?
    /// `exclusive: true`: where the rule fails, it is the node's only finding. A placeholder
    /// left by `conforme init` is one thing to fix, not one per rule that reads the field.
    public let exclusive: Bool
    public let rationale: LocalizedText?
    public let source: String?
    public let url: String?
    public let examples: Examples
    /// Where the rule is defined: its file, and the range of its `id` value.
    public let file: String
    public let range: SourceRange

    /// All must hold for the rule to apply.
    let conditions: [Condition]
    /// nil: the rule is about the whole document.
    let given: [Path]?
    let then: CheckGroup

    init(
        id: String, title: LocalizedText, severity: Severity, category: String, waivable: Bool,
        prerequisite: Bool = false, message: LocalizedText?, messageOptional: LocalizedText? = nil, exclusive: Bool = false,
        rationale: LocalizedText?, source: String?, url: String?,
        examples: Examples, file: String, range: SourceRange, conditions: [Condition],
        given: [Path]?, then: CheckGroup
    ) {
        self.id = id
        self.title = title
        self.severity = severity
        self.category = category
        self.waivable = waivable
        self.prerequisite = prerequisite
        self.message = message
        self.messageOptional = messageOptional
        self.exclusive = exclusive
        self.rationale = rationale
        self.source = source
        self.url = url
        self.examples = examples
        self.file = file
        self.range = range
        self.conditions = conditions
        self.given = given
        self.then = then
        requiredFields = RequiredFields.patterns(given: given, then: then)
    }

    /// The fields this rule requires (`required: true`), as paths that may hold wildcards.
    let requiredFields: [[Path.Segment]]

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
