import YAMLTree

/// One manifest to check: its bytes as read by the caller, and how reports name it.
public struct ManifestInput: Sendable {
    public var path: String
    public var bytes: [UInt8]
    public var kind: InputKind

    public init(path: String, bytes: [UInt8], kind: InputKind) {
        self.path = path
        self.bytes = bytes
        self.kind = kind
    }
}

/// Settings of a whole run, the same for every file.
public struct RunSettings: Sendable {
    /// `--rules FILE`; nil chooses the shipped rule set from each manifest's `promotion`.
    public var ruleSet: RuleSet?
    public var catalog: RuleSetCatalog
    public var evaluation: EvaluationOptions
    public var limits: ParseLimits

    public init(
        ruleSet: RuleSet?, catalog: RuleSetCatalog = .embedded, evaluation: EvaluationOptions,
        limits: ParseLimits = .default
    ) {
        self.ruleSet = ruleSet
        self.catalog = catalog
        self.evaluation = evaluation
        self.limits = limits
    }
}

/// Bytes → report of one file: parse, choose the rule set, evaluate. Pure.
public enum ManifestCheck {
    public struct Outcome: Sendable {
        public var report: FileReport
        /// The rule set the file was checked against.
        public var ruleSet: RuleSet
    }

    public static func run(_ input: ManifestInput, settings: RunSettings) -> Outcome {
        evaluate(parse(input, settings: settings), of: input, settings: settings)
    }

    /// The first half of `run`, which needs no rule set: a caller may parse further files
    /// while the rule set loads (see `ruleSetIsReady(for:settings:)`).
    public static func parse(_ input: ManifestInput, settings: RunSettings) -> ParsedDocument {
        YAMLParser.parse(input.bytes, kind: input.kind, limits: settings.limits)
    }

    /// Whether the rule set `document` needs can be had without waiting for it to load.
    public static func ruleSetIsReady(for document: ParsedDocument, settings: RunSettings) -> Bool {
        settings.ruleSet != nil || settings.catalog.readyRuleSet(forPromotion: promotion(of: document)) != nil
    }

    /// The second half of `run`: choose the rule set (waiting for it while it loads) and
    /// evaluate.
    public static func evaluate(_ document: ParsedDocument, of input: ManifestInput, settings: RunSettings) -> Outcome {
        let ruleSet = settings.ruleSet
            ?? settings.catalog.ruleSet(forPromotion: promotion(of: document))
        let evaluation = Engine(ruleSet: ruleSet).evaluate(document, options: settings.evaluation)
        let report = FileReport(
            path: input.path, status: evaluation.status, diagnostics: evaluation.diagnostics,
            evaluatedRules: evaluation.evaluatedRules, source: document.source,
            ruleset: RulesetLabel(id: ruleSet.id, version: ruleSet.version))
        return Outcome(report: report, ruleSet: ruleSet)
    }

    /// The run's report from every file's outcome, in the order given (callers sort by path).
    /// When files used different rule sets, the report names the most used one and lists the
    /// rules of all of them, so every finding's rule is described.
    public static func runReport(
        _ outcomes: [Outcome], fallback: RuleSet, today: LocalDate, language: Language
    ) -> RunReport {
        // Rule sets by id with the number of files checked against each. Nearly always one:
        // a short list beats hashing the id of every file, and copies no rule set per file.
        var uses: [String: (count: Int, ruleSet: RuleSet)] = [:]
        var runs: [(id: String, count: Int)] = []
        for outcome in outcomes {
            let id = outcome.ruleSet.id
            if let last = runs.indices.last, runs[last].id == id {
                runs[last].count += 1
            } else {
                runs.append((id, 1))
                if uses[id] == nil { uses[id] = (0, outcome.ruleSet) }
            }
        }
        for run in runs { uses[run.id]!.count += run.count }
        let main = uses.values.max { a, b in
            (a.count, b.ruleSet.id) < (b.count, a.ruleSet.id)
        }?.ruleSet ?? fallback
        var descriptors = main.descriptors
        var known = Set(descriptors.map(\.id))
        for (_, use) in uses.sorted(by: { $0.key < $1.key }) {
            for descriptor in use.ruleSet.descriptors where known.insert(descriptor.id).inserted {
                descriptors.append(descriptor)
            }
        }
        return RunReport(
            rulesetID: main.id, rulesetVersion: main.version, rules: descriptors,
            today: today.description, files: outcomes.map(\.report), language: language)
    }
}
