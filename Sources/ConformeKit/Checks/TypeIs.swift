import YAMLTree

/// `type: string | integer | number | boolean | date | list | map` (or a list of them).
struct TypeIs: ValueCheck, CheckDefinition {
    static let names = ["type"]

    enum Kind: String, Sendable, CaseIterable {
        case string, integer, number, boolean, date, list, map

        var label: LocalizedText {
            switch self {
            case .string: LocalizedText("un texte", "text")
            case .integer: LocalizedText("un nombre entier", "an integer")
            case .number: LocalizedText("un nombre", "a number")
            case .boolean: LocalizedText("true ou false", "true or false")
            case .date: LocalizedText("une date AAAA-MM-JJ", "a date YYYY-MM-DD")
            case .list: LocalizedText("une liste", "a list")
            case .map: LocalizedText("une table (clé: valeur)", "a map (key: value)")
            }
        }

        /// Whether `node` is of this kind, read in place.
        func accepts(_ node: NodeRef) -> Bool {
            switch self {
            case .list: node.isSequence
            case .map: node.isMapping
            case .string: node.scalarKind == .string
            case .integer: node.scalarKind == .int
            case .number: node.scalarKind == .int || node.scalarKind == .float
            case .boolean: node.scalarKind == .bool
            case .date: node.stringText.map { LocalDate($0) != nil } ?? false
            }
        }
    }

    var kinds: [Kind]

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        let nodes = option.oneOrMany
        var kinds: [Kind] = []
        for node in nodes {
            guard let text = node.scalar?.text, let kind = Kind(rawValue: text) else {
                let written = node.scalar?.text ?? ""
                let all = Kind.allCases.map(\.rawValue)
                decoder.report(node.range, LocalizedText(
                    "type inconnu « \(written) » (\(all.joined(separator: ", ")))",
                    "unknown type '\(written)' (\(all.joined(separator: ", ")))"
                ).suggesting(Suggestion.closest(to: written, among: all)))
                return nil
            }
            kinds.append(kind)
        }
        guard !kinds.isEmpty else {
            decoder.report(option.range, fr: "« type » : au moins un type est attendu", en: "'type': at least one type is expected")
            return nil
        }
        return TypeIs(kinds: kinds)
    }

    func check(value node: NodeRef, at place: Place, in walk: Walk) -> Bool {
        if kinds.contains(where: { $0.accepts(node) }) { return true }
        return walk.fails(place) {
            // A date written the French way (31/12/2027) is the likeliest slip: give it back rewritten.
            let rewritten = kinds.contains(.date) ? node.scalarText.flatMap { LocalDate(frenchWriting: $0) } : nil
            return .wrongType(node.node.displayText, expected: kinds, suggestion: rewritten?.description)
        }
    }
}

extension TypeIs {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        let fr = kinds.map(\.label.fr).joined(separator: " ou ")
        let en = kinds.map(\.label.en).joined(separator: " or ")
        return context.inCondition
            ? ExplanationLine("est \(fr)", "is \(en)", isPredicate: true)
            : ExplanationLine("doit être \(fr)", "must be \(en)")
    }

    func addSchema(at site: SchemaSite) {
        TypeIs.addSchema(kinds, to: site.node)
    }

    private static func addSchema(_ kinds: [Kind], to node: SchemaNode) {
        func types(_ kind: Kind) -> JSONTypes {
            switch kind {
            case .string, .date: .string
            case .integer: .integer
            case .number: .number
            case .boolean: .boolean
            case .list: .array
            case .map: .object
            }
        }
        if kinds == [.date] {
            node.restrict(to: .string)
            if !node.patterns.contains(FormatPatterns.date) { node.patterns.append(FormatPatterns.date) }
            node.format = node.format ?? "date"
        } else if kinds.contains(.date) {
            // A date or something else: one alternative per type.
            node.alternatives.append(kinds.map { kind in
                let alternative = SchemaNode()
                addSchema([kind], to: alternative)
                return alternative
            })
        } else {
            node.restrict(to: kinds.reduce(into: JSONTypes()) { $0.formUnion(types($1)) })
        }
    }
}

extension Verdict {
    fileprivate static func wrongType(_ shown: String, expected kinds: [TypeIs.Kind], suggestion: String?) -> Verdict {
        let expected = LocalizedText(
            kinds.map(\.label.fr).joined(separator: " ou "), kinds.map(\.label.en).joined(separator: " or "))
        return Verdict(LocalizedText("attendu : \(expected.fr) ; « \(shown) » trouvé", "expected \(expected.en), found '\(shown)'"),
            expected: expected, suggestion: suggestion)
    }
}
