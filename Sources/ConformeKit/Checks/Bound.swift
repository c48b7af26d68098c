import YAMLTree

/// `min` / `max` / `exclusive_min` / `exclusive_max`: a bound on a number or a date. The bound
/// is a number, a date, `today`, or another node (`{path: …}`, `{field: …}`).
struct Bound: OperandCheck, CheckDefinition {
    static let names = ["min", "max", "exclusive_min", "exclusive_max"]

    enum Kind: String, Sendable {
        case min, max, exclusiveMin = "exclusive_min", exclusiveMax = "exclusive_max"
    }

    var kind: Kind
    var bound: Operand


    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        guard let kind = Kind(rawValue: name),
            let bound = Operand.compile(option, check: name, literals: true, decoder: decoder)
        else { return nil }
        if case .literal(let node) = bound, Ordered(node) == nil {
            decoder.report(option.range,
                fr: "« \(name) » attend un nombre, une date AAAA-MM-JJ, today, {path: …} ou {field: …}",
                en: "'\(name)' expects a number, a date YYYY-MM-DD, today, {path: …} or {field: …}")
            return nil
        }
        return Bound(kind: kind, bound: bound)
    }

    var operand: Operand { bound }

    /// Whether a value (nil: none comparable with the limit) lies within the bound.
    private func admits(_ value: Ordered?, limit: Ordered) -> Bool {
        guard let value else { return false }
        return switch kind {
        case .min: value >= limit
        case .max: value <= limit
        case .exclusiveMin: value > limit
        case .exclusiveMax: value < limit
        }
    }

    func check(value node: NodeRef, against resolved: Operand.Resolved, at place: Place, in walk: Walk) -> Bool {
        guard let limit = Ordered(resolved.node) else { return true }
        let value = Ordered(node)?.comparable(with: limit)
        // A value that is not a date is `type: date`'s to report, once, with its rewriting.
        if value == nil, limit.isDate { return true }
        if admits(value, limit: limit) { return true }
        return walk.fails(place) {
            // It fails: only now is it worth naming the bound.
            let expected = Bound.expectation(kind, limit: limit, label: resolved.label(in: walk))
            guard let value else { return .notANumber(node.node.displayText, within: expected) }
            return .outOfBound(value, expected: expected)
        }
    }

    static func expectation(_ kind: Kind, limit: Ordered, label: LocalizedText) -> LocalizedText {
        if limit.isDate {
            return switch kind {
            case .min: LocalizedText("\(label.fr) ou après", "on or after \(label.en)")
            case .max: LocalizedText("\(label.fr) ou avant", "on or before \(label.en)")
            case .exclusiveMin: LocalizedText("après \(label.fr)", "after \(label.en)")
            case .exclusiveMax: LocalizedText("avant \(label.fr)", "before \(label.en)")
            }
        }
        return switch kind {
        case .min: LocalizedText("au moins \(label.fr)", "at least \(label.en)")
        case .max: LocalizedText("au plus \(label.fr)", "at most \(label.en)")
        case .exclusiveMin: LocalizedText("plus de \(label.fr)", "more than \(label.en)")
        case .exclusiveMax: LocalizedText("moins de \(label.fr)", "less than \(label.en)")
        }
    }
}

extension Bound {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        let other = bound.explanationLabel
        let otherÀ = bound.explanationLabelAfterÀ
        switch bound.isDate(given: context.types) {
        case true?:
            return switch kind {
            case .min: ExplanationLine("au plus tôt \(other.fr)", "on or after \(other.en)")
            case .max: ExplanationLine("au plus tard \(other.fr)", "on or before \(other.en)")
            case .exclusiveMin: ExplanationLine("postérieure \(otherÀ.fr)", "after \(other.en)")
            case .exclusiveMax: ExplanationLine("antérieure \(otherÀ.fr)", "before \(other.en)")
            }
        default:
            return switch kind {
            case .min: ExplanationLine("au moins \(other.fr)", "at least \(other.en)")
            case .max: ExplanationLine("au plus \(other.fr)", "at most \(other.en)")
            case .exclusiveMin: ExplanationLine("strictement supérieur \(otherÀ.fr)", "greater than \(other.en)")
            case .exclusiveMax: ExplanationLine("strictement inférieur \(otherÀ.fr)", "less than \(other.en)")
            }
        }
    }

    func addSchema(at site: SchemaSite) {
        guard case .literal(let literal) = bound, case .number(let limit)? = Ordered(literal) else {
            site.leaveOut("\(kind.rawValue): \(bound)")
            return
        }
        site.node.restrict(to: .number)
        let other = SchemaNode()
        switch kind {
        case .min: other.minimum = limit
        case .max: other.maximum = limit
        case .exclusiveMin: other.exclusiveMinimum = limit
        case .exclusiveMax: other.exclusiveMaximum = limit
        }
        site.node.merge(other)
    }
}

extension Verdict {
    /// Only a number limit gets here: a value that is no date, against a date, is left to
    /// `type: date`.
    fileprivate static func notANumber(_ shown: String, within expected: LocalizedText) -> Verdict {
        Verdict(LocalizedText("attendu : un nombre (\(expected.fr)) ; « \(shown) » trouvé",
            "expected a number (\(expected.en)), found '\(shown)'"), expected: expected)
    }

    fileprivate static func outOfBound(_ value: Ordered, expected: LocalizedText) -> Verdict {
        Verdict(LocalizedText("\(expected.fr) ; valeur trouvée : \(value)", "\(expected.en); found \(value)"),
            expected: expected)
    }
}
