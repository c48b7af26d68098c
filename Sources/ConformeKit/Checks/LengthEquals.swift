import YAMLTree

/// `length_equals: {path: mission.nombre_eig}`: a list has as many items as another node says
/// (or as a literal integer). Holds when the count is absent or not an integer: other rules
/// report that.
struct LengthEquals: OperandCheck, CheckDefinition {
    static let names = ["length_equals"]
    var count: Operand


    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        guard let count = Operand.compile(option, check: name, literals: true, decoder: decoder) else { return nil }
        if case .literal(let node) = count {
            guard case .int(let n)? = node.scalar?.value, n >= 0 else {
                decoder.report(option.range, fr: "« length_equals » attend un entier, {path: …} ou {field: …}",
                    en: "'length_equals' expects an integer, {path: …} or {field: …}")
                return nil
            }
        }
        if case .today = count {
            decoder.report(option.range, fr: "« length_equals » ne se compare pas à une date",
                en: "'length_equals' cannot compare with a date")
            return nil
        }
        return LengthEquals(count: count)
    }

    var operand: Operand { count }

    func check(value node: NodeRef, against resolved: Operand.Resolved, at place: Place, in walk: Walk) -> Bool {
        guard case .int(let wanted)? = resolved.node.scalarValue else { return true }
        if node.isSequence, node.count == wanted { return true }
        return walk.fails(place) {
            let source = resolved.path(in: walk).map { " (\($0))" } ?? ""
            let items = Words.count(wanted, .items)
            let expected = LocalizedText(items.fr + source, items.en + source)
            guard node.isSequence else { return .notAList(node.node.displayText, of: expected) }
            return .itemCount(node.count, expected: expected)
        }
    }
}

extension LengthEquals {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        if case .literal(let node) = count {
            let n = node.scalar.flatMap { Int($0.text) } ?? 0
            let items = Words.count(n, .items)
            return ExplanationLine("exactement \(items.fr)", "exactly \(items.en)")
        }
        let other = count.explanationLabel
        return ExplanationLine("autant d'éléments que l'indique \(other.fr)",
            "as many items as \(other.en) says")
    }

    func addSchema(at site: SchemaSite) {
        // No JSON Schema keyword compares a list's length with another value.
        site.leaveOut("length_equals: \(count)")
    }
}

extension Verdict {
    fileprivate static func notAList(_ shown: String, of expected: LocalizedText) -> Verdict {
        Verdict(LocalizedText("une liste de \(expected.fr) est attendue, « \(shown) » trouvé",
            "a list of \(expected.en) is expected, found '\(shown)'"), expected: expected)
    }

    fileprivate static func itemCount(_ count: Int, expected: LocalizedText) -> Verdict {
        let found = Words.count(count, .found)
        return Verdict(LocalizedText("doit compter \(expected.fr), \(found.fr)", "must have \(expected.en), \(found.en)"),
            expected: expected)
    }
}
