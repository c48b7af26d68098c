import YAMLTree

extension Rule {
    /// Whether every `when` clause holds. A clause's path may designate several nodes (through
    /// a wildcard): it holds when all of them satisfy it. `strict` is the context made for
    /// conditions (`CheckContext.forConditions()`).
    func applies(in strict: CheckContext) -> Bool {
        guard !conditions.isEmpty else { return true }
        let document = strict.document
        return conditions.allSatisfy { condition in
            if strict.quickVerdicts, let quick = condition.group.holds(at: condition.path, in: strict) {
                return quick
            }
            guard let path = condition.path else { return condition.group.holds(document, in: strict) }
            var holds = true
            document.forEachTarget(path, in: strict) { target in
                if holds, !condition.group.holds(target, in: strict) { holds = false }
            }
            return holds
        }
    }

    /// One failure per failing node: when several checks fail at the same place, the first
    /// written wins (`required` before `in`: a missing licence is missing, not misspelt).
    func failures(in context: CheckContext) -> [Failure] {
        if context.quickVerdicts, quickHolds(in: context) == true { return [] }
        let document = context.document
        var seen: Set<String> = []
        var failures: [Failure] = []
        // The closure below captures this group, not the whole rule (which it would copy).
        let then = self.then
        func evaluate(_ target: Target) {
            for failure in then.evaluate(target, in: context) where seen.insert(failure.target.path).inserted {
                failures.append(failure)
            }
        }
        if let given {
            for path in given { document.forEachTarget(path, in: context, evaluate) }
        } else {
            evaluate(document)
        }
        return failures
    }

    func diagnostic(for failure: Failure, optional: Bool = false) -> Diagnostic {
        Diagnostic(
            rule: id, severity: severity,
            message: MessageTemplate.message(of: self, for: failure, optional: optional),
            path: failure.target.path.isEmpty ? nil : failure.target.path,
            range: failure.target.range, suggestion: failure.suggestion)
    }
}
