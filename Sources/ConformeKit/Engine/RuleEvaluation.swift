import YAMLTree

extension Rule {
    /// Whether every `when` clause holds. A clause's path may designate several nodes (through
    /// a wildcard): it holds when all of them satisfy it.
    func applies(in context: CheckContext) -> Bool {
        var strict = context
        strict.absentFailsMembership = true
        let document = Target.document(context.root)
        return conditions.allSatisfy { condition in
            let targets = condition.path.map { document.resolve($0, in: strict) } ?? [document]
            return targets.allSatisfy { condition.group.holds($0, in: strict) }
        }
    }

    /// One failure per failing node: when several checks fail at the same place, the first
    /// written wins (`required` before `in`: a missing licence is missing, not misspelt).
    func failures(in context: CheckContext) -> [Failure] {
        let document = Target.document(context.root)
        let targets = given.map { $0.flatMap { document.resolve($0, in: context) } } ?? [document]
        var seen: Set<String> = []
        var failures: [Failure] = []
        for target in targets {
            for failure in then.evaluate(target, in: context) where seen.insert(failure.target.path).inserted {
                failures.append(failure)
            }
        }
        return failures
    }

    func diagnostic(for failure: Failure) -> Diagnostic {
        Diagnostic(
            rule: id, severity: severity, message: MessageTemplate.message(of: self, for: failure),
            path: failure.target.path.isEmpty ? nil : failure.target.path,
            range: failure.target.range, suggestion: failure.suggestion)
    }
}
