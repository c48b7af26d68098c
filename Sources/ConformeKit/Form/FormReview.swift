import YAMLTree

/// The findings of the manifest a form's state writes, placed next to their fields: what the
/// page shows after every submission, and each section's state (complete, or how many points
/// remain).
public struct FormReview: Sendable {
    public var report: FileReport
    /// The manifest checked: what « Télécharger le manifeste » gives.
    public var manifest: String
    /// Field or list name (`mission.voeux[1].profil`, `mission.voeux`) → its findings.
    public var byName: [String: [Diagnostic]]
    /// Findings with no field of their own (a whole section missing, a YAML problem), for the
    /// summary only.
    public var unplaced: [Diagnostic]
    public var sections: [SectionStatus]
    /// The rule set the manifest was checked against (its promotion's, as `conforme check`).
    public var ruleSet: RuleSet

    public struct SectionStatus: Sendable, Equatable {
        public var id: String
        /// Findings to settle (errors and warnings not covered by a dérogation).
        public var remaining: Int
        public var errors: Int
        /// No field is required for what was chosen (Investigation for an internalisation),
        /// and none is filled.
        public var isOptional: Bool
    }

    /// The engine stopped before the rules (a prerequisite failed: no promotion, a product
    /// file; or the YAML could not be read): a part with no finding is not checked, not complete.
    public var isPartial: Bool {
        report.diagnostics.contains { diagnostic in
            guard diagnostic.severity == .error, !diagnostic.isWaived else { return false }
            return ruleSet.rule(diagnostic.rule)?.prerequisite ?? diagnostic.rule.hasPrefix("yaml.")
        }
    }

    /// Passes with nothing left to settle: the success state.
    public var isCompliant: Bool { report.status == .pass && sections.allSatisfy { $0.remaining == 0 } }

    public var findingCount: Int { report.diagnostics.count }

    /// The run report of the manifest, for « Télécharger le rapport ».
    public func runReport(today: LocalDate, language: Language) -> RunReport {
        ManifestCheck.runReport(
            [ManifestCheck.Outcome(report: report, ruleSet: ruleSet)], fallback: ruleSet, today: today, language: language)
    }
}

extension GuidedForm {
    /// Checks the manifest written from `state` as `conforme check` would.
    public func review(_ state: FormState, settings: RunSettings, language: Language = .fr) -> FormReview {
        let manifest = manifestYAML(state, language: language)
        let input = ManifestInput(path: "manifeste.yml", bytes: Array(manifest.utf8), kind: .yaml)
        let outcome = ManifestCheck.run(input, settings: settings)
        let report = outcome.report
        var byName: [String: [Diagnostic]] = [:]
        var unplaced: [Diagnostic] = []
        var counts: [String: (remaining: Int, errors: Int)] = [:]
        for diagnostic in report.diagnostics {
            let name = diagnostic.path.flatMap(owner(of:))
            if let name { byName[name, default: []].append(diagnostic) } else { unplaced.append(diagnostic) }
            guard let section = diagnostic.path.flatMap(sectionID(of:)), !diagnostic.isWaived else { continue }
            counts[section, default: (0, 0)].remaining += diagnostic.severity >= .warning ? 1 : 0
            counts[section, default: (0, 0)].errors += diagnostic.severity == .error ? 1 : 0
        }
        let sections = self.sections.map { section in
            FormReview.SectionStatus(
                id: section.id, remaining: counts[section.id]?.remaining ?? 0, errors: counts[section.id]?.errors ?? 0,
                isOptional: isOptional(section, state: state))
        }
        return FormReview(report: report, manifest: manifest, byName: byName, unplaced: unplaced, sections: sections, ruleSet: outcome.ruleSet)
    }

    /// The field or list a finding's path belongs to: itself, or its nearest ancestor that is
    /// one (a finding about `mission.voeux` goes next to the list).
    func owner(of path: String) -> String? {
        guard var steps = PathStep.parse(path) else { return nil }
        while !steps.isEmpty {
            let name = PathStep.name(steps)
            if let template = FormSubmission.template(of: name),
                fieldsByTemplate[template] != nil || listsByTemplate[template] != nil
            {
                return name
            }
            steps.removeLast()
        }
        return nil
    }

    /// The section a path is in: its owner's, or the one holding fields below it
    /// (`investigation` when the whole map is missing).
    public func sectionID(of path: String) -> String? {
        if let owner = owner(of: path), let template = FormSubmission.template(of: owner) {
            return section(of: template)?.id
        }
        guard let template = FormSubmission.template(of: path) else { return nil }
        let below = fieldsByTemplate.keys.filter { $0.hasPrefix(template + ".") || $0.hasPrefix(template + "[") }.sorted()
        return below.first.flatMap { section(of: $0)?.id }
    }

    /// Whether the clauses of a requirement hold in `state` (`mission.type` is `lancement`).
    public func isRequired(_ requirement: FormRequirement, state: FormState) -> Bool {
        switch requirement {
        case .optional: false
        case .always: true
        case .when(let alternatives):
            alternatives.contains { clauses in
                clauses.allSatisfy { clause in
                    let text = state.value(clause.path).trimmingWhitespace()
                    return clause.values.contains { $0.text == text }
                }
            }
        }
    }

    private func isOptional(_ section: FormSection, state: FormState) -> Bool {
        for entry in section.entries {
            switch entry {
            case .field(let field):
                if isRequired(field.requirement, state: state) || !state.value(field.template).isEmpty { return false }
            case .list(let list):
                if isRequired(list.requirement, state: state) || state.items(list.template) > 0 { return false }
            }
        }
        return true
    }
}
