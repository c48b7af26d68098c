import YAMLTree

/// `closed: [k1, k2…]`: a map may hold only these keys. Each unknown key is a finding at the
/// key itself, with the closest allowed key ("transparance" → "transparence").
struct Closed: Check, CheckDefinition {
    static let names = ["closed"]
    var keys: [String]
    /// The allowed keys by their length in UTF-8 bytes: a key is looked up by comparing it
    /// with the one or two allowed keys of its length, which costs less than hashing it (this
    /// check runs on every map of every manifest).
    var keysByLength: [[String]]

    static func compile(name: String, option: Node, decoder: RuleDecoder) -> (any Check)? {
        guard let items = option.items else {
            decoder.report(option.range, fr: "« closed » attend la liste des clés permises",
                en: "'closed' expects the list of allowed keys")
            return nil
        }
        var keys: [String] = []
        for item in items {
            guard let key = decoder.string(item, what: "closed") else { return nil }
            keys.append(key)
        }
        var keysByLength: [[String]] = Array(repeating: [], count: (keys.map(\.utf8.count).max() ?? 0) + 1)
        for key in keys { keysByLength[key.utf8.count].append(key) }
        return Closed(keys: keys, keysByLength: keysByLength)
    }

    func check(_ place: Place, in walk: Walk) -> Bool {
        guard let node = place.value, node.isMapping, walk.mayWalk(node.count, at: place) else { return true }
        var holds = true
        for position in 0..<node.count {
            let key = node.key(position)
            let name = key.scalarText ?? key.node.displayText
            if allows(name) { continue }
            let target = Target(path: walk.path(then: [.key(name)]), range: key.range, value: key.isNull ? nil : key.node)
            holds = walk.fails(at: target) {
                .unknownKey(name, allowed: keys, suggestion: Suggestion.closest(to: name, among: keys))
            }
            if !walk.collecting { break }
        }
        return holds
    }
}

extension Closed {
    func allows(_ key: String) -> Bool {
        let length = key.utf8.count
        return length < keysByLength.count && keysByLength[length].contains(key)
    }

    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        let keys = Phrase.joined(keys.map { "\(code: $0)" }, separator: ", ")
        return ExplanationLine("seulement les clés \(keys)", "only the keys \(keys)")
    }

    func addSchema(at site: SchemaSite) {
        site.node.close(to: keys)
    }
}

extension Verdict {
    fileprivate static func unknownKey(_ name: String, allowed keys: [String], suggestion: String?) -> Verdict {
        let listing = keys.joined(separator: ", ")
        let shown = revealingLookalikes(name)
        let detail = LocalizedText("clé inconnue « \(shown) »", "unknown key '\(shown)'").suggesting(suggestion,
            otherwise: LocalizedText(" ; clés permises : \(listing)", "; allowed keys: \(listing)"))
        return Verdict(detail, expected: LocalizedText("l'une des clés : \(listing)", "one of the keys: \(listing)"),
            suggestion: suggestion)
    }
}
