import YAMLTree

/// `same_as` / `after` / `before`: compare with another node (`{path: …}` absolute,
/// `{field: …}` relative), `today`, or a literal. Dates or numbers; `same_as` takes any scalar.
/// Holds when either side is absent: absence is `required`'s job.
struct Comparison: OperandCheck, CheckDefinition {
    static let names = ["same_as", "after", "before"]

    enum Kind: String, Sendable { case sameAs = "same_as", after, before }

    var kind: Kind
    var other: Operand


    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        guard let kind = Kind(rawValue: name),
            let other = Operand.compile(option, check: name, literals: true, decoder: decoder)
        else { return nil }
        if kind != .sameAs, case .literal(let node) = other, Ordered(node) == nil {
            decoder.report(option.range,
                fr: "« \(name) » attend une date, un nombre, today, {path: …} ou {field: …}",
                en: "'\(name)' expects a date, a number, today, {path: …} or {field: …}")
            return nil
        }
        return Comparison(kind: kind, other: other)
    }

    var operand: Operand { other }

    private static func same(_ a: Value?, _ b: Value?) -> Bool {
        guard let a, let b else { return false }
        return a == b
    }

    /// Whether a value (nil: none comparable with the limit) is on the right side of it.
    private func admits(_ value: Ordered?, limit: Ordered) -> Bool {
        guard let value else { return false }
        return kind == .after ? value > limit : value < limit
    }

    func check(value node: NodeRef, against resolved: Operand.Resolved, at place: Place, in walk: Walk) -> Bool {
        if kind == .sameAs {
            if Comparison.same(Value(node), Value(resolved.node)) { return true }
            return walk.fails(place) { .notSame(node.node.displayText, as: resolved.label(in: walk)) }
        }
        // Compared with something that is not a date or a number: another rule says so.
        guard let limit = Ordered(resolved.node) else { return true }
        let value = Ordered(node)?.comparable(with: limit)
        // A value that is not a date is `type: date`'s to report, once, with its rewriting.
        if value == nil, limit.isDate { return true }
        if admits(value, limit: limit) { return true }
        return walk.fails(place) {
            let label = resolved.label(in: walk)
            let expected = switch (kind, limit.isDate) {
            case (.after, true): LocalizedText("après \(label.fr)", "after \(label.en)")
            case (.after, false): LocalizedText("plus grand que \(label.fr)", "greater than \(label.en)")
            case (_, true): LocalizedText("avant \(label.fr)", "before \(label.en)")
            case (_, false): LocalizedText("plus petit que \(label.fr)", "less than \(label.en)")
            }
            guard let value else { return .notANumber(node.node.displayText, compared: expected) }
            return .wrongSide(value, expected: expected)
        }
    }
}

extension Comparison {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        let other = other.explanationLabel
        let otherÀ = self.other.explanationLabelAfterÀ
        let isDate = self.other.isDate(given: context.types)
        return switch (kind, isDate) {
        case (.sameAs, _): ExplanationLine("doit être égal \(otherÀ.fr)", "must equal \(other.en)")
        case (.after, false?): ExplanationLine("strictement supérieur \(otherÀ.fr)", "greater than \(other.en)")
        case (.after, _): ExplanationLine("postérieure \(otherÀ.fr)", "after \(other.en)")
        case (.before, false?): ExplanationLine("strictement inférieur \(otherÀ.fr)", "less than \(other.en)")
        case (.before, _): ExplanationLine("antérieure \(otherÀ.fr)", "before \(other.en)")
        }
    }

    func addSchema(at site: SchemaSite) {
        guard case .literal(let literal) = other else {
            site.leaveOut("\(kind.rawValue): \(other)")
            return
        }
        switch (kind, Ordered(literal), Value(literal)) {
        case (.sameAs, _, let value?):
            site.node.allowedValues.append([value])
        case (.after, .number(let limit)?, _):
            site.node.restrict(to: .number)
            site.node.exclusiveMinimum = max(site.node.exclusiveMinimum ?? -.infinity, limit)
        case (.before, .number(let limit)?, _):
            site.node.restrict(to: .number)
            site.node.exclusiveMaximum = min(site.node.exclusiveMaximum ?? .infinity, limit)
        default:
            site.leaveOut("\(kind.rawValue): \(other)")
        }
    }
}

extension Verdict {
    fileprivate static func notSame(_ shown: String, as label: LocalizedText) -> Verdict {
        let expected = LocalizedText("égal \(Operand.afterÀ(label.fr))", "equal to \(label.en)")
        return Verdict(LocalizedText("doit être \(expected.fr), « \(shown) » trouvé", "must be \(expected.en), found '\(shown)'"),
            expected: expected)
    }

    /// Only a number gets here: a value that is no date, against a date, is left to `type: date`.
    fileprivate static func notANumber(_ shown: String, compared expected: LocalizedText) -> Verdict {
        Verdict(LocalizedText("attendu : un nombre \(expected.fr) ; « \(shown) » trouvé",
            "expected a number \(expected.en), found '\(shown)'"), expected: expected)
    }

    fileprivate static func wrongSide(_ value: Ordered, expected: LocalizedText) -> Verdict {
        Verdict(LocalizedText("attendu : \(expected.fr) ; valeur trouvée : \(value)", "expected \(expected.en), found \(value)"),
            expected: expected)
    }
}
