import YAMLTree

/// `derogations: [{regle: ID, justification: texte}]`: an administration asks for an exception
/// to a waivable rule, with its reason. The rule's findings stay in the report (never hidden)
/// but carry the waiver and no longer fail the file. Every dérogation is itself checked.
enum Derogations {
    /// Below this, a "justification" is a formality, not a reason.
    static let minimumJustificationLength = 20

    static func apply(to diagnostics: inout [Diagnostic], root: Node, ruleSet: RuleSet) {
        let document = NodeRef(root)
        guard let position = document.position(ofKey: "derogations"), !document.value(position).isNull else { return }
        let listNode = document.value(position)
        let list = Target(
            Place(node: listNode, arrival: .key(document.key(position)), baseDepth: 0), path: "derogations")
        guard let items = listNode.node.items else {
            diagnostics.append(finding(BuiltinRules.derogationJustification, .error, at: list,
                LocalizedText("« derogations » doit être une liste de {regle, justification}.",
                    "'derogations' must be a list of {regle, justification}.")))
            return
        }
        var appliedAt: [String: Int] = [:]  // rule id → line of the dérogation that applies
        var found: [Diagnostic] = []
        for (index, item) in items.enumerated() {
            let entryPlace = Place(node: NodeRef(item), arrival: .item, baseDepth: 0)
            let entry = Target(entryPlace, path: "derogations[\(index)]")
            guard item.pairs != nil else {
                found.append(finding(BuiltinRules.derogationJustification, .error, at: entry,
                    LocalizedText("Une dérogation s'écrit {regle: ID, justification: texte}.",
                        "A dérogation is written {regle: ID, justification: text}.")))
                continue
            }
            let rule = Target(entryPlace.child("regle"), path: entry.path + ".regle")
            let justification = Target(entryPlace.child("justification"), path: entry.path + ".justification")

            // Which rule?
            guard let ruleNode = rule.value, case .string(let ruleID)? = ruleNode.scalar?.value else {
                found.append(finding(BuiltinRules.derogationJustification, .error, at: rule,
                    LocalizedText("La dérogation doit nommer la règle visée : « regle: ID » (ex. investigation.entretiens).",
                        "The dérogation must name the rule it targets: 'regle: ID' (e.g. investigation.entretiens).")))
                continue
            }
            guard let descriptor = ruleSet.descriptor(ruleID) else {
                let guess = Suggestion.closest(to: ruleID, among: ruleSet.descriptors.map(\.id))
                var diagnostic = finding(BuiltinRules.derogationJustification, .error, at: rule,
                    LocalizedText("La dérogation vise la règle « \(ruleID) », qui n'existe pas",
                        "The dérogation targets rule '\(ruleID)', which does not exist"
                    ).suggesting(guess, otherwise: LocalizedText(".", ".")))
                diagnostic.suggestion = guess
                found.append(diagnostic)
                continue
            }
            guard descriptor.waivable else {
                found.append(finding(BuiltinRules.derogationNotWaivable, .error, at: rule,
                    LocalizedText(
                        "La règle « \(ruleID) » n'admet pas de dérogation : elle doit être respectée.",
                        "Rule '\(ruleID)' cannot be waived: it must be met.")))
                continue
            }

            // Why?
            let reason = justification.value?.scalar.map { String($0.text.trimmingWhitespace()) } ?? ""
            guard reason.count >= minimumJustificationLength else {
                let count = reason.count
                found.append(finding(BuiltinRules.derogationJustification, .error, at: justification,
                    LocalizedText(
                        "La dérogation à « \(ruleID) » doit être justifiée : au moins \(minimumJustificationLength) caractères, \(Words.count(count, .found).fr).",
                        "The dérogation to '\(ruleID)' needs a justification: at least \(minimumJustificationLength) characters, \(count) found.")))
                continue
            }

            if let line = appliedAt[ruleID] {
                found.append(finding(BuiltinRules.derogationUseless, .info, at: rule,
                    LocalizedText("La règle « \(ruleID) » a déjà une dérogation (ligne \(line)) : celle-ci est inutile.",
                        "Rule '\(ruleID)' already has a dérogation (line \(line)): this one is useless.")))
                continue
            }
            appliedAt[ruleID] = item.range.start.line
            let waiver = Waiver(justification: reason, range: item.range)
            var covered = 0
            for i in diagnostics.indices where diagnostics[i].rule == ruleID && diagnostics[i].waiver == nil {
                diagnostics[i].waiver = waiver
                covered += 1
            }
            if covered == 0 {
                found.append(finding(BuiltinRules.derogationUseless, .info, at: rule,
                    LocalizedText("La règle « \(ruleID) » est respectée : cette dérogation est inutile et peut être retirée.",
                        "Rule '\(ruleID)' is met: this dérogation is useless and can be removed.")))
            }
        }
        diagnostics += found
    }

    private static func finding(_ id: String, _ severity: Severity, at target: Target, _ message: LocalizedText) -> Diagnostic {
        Diagnostic(rule: id, severity: severity, message: message, path: target.path, range: target.range)
    }
}

extension Target {
    init(_ place: Place, path: String) {
        self.init(path: path, range: place.range, value: place.value?.node)
    }
}

extension Place {
    /// The value of `key` in a mapping here, or the place where it is missing.
    func child(_ key: String) -> Place {
        guard let node, let position = node.position(ofKey: key) else { return Place(missingBelow: self) }
        return Place(node: node.value(position), arrival: .key(node.key(position)), baseDepth: 0)
    }
}
