import YAMLTree

/// A project's `.conforme.yml`: the options a local run, pre-commit, the GitHub Action and
/// GitLab CI share, so that none of them repeats flags. Every field is optional: what the file
/// leaves out keeps conforme's default, and a command-line option always wins over the file.
///
/// Decoded like a rule file: every problem is collected with its place, an unknown key gets
/// the closest known one, and a file with any problem is refused whole (a mistyped `fail-on`
/// silently ignored would let a run pass that should fail).
public struct ProjectConfiguration: Sendable, Equatable {
    /// `rules:`, as written: a rule file, relative to the configuration's folder.
    public var rules: String?
    public var failOn: Severity?
    public var language: Language?
    /// `formats:`, each as `--format` takes it (`sarif:conforme.sarif`).
    public var formats: [String]?
    /// What to check when the command line names nothing: paths or globs, relative to the
    /// configuration's folder.
    public var include: [String]?
    /// Globs of files never checked, relative to the configuration's folder, even when named.
    public var exclude: [String] = []
    /// `limits:`, by option name without its dashes (`max-file-size`).
    public var limits: [String: Int] = [:]
    public var sarifWaivers: SARIFWaiverMode?
    public var markdownMaxFindings: Int?
    public var markdownMaxCharacters: Int?
    public var skipMarkdownWithoutFrontMatter: Bool?

    public init() {}

    /// The file name looked for, from the current folder up to the repository's root.
    public static let fileName = ".conforme.yml"

    static let keys = [
        "rules", "fail-on", "lang", "formats", "include", "exclude", "limits", "sarif-waivers",
        "markdown-max-findings", "markdown-max-chars", "skip-markdown-without-front-matter",
    ]

    /// The options of `limits:`, named as their command-line options.
    public static let limitKeys = [
        "max-files", "max-file-size", "max-depth", "max-nodes", "max-scalar-length",
        "max-list-length", "max-pattern-input",
    ]

    /// Decodes a configuration file's bytes; `file` names it in problems.
    public static func decode(_ bytes: [UInt8], file: String) -> Result<ProjectConfiguration, RuleSetLoadError> {
        let document = YAMLParser.parse(bytes)
        let decoder = RuleDecoder(file: file, lists: [:])
        // An empty or all-comment file is a configuration that changes nothing.
        for problem in document.problems where problem.severity == .error && problem.code != .empty {
            decoder.report(problem.range, problem.message)
        }
        var configuration = ProjectConfiguration()
        if let root = document.root, decoder.problems.isEmpty {
            configuration.read(root, decoder: decoder)
        }
        guard decoder.problems.isEmpty else { return .failure(RuleSetLoadError(problems: decoder.problems)) }
        return .success(configuration)
    }

    private mutating func read(_ root: Node, decoder: RuleDecoder) {
        let what = LocalizedText("« \(Self.fileName) »", "'\(Self.fileName)'")
        guard let pairs = decoder.mapping(root, what: what, allowed: Self.keys) else { return }
        for (key, pair) in pairs {
            let value = pair.value
            switch key {
            case "rules": rules = decoder.string(value, what: key)
            case "fail-on": failOn = Self.choice(value, key, Severity.allCases.map(\.rawValue), decoder).flatMap(Severity.init)
            case "lang": language = Self.choice(value, key, Language.allCases.map(\.rawValue), decoder).flatMap(Language.init)
            case "formats": formats = Self.strings(value, key, decoder)
            case "include": include = Self.strings(value, key, decoder)
            case "exclude": exclude = Self.strings(value, key, decoder) ?? []
            case "limits": readLimits(value, decoder: decoder)
            case "sarif-waivers":
                sarifWaivers = Self.choice(value, key, SARIFWaiverMode.allCases.map(\.rawValue), decoder)
                    .flatMap(SARIFWaiverMode.init)
            case "markdown-max-findings": markdownMaxFindings = Self.positive(value, key, decoder)
            case "markdown-max-chars": markdownMaxCharacters = Self.positive(value, key, decoder)
            case "skip-markdown-without-front-matter": skipMarkdownWithoutFrontMatter = decoder.bool(value, what: key)
            default: break
            }
        }
    }

    private mutating func readLimits(_ node: Node, decoder: RuleDecoder) {
        let what = LocalizedText("« limits »", "'limits'")
        guard let pairs = decoder.mapping(node, what: what, allowed: Self.limitKeys) else { return }
        for (key, pair) in pairs {
            if let number = Self.positive(pair.value, "limits.\(key)", decoder) { limits[key] = number }
        }
    }

    /// One of `allowed`, with a did-you-mean when it is not.
    private static func choice(_ node: Node, _ key: String, _ allowed: [String], _ decoder: RuleDecoder) -> String? {
        guard let text = decoder.string(node, what: key) else { return nil }
        if allowed.contains(text) { return text }
        let guess = Suggestion.closest(to: text, among: allowed)
        let list = allowed.joined(separator: ", ")
        decoder.report(node.range, LocalizedText("« \(key) » : valeur inconnue « \(text) »", "'\(key)': unknown value '\(text)'")
            .suggesting(guess, otherwise: LocalizedText(" ; valeurs permises : \(list)", "; allowed values: \(list)")))
        return nil
    }

    /// A list of texts; a single text is a list of one.
    private static func strings(_ node: Node, _ key: String, _ decoder: RuleDecoder) -> [String]? {
        if node.scalar != nil { return decoder.string(node, what: key).map { [$0] } }
        guard let items = node.items else {
            decoder.report(node.range, fr: "« \(key) » : une liste de textes est attendue",
                en: "'\(key)': a list of texts is expected")
            return nil
        }
        let texts = items.compactMap { decoder.string($0, what: key) }
        return texts.count == items.count ? texts : nil
    }

    private static func positive(_ node: Node, _ key: String, _ decoder: RuleDecoder) -> Int? {
        if let scalar = node.scalar, case .int(let n) = scalar.value, n >= 1 { return n }
        decoder.report(node.range, fr: "« \(key) » : un entier supérieur ou égal à 1 est attendu",
            en: "'\(key)': an integer of at least 1 is expected")
        return nil
    }
}
