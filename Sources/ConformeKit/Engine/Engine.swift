import YAMLTree

/// What a run depends on besides the rule set and the manifest: an input, so that results are
/// reproducible (`--today`).
public struct EvaluationOptions: Sendable {
    /// The evaluation date: `today` in rule files.
    public var today: LocalDate
    /// A file fails when it has an unwaived finding at or above this severity.
    public var failOn: Severity
    /// Evaluate only these rules (nil: all). Used to run a rule's examples against that rule.
    public var onlyRules: Set<String>?
    /// How far checks may go on a hostile manifest (`--max-list-length`, `--max-pattern-input`).
    public var limits: EvaluationLimits

    public init(
        today: LocalDate, failOn: Severity = .error, onlyRules: Set<String>? = nil,
        limits: EvaluationLimits = .default
    ) {
        self.today = today
        self.failOn = failOn
        self.onlyRules = onlyRules
        self.limits = limits
    }
}

/// The findings about one manifest.
public struct Evaluation: Sendable {
    /// Sorted by line, column, then rule id.
    public var diagnostics: [Diagnostic]
    /// The rules evaluated on this file: the rule set's rules whose `when` held, in rule-set
    /// order, then the engine's own checks that ran.
    public var evaluatedRules: [String]
    /// pass or fail, at the `failOn` threshold of the options.
    public var status: FileReport.Status
}

/// Checks a parsed manifest against a rule set. A pure function of its inputs: no I/O, no clock.
public struct Engine: Sendable {
    public var ruleSet: RuleSet

    public init(ruleSet: RuleSet) { self.ruleSet = ruleSet }

    public func evaluate(_ document: ParsedDocument, options: EvaluationOptions) -> Evaluation {
        var diagnostics = YAMLFindings.diagnostics(for: document)
        var evaluated = YAMLFindings.ruleIDs
        if let root = document.root, root.pairs != nil, YAMLFindings.treeIsWhole(document) {
            let walk = Walk(root: root, today: options.today, limits: options.limits)
            // One array of its final size: kept for the whole run (JUnit lists it), and growing
            // it by appends left freed blocks of every size between the run's results.
            var ran: [String] = []
            ran.reserveCapacity(
                ruleSet.rules.count + evaluated.count + BuiltinRules.derogationDescriptors.count)
            var deferred: [(Rule, [Failure])] = []
            var prefilter = LiteralPrefilter(document: document, root: root, limits: options.limits)
            for rule in ruleSet.rules where options.onlyRules?.contains(rule.id) ?? true {
                guard rule.applies(in: walk) else { continue }
                ran.append(rule.id)
                if prefilter.ruleCannotFail(rule.then) { continue }
                let failures = rule.failures(in: walk)
                if failures.isEmpty { continue }
                if rule.messageOptional != nil {
                    // Which message depends on every rule that applies: decided after the loop.
                    deferred.append((rule, failures))
                } else {
                    diagnostics += failures.map { rule.diagnostic(for: $0) }
                }
                if rule.prerequisite { break }
            }
            if !deferred.isEmpty {
                let applied = Set(ran)
                let required = ruleSet.rules.filter { applied.contains($0.id) }.flatMap(\.requiredFields)
                for (rule, failures) in deferred {
                    diagnostics += failures.map { failure in
                        let optional = !RequiredFields.isRequired(failure.target.path, by: required)
                        return rule.diagnostic(for: failure, optional: optional)
                    }
                }
            }
            Self.keepExclusiveFindings(&diagnostics, exclusive: ruleSet.exclusiveRuleIDs)
            diagnostics += walk.overruns.overruns.map(\.diagnostic)
            Derogations.apply(to: &diagnostics, root: root, ruleSet: ruleSet)
            ran += evaluated
            for descriptor in BuiltinRules.derogationDescriptors { ran.append(descriptor.id) }
            evaluated = ran
        }
        diagnostics.sort { a, b in
            (a.range.start.line, a.range.start.column, a.rule, a.path ?? "")
                < (b.range.start.line, b.range.start.column, b.rule, b.path ?? "")
        }
        return Evaluation(diagnostics: diagnostics, evaluatedRules: evaluated,
            status: fileStatus(of: diagnostics, failOn: options.failOn))
    }
}

extension Engine {
    /// Drops every finding at a node where an `exclusive` rule fails: that rule's finding says
    /// all there is to fix there (a placeholder is one thing to fill in, not one per rule).
    static func keepExclusiveFindings(_ diagnostics: inout [Diagnostic], exclusive: Set<String>) {
        guard !exclusive.isEmpty else { return }
        let taken = Set(diagnostics.filter { exclusive.contains($0.rule) }.map(\.range.start))
        guard !taken.isEmpty else { return }
        diagnostics.removeAll { !exclusive.contains($0.rule) && taken.contains($0.range.start) }
    }
}

/// A file fails when one of its findings, not covered by a dérogation, is at or above `failOn`.
public func fileStatus(of diagnostics: [Diagnostic], failOn: Severity = .error) -> FileReport.Status {
    diagnostics.contains { !$0.isWaived && $0.severity >= failOn } ? .fail : .pass
}

extension Evaluation {
    public func status(failOn: Severity) -> FileReport.Status { fileStatus(of: diagnostics, failOn: failOn) }
}

/// The manifest's `promotion` (an integer at the top level), to choose the rule set.
public func promotion(of document: ParsedDocument) -> Int? {
    guard case .int(let n)? = document.root?["promotion"]?.scalar?.value else { return nil }
    return n
}
