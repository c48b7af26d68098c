import YAMLTree

extension Rule {
    /// Whether every `when` clause holds. A clause's path may designate several nodes (through
    /// a wildcard): it holds when all of them satisfy it.
    func applies(in walk: Walk) -> Bool {
        guard !conditions.isEmpty else { return true }
        return walk.decides(inCondition: true) {
            conditions.allSatisfy { condition in
                guard let path = condition.path else { return condition.group.check(walk.document, in: walk) }
                return walk.forEach(path, from: walk.document) { condition.group.check($0, in: walk) }
            }
        }
    }

    /// One failure per failing node: when several checks fail at the same place, the first
    /// written wins (`required` before `in`: a missing licence is missing, not misspelt).
    func failures(in walk: Walk) -> [Failure] {
        let found = walk.findings {
            guard let given else {
                _ = then.check(walk.document, in: walk)
                return
            }
            for path in given { _ = walk.forEach(path, from: walk.document) { then.check($0, in: walk) } }
        }
        guard found.count > 1 else { return found }
        var seen: Set<String> = []
        return found.filter { seen.insert($0.target.path).inserted }
    }

    func diagnostic(for failure: Failure, optional: Bool = false) -> Diagnostic {
        Diagnostic(
            rule: id, severity: severity,
            message: MessageTemplate.message(of: self, for: failure, optional: optional),
            path: failure.target.path.isEmpty ? nil : failure.target.path,
            range: failure.target.range, suggestion: failure.suggestion)
    }
}
