import YAMLTree

/// Decodes the `lists:` and `rules:` sections of one parsed rule file.
enum RuleFileDecoding {
    static let ruleKeys = [
        "id", "title", "severity", "category", "waivable", "prerequisite", "when", "given", "then", "message",
        "message_optional", "exclusive", "rationale", "source", "url", "examples",
    ]

    static func lists(of file: ParsedRuleFile, decoder: RuleDecoder) -> [ValueList] {
        guard let node = file.lists else { return [] }
        guard let pairs = node.pairs else {
            decoder.report(node.range, fr: "« lists » : une table NOM: [valeurs] est attendue",
                en: "'lists': a map NAME: [values] is expected")
            return []
        }
        var lists: [ValueList] = []
        for pair in pairs {
            guard let name = decoder.string(pair.key, what: "lists") else { continue }
            guard let items = pair.value.items else {
                decoder.report(pair.value.range, fr: "la liste « \(name) » doit être une liste de valeurs",
                    en: "list '\(name)' must be a list of values")
                continue
            }
            var values: [Value] = []
            for item in items {
                if let value = Value(item), value != .null {
                    values.append(value)
                } else {
                    decoder.report(item.range, fr: "la liste « \(name) » ne peut contenir que des valeurs simples",
                        en: "list '\(name)' may only hold scalars")
                }
            }
            lists.append(ValueList(name: name, values: values, range: pair.key.range))
        }
        return lists
    }

    static func rules(of file: ParsedRuleFile, decoder: RuleDecoder) -> [Rule] {
        guard let node = file.rules else { return [] }
        guard let items = node.items else {
            decoder.report(node.range, fr: "« rules » : une liste de règles est attendue",
                en: "'rules': a list of rules is expected")
            return []
        }
        var rules: [Rule] = []
        var firstDefinition: [String: SourceRange] = [:]
        for item in items {
            guard let rule = rule(item, decoder: decoder) else { continue }
            if let first = firstDefinition[rule.id] {
                decoder.report(rule.range,
                    fr: "identifiant de règle en double « \(rule.id) » (déjà défini ligne \(first.start.line))",
                    en: "duplicate rule id '\(rule.id)' (already defined on line \(first.start.line))")
                continue
            }
            firstDefinition[rule.id] = rule.range
            rules.append(rule)
        }
        return rules
    }

    /// One rule; nil (with every problem reported) when any part of it is unusable.
    static func rule(_ node: Node, decoder: RuleDecoder) -> Rule? {
        let idText = node["id"]?.scalar?.text
        let what = LocalizedText(idText.map { "la règle « \($0) »" } ?? "une règle",
            idText.map { "rule '\($0)'" } ?? "a rule")
        let before = decoder.problems.count
        guard let pairs = decoder.mapping(node, what: what, allowed: ruleKeys) else { return nil }
        var id: String?
        var idRange = node.range
        var title: LocalizedText?
        var severity = Severity.error
        var category: String?
        var waivable = false
        var prerequisite = false
        var conditions: [Condition] = []
        var given: [Path]?
        var then: CheckGroup?
        var message: LocalizedText?
        var messageOptional: LocalizedText?
        var exclusive = false
        var rationale: LocalizedText?
        var source: String?
        var url: String?
        var examples = Rule.Examples()

        for (key, pair) in pairs {
            let value = pair.value
            switch key {
            case "id":
                idRange = value.range
                id = ruleID(value, decoder: decoder)
            case "title": title = decoder.localized(value, what: key)
            case "severity":
                if let text = decoder.string(value, what: key) {
                    if let s = Severity(rawValue: text) {
                        severity = s
                    } else {
                        let all = Severity.allCases.map(\.rawValue).reversed()
                        let guess = Suggestion.closest(to: text, among: all)
                        decoder.report(value.range, LocalizedText("sévérité inconnue « \(text) » (error, warning ou info)",
                            "unknown severity '\(text)' (error, warning or info)").suggesting(guess))
                    }
                }
            case "category": category = decoder.string(value, what: key)
            case "waivable": waivable = decoder.bool(value, what: key) ?? false
            case "prerequisite": prerequisite = decoder.bool(value, what: key) ?? false
            case "when":
                for clause in value.oneOrMany {
                    if let g = decoder.group(clause, what: LocalizedText("« when »", "'when'"), allowPath: true) {
                        conditions.append(Condition(path: g.path, group: g.group))
                    }
                }
            case "given":
                given = value.oneOrMany.compactMap { decoder.path($0) }
            case "then":
                then = decoder.group(value, what: LocalizedText("« then »", "'then'"))?.group
            case "exclusive": exclusive = decoder.bool(value, what: key) ?? false
            case "message", "message_optional":
                let text = decoder.localized(value, what: key)
                if key == "message" { message = text } else { messageOptional = text }
                let unknown = text.map { MessageTemplate.unknownPlaceholders(in: $0.fr + $0.en) } ?? []
                for name in Set(unknown).sorted() {
                    let guess = Suggestion.closest(to: name, among: MessageTemplate.placeholders)
                    let known = MessageTemplate.placeholders.map { "{\($0)}" }.joined(separator: ", ")
                    decoder.report(value.range, LocalizedText("« {\(name)} » n'est pas une variable de message (\(known))",
                        "'{\(name)}' is not a message variable (\(known))").suggesting(guess.map { "{\($0)}" }))
                }
            case "rationale": rationale = decoder.localized(value, what: key)
            case "source": source = decoder.string(value, what: key)
            case "url": url = decoder.string(value, what: key)
            default:  // examples
                examples = self.examples(value, decoder: decoder)
            }
        }
        if node.pair(forKey: "id") == nil {
            decoder.report(node.range, fr: "règle sans « id »", en: "rule without 'id'")
        }
        if node.pair(forKey: "then") == nil {
            decoder.report(node.range, fr: "\(what.fr) : « then » manquant (les vérifications à faire)",
                en: "\(what.en): missing 'then' (the checks to make)")
        }
        if prerequisite, waivable, let pair = node.pair(forKey: "prerequisite") {
            // A dérogation would let the file through a gate that stops every later rule.
            decoder.report(pair.key.range, fr: "\(what.fr) : une règle préalable (« prerequisite ») ne peut pas être dérogeable",
                en: "\(what.en): a prerequisite rule cannot be waivable")
        }
        guard decoder.problems.count == before, let id, let then else { return nil }
        return Rule(
            id: id, title: title ?? LocalizedText(id, id), severity: severity,
            category: category ?? String(id.split(separator: ".").first ?? Substring(id)),
            waivable: waivable, prerequisite: prerequisite, message: message, messageOptional: messageOptional, exclusive: exclusive,
            rationale: rationale, source: source, url: url,
            examples: examples, file: decoder.file, range: idRange, conditions: conditions,
            given: given, then: then)
    }

    /// A stable public id: lowercase words with `.`, `-`, `_`; `yaml.` and `derogations.` are
    /// the engine's own.
    private static func ruleID(_ node: Node, decoder: RuleDecoder) -> String? {
        guard let id = decoder.string(node, what: "id") else { return nil }
        // The usual id is checked on its bytes; Character properties cost ~20K instructions
        // per id at every start, and only an unusual id needs them.
        let plain = id.utf8.first.map { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) } == true
            && id.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            }
        let allowed = plain || id.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || "._-".contains($0) }
        guard plain || (!id.isEmpty && allowed && id.first!.isLetter) else {
            decoder.report(node.range,
                fr: "identifiant de règle invalide « \(id) » : minuscules, chiffres, « . », « - » ou « _ », en commençant par une lettre",
                en: "invalid rule id '\(id)': lowercase letters, digits, '.', '-' or '_', starting with a letter")
            return nil
        }
        if id.hasPrefix("yaml.") || id.hasPrefix("derogations.") {
            decoder.report(node.range,
                fr: "l'identifiant « \(id) » est réservé aux constats de conforme lui-même",
                en: "id '\(id)' is reserved for conforme's own findings")
            return nil
        }
        return id
    }

    private static func examples(_ node: Node, decoder: RuleDecoder) -> Rule.Examples {
        var examples = Rule.Examples()
        guard let pairs = decoder.mapping(node, what: LocalizedText("« examples »", "'examples'"), allowed: ["pass", "fail"])
        else { return examples }
        for (key, pair) in pairs {
            guard let items = pair.value.items else {
                decoder.report(pair.value.range, fr: "« examples.\(key) » : une liste de manifestes YAML (textes) est attendue",
                    en: "'examples.\(key)': a list of YAML manifests (texts) is expected")
                continue
            }
            let found = items.compactMap { item in
                decoder.string(item, what: "examples.\(key)").map { Rule.Example(text: $0, range: item.range) }
            }
            if key == "pass" { examples.passing = found } else { examples.failing = found }
        }
        return examples
    }
}
