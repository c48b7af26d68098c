import YAMLTree

/// `in: [A, B]` / `not_in: [A, B]`, or `{list: NAME}` for a list defined under `lists:`.
/// A miss on `in` suggests the closest allowed value (case first, then edit distance).
struct Membership: Check, CheckDefinition {
    static let names = ["in", "not_in"]
    var allowed: [Value]
    var set: Set<Value>
    var negated: Bool
    /// The `lists:` entry the values come from, for explanations; nil for values written inline.
    var listName: String? = nil

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        let negated = name == "not_in"
        if let pairs = option.pairs {
            guard pairs.count == 1, pairs[0].key.scalar?.text == "list",
                let listName = decoder.string(pairs[0].value, what: "\(name).list")
            else {
                decoder.report(option.range, fr: "« \(name) » attend une liste de valeurs ou {list: NOM}",
                    en: "'\(name)' expects a list of values or {list: NAME}")
                return nil
            }
            guard let list = decoder.lists[listName] else {
                decoder.report(pairs[0].value.range, LocalizedText("liste inconnue « \(listName) »", "unknown list '\(listName)'")
                    .suggesting(Suggestion.closest(to: listName, among: decoder.lists.keys.sorted()),
                        otherwise: LocalizedText(" (voir « lists: »)", " (see 'lists:')")))
                return nil
            }
            return Membership(allowed: list.values, set: list.set, negated: negated, listName: listName)
        }
        guard let items = option.items else {
            decoder.report(option.range, fr: "« \(name) » attend une liste de valeurs ou {list: NOM}",
                en: "'\(name)' expects a list of values or {list: NAME}")
            return nil
        }
        var values: [Value] = []
        for item in items {
            guard let value = Value(item) else {
                decoder.report(item.range, fr: "« \(name) » : chaque valeur doit être simple (texte, nombre, true/false)",
                    en: "'\(name)': every value must be a scalar (text, number, true/false)")
                return nil
            }
            values.append(value)
        }
        return Membership(allowed: values, set: Set(values), negated: negated)
    }

    private var listing: String { allowed.map(\.description).joined(separator: ", ") }

    func check(_ place: Place, in walk: Walk) -> Bool {
        // Absent: fails only in a `when`, whose failures are never shown.
        guard let node = place.value else { return negated || !walk.inCondition }
        let isMember = Value(node).map { set.contains($0) } ?? false
        if isMember != negated { return true }
        return walk.fails(place) {
            if negated { return .notAllowed(node.node.displayText, listing: listing) }
            let strings = allowed.compactMap { value -> String? in
                if case .string(let s) = value { return s }
                return nil
            }
            return .notAmongAllowed(node.node.displayText, listing: listing,
                suggestion: node.scalarText.flatMap { Suggestion.closest(to: $0, among: strings) })
        }
    }
}

extension Membership {
    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        let values = Phrase.joined(allowed.map { "\(code: $0)" }, separator: ", ")
        let fromList = listName.map { LocalizedPhrase(" de la liste \(code: $0)", " of list \(code: $0)") }
            ?? LocalizedPhrase("", "")
        if context.inCondition {
            if !negated, allowed.count == 1 {
                return ExplanationLine("vaut « \(code: allowed[0]) »", "is '\(code: allowed[0])'", isPredicate: true)
            }
            return negated
                ? ExplanationLine("ne vaut aucune des valeurs\(fromList.fr) : \(values)",
                    "is none of the values\(fromList.en): \(values)", isPredicate: true)
                : ExplanationLine("vaut l'une des valeurs\(fromList.fr) : \(values)",
                    "is one of the values\(fromList.en): \(values)", isPredicate: true)
        }
        return negated
            ? ExplanationLine("ne doit être aucune des valeurs\(fromList.fr) : \(values)",
                "must be none of the values\(fromList.en): \(values)")
            : ExplanationLine("doit être l'une des valeurs\(fromList.fr) : \(values)",
                "must be one of the values\(fromList.en): \(values)")
    }

    func addSchema(at site: SchemaSite) {
        guard negated else {
            site.node.allowedValues.append(allowed)
            return
        }
        let excluded = SchemaNode()
        excluded.allowedValues = [allowed]
        site.node.negations.append(excluded)
    }
}

extension Verdict {
    fileprivate static func notAllowed(_ shown: String, listing: String) -> Verdict {
        Verdict(LocalizedText("« \(shown) » n'est pas permis (\(listing))", "'\(shown)' is not allowed (\(listing))"),
            expected: LocalizedText("aucune de ces valeurs : \(listing)", "none of: \(listing)"))
    }

    fileprivate static func notAmongAllowed(_ shown: String, listing: String, suggestion: String?) -> Verdict {
        Verdict(LocalizedText("« \(shown) » n'est pas l'une des valeurs permises : \(listing)",
            "'\(shown)' is not one of the allowed values: \(listing)"),
            expected: LocalizedText("l'une des valeurs : \(listing)", "one of: \(listing)"), suggestion: suggestion)
    }
}
