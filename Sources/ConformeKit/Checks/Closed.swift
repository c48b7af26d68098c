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

    func evaluate(_ target: Target, in context: CheckContext) -> [Failure] {
        guard let pairs = target.value?.pairs, context.mayWalk(pairs.count, at: target) else { return [] }
        return pairs.compactMap { pair -> Failure? in
            let key = pair.key.scalar?.text ?? pair.key.displayText
            guard !allows(key) else { return nil }
            let listing = keys.joined(separator: ", ")
            let place = Target(node: pair.key, path: Path.render([.key(key)], after: target.path),
                range: pair.key.range, anchor: pair.key.range)
            let guess = Suggestion.closest(to: key, among: keys)
            let detail = guess.map {
                LocalizedText("clé inconnue « \(key) » ; vouliez-vous dire « \($0) » ?",
                    "unknown key '\(key)'; did you mean '\($0)'?")
            } ?? LocalizedText("clé inconnue « \(key) » ; clés permises : \(listing)",
                "unknown key '\(key)'; allowed keys: \(listing)")
            return Failure(target: place, detail: detail,
                expected: LocalizedText("l'une des clés : \(listing)", "one of the keys: \(listing)"),
                suggestion: guess)
        }
    }
}

extension Closed {
    func holds(_ node: NodeRef?, base: NodeRef?, in context: CheckContext) -> Bool? {
        guard let node, node.isMapping else { return true }
        guard node.count <= context.limits.maxListLength else { return nil }
        for position in 0..<node.count {
            let key = node.key(position)
            if !allows(key.scalarText ?? key.node.displayText) { return false }
        }
        return true
    }

    func allows(_ key: String) -> Bool {
        let length = key.utf8.count
        return length < keysByLength.count && keysByLength[length].contains(key)
    }

    func explanation(_ context: ExplanationContext) -> ExplanationLine {
        let keys = Phrase.joined(keys.map { "\(code: $0)" }, separator: ", ")
        return ExplanationLine("seulement les clés \(keys)", "only the keys \(keys)")
    }
}
