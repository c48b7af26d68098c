/// `SchemaNode`s as JSON Schema keywords, in a fixed order: annotations, then the value's
/// constraints, then its children, then combinators.
enum SchemaRendering {
    static func document(
        ruleSet: RuleSet, root: SchemaNode,
        conditionals: [(key: String, condition: SchemaNode, then: SchemaNode)],
        omissions: [ManifestSchema.Omission]
    ) -> SchemaJSON {
        var header = SchemaObject()
        header.add("$schema", .string(ManifestSchema.draft))
        header.add("$id", .string("urn:conforme:schema:\(ruleSet.id)" + (ruleSet.version.isEmpty ? "" : ":\(ruleSet.version)")))
        header.add("title", .string(ruleSet.title))
        header.add("description", .string(description(ruleSet: ruleSet, omissions: omissions)))
        header.add("$comment", .string(comment(ruleSet: ruleSet)))
        var conforme = SchemaObject()
        conforme.add("ruleset", .string(ruleSet.id))
        conforme.add("version", .string(ruleSet.version))
        conforme.add("omitted", .array(omissions.map { omission in
            var entry = SchemaObject()
            entry.add("rule", .string(omission.rule))
            entry.add("checks", .array(omission.checks.map(SchemaJSON.string)))
            if omission.isWhole { entry.add("whole", .bool(true)) }
            return entry.json
        }))
        header.add("x-conforme", conforme.json)
        let conditions = conditionals.map { conditional -> SchemaJSON in
            var clause = SchemaObject()
            clause.add("if", node(conditional.condition, asRoot: true))
            clause.add("then", node(conditional.then, asRoot: true))
            return clause.json
        }
        guard case .object(let body) = node(root, asRoot: true, annotate: false, extraAllOf: conditions) else {
            return header.json
        }
        return .object(header.members + body)
    }

    /// `asRoot`: the node is always there (the document, or the subject of `if`, `then` or
    /// `not`): null is not one of its values.
    static func node(
        _ node: SchemaNode, asRoot: Bool = false, annotate: Bool = true, extraAllOf: [SchemaJSON] = []
    ) -> SchemaJSON {
        var out = SchemaObject()
        var allOf: [SchemaJSON] = []
        // The engine takes null for "absent": every check but `required` holds on it.
        let allowsNull = !node.mustExist && !asRoot

        if annotate {
            if !node.titles.isEmpty { out.add("description", .string(node.titles.joined(separator: " ; "))) }
            if !node.ruleIDs.isEmpty { out.add("x-conforme-rules", .array(node.ruleIDs.map(SchemaJSON.string))) }
        }

        var types = node.types
        // A value that must be there: not null (unless `enum` already says which values).
        if node.mustExist, types == nil, node.allowedValues.isEmpty { types = JSONTypes.all }
        if node.mustExist || asRoot { types?.remove(.null) }
        if allowsNull, types != nil { types?.insert(.null) }
        if let names = types?.names {
            out.add("type", names.count == 1 ? .string(names[0]) : .array(names.map(SchemaJSON.string)))
        }

        if var allowed = node.allowedValues.first {
            for other in node.allowedValues.dropFirst() {
                let set = Set(other)
                allowed = allowed.filter(set.contains)
            }
            if allowsNull, !allowed.contains(.null) { allowed.append(.null) }
            if allowed.count == 1 {
                out.add("const", json(allowed[0]))
            } else {
                out.add("enum", .array(allowed.map(json)))
            }
        }

        if let format = node.format { out.add("format", .string(format)) }
        var patterns = node.patterns
        let mayBeText = types.map { $0.contains(.string) } ?? true
        if node.nonBlank, mayBeText, node.format == nil, node.allowedValues.isEmpty {
            patterns.append(FormatPatterns.notBlank)
        }
        if let first = patterns.first { out.add("pattern", .string(first)) }
        for pattern in patterns.dropFirst() { allOf.append(.object([.init(key: "pattern", value: .string(pattern))])) }

        let mayBeList = types.map { $0.contains(.array) } ?? true
        if mayBeText {
            out.add("minLength", node.minLength.map { .number(Double($0)) })
            out.add("maxLength", node.maxLength.map { .number(Double($0)) })
        }
        if mayBeList {
            out.add("minItems", node.minLength.map { .number(Double($0)) })
            out.add("maxItems", node.maxLength.map { .number(Double($0)) })
        }
        out.add("minimum", node.minimum.map(SchemaJSON.number))
        out.add("exclusiveMinimum", node.exclusiveMinimum.map(SchemaJSON.number))
        out.add("maximum", node.maximum.map(SchemaJSON.number))
        out.add("exclusiveMaximum", node.exclusiveMaximum.map(SchemaJSON.number))
        if node.uniqueItems { out.add("uniqueItems", .bool(true)) }

        addChildren(of: node, to: &out)

        if let items = node.items { out.add("items", self.node(items)) }

        let negations = node.negations.map { self.node($0, asRoot: true, annotate: false) }
        if let first = negations.first { out.add("not", first) }
        for negation in negations.dropFirst() { allOf.append(.object([.init(key: "not", value: negation)])) }

        var alternatives = node.alternatives.map { $0.map { self.node($0, annotate: false) } }
        if node.forbidden {
            alternatives.append([
                .object([.init(key: "type", value: .string("null"))]),
                .object([.init(key: "type", value: .string("string")),
                    .init(key: "pattern", value: .string(FormatPatterns.blank))]),
            ])
        }
        if let first = alternatives.first { out.add("anyOf", .array(first)) }
        for alternative in alternatives.dropFirst() { allOf.append(.object([.init(key: "anyOf", value: .array(alternative))])) }

        allOf += extraAllOf
        if !allOf.isEmpty { out.add("allOf", .array(allOf)) }
        return out.json
    }

    /// `properties`, `required`, `additionalProperties`. A closed map lists its keys in the
    /// order of its `closed:` list; a key some rule constrains but `closed` forbids is `false`.
    private static func addChildren(of node: SchemaNode, to out: inout SchemaObject) {
        var keys = node.closedKeys ?? []
        for (key, _) in node.properties where !keys.contains(key) { keys.append(key) }
        var properties = SchemaObject()
        var required: [String] = []
        for key in keys {
            let own = node.properties.first { $0.key == key }?.node
            if own?.mustExist == true { required.append(key) }
            if let closed = node.closedKeys, !closed.contains(key) {
                properties.add(key, .bool(false))
                continue
            }
            let child = own?.copy() ?? SchemaNode()
            if let everyValue = node.everyValue {
                // `a.*` applies to every value, but makes no key required.
                // Its own titles describe the map's values in general: only its rule ids are kept.
                let (mustExist, titles) = (child.mustExist, child.titles)
                child.merge(everyValue)
                child.mustExist = mustExist || everyValue.mustExist
                child.titles = titles
            }
            properties.add(key, self.node(child))
        }
        if !keys.isEmpty { out.add("properties", properties.json) }
        if !required.isEmpty { out.add("required", .array(required.map(SchemaJSON.string))) }
        if node.closedKeys != nil {
            out.add("additionalProperties", .bool(false))
        } else if let everyValue = node.everyValue {
            out.add("additionalProperties", self.node(everyValue))
        }
    }

    private static func json(_ value: Value) -> SchemaJSON {
        switch value {
        case .null: .null
        case .bool(let b): .bool(b)
        case .number(let d): .number(d)
        case .string(let s): .string(s)
        }
    }

    private static func description(ruleSet: RuleSet, omissions: [ManifestSchema.Omission]) -> String {
        var text = "Proposition de mission EIG selon le jeu de règles « \(ruleSet.id) » (\(ruleSet.title)"
            + (ruleSet.version.isEmpty ? "" : ", version \(ruleSet.version)") + "). "
            + "Schéma dérivé des règles par « conforme schema » : il vérifie la structure du manifeste (types, champs requis, "
            + "valeurs permises, motifs, longueurs, bornes, clés permises) ; « conforme check » reste la référence."
        if !omissions.isEmpty {
            let listing = omissions.map { omission in
                omission.isWhole
                    ? "\(omission.rule) (toute la règle : \(omission.checks.joined(separator: ", ")))"
                    : "\(omission.rule) (\(omission.checks.joined(separator: ", ")))"
            }.joined(separator: " ; ")
            text += " Non exprimé dans ce schéma (seul « conforme check » le vérifie) : \(listing)."
        }
        return text
    }

    private static func comment(ruleSet: RuleSet) -> String {
        "Generated by `conforme schema` from rule set \(ruleSet.id) \(ruleSet.version): do not edit, regenerate. "
            + "Rule regexes match the whole text and are anchored as ^(?:…)$. The formats url, https-url, email and date "
            + "are stated as patterns (format alone is an annotation). The engine treats null as absent, so optional "
            + "fields accept null. Checks JSON Schema cannot state (comparisons with today or another field, "
            + "length_equals, unique by key, formats spdx, phone-fr, siret) are left out and listed in x-conforme.omitted. "
            + "Small differences remain: conforme counts characters as grapheme clusters (JSON Schema: code points), "
            + "and matches a pattern against the text of a number too (JSON Schema: strings only)."
    }
}
