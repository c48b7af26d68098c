import YAMLTree

/// Puts the form file's sections over the places the rules know, reporting at its line each
/// entry the rules do not know and each place of the rules no section holds: a rule added
/// without its field would otherwise be a check the form never lets anyone satisfy.
struct FormAssembly {
    let definition: FormDefinition
    let ruleSet: RuleSet
    let derivation: FormFieldDerivation
    private(set) var problems: [RuleSetProblem] = []
    /// Templates given a field or a list, and where.
    private var placed: [String: SourceRange] = [:]

    init(definition: FormDefinition, ruleSet: RuleSet) {
        self.definition = definition
        self.ruleSet = ruleSet
        derivation = FormFieldDerivation(ruleSet: ruleSet)
    }

    mutating func sections() -> [FormSection] {
        let sections = definition.sections.map { section in
            FormSection(id: section.id, title: section.title, intro: section.intro,
                entries: section.entries.compactMap { entry($0, prefix: "") })
        }
        let start = SourceRange(at: .start)
        for (path, _) in definition.defaults where placed[path] == nil || derivation.places[path]?.shape != .leaf {
            report(start, fr: "« form.defaults » : « \(path) » n'est pas un champ du formulaire",
                en: "'form.defaults': '\(path)' is not a field of the form")
        }
        for (name, path) in definition.parameters where placed[path] == nil || derivation.places[path]?.shape != .leaf {
            report(start, fr: "le paramètre « \(name) » désigne « \(path) », qui n'est pas un champ du formulaire",
                en: "parameter '\(name)' names '\(path)', which is not a field of the form")
        }
        for template in derivation.order where placed[template] == nil {
            // A place the rules forbid (`title`: a product file given for a proposal) is no field.
            guard let place = derivation.places[template], place.shape != .map, !place.node.forbidden else { continue }
            // A list's item fields are placed with their list when the form file lists none.
            let parent = FormFieldDerivation.parent(of: template)
            if template.hasSuffix("[*]") || placed[parent] != nil && template.hasPrefix(parent + "[*]") { continue }
            if template.contains("[*]"), let list = enclosingList(of: template), placed[list] == nil { continue }
            report(start,
                fr: "« \(template) » est vérifié par les règles (\(ruleIDs(place.node))) mais n'est dans aucune section du formulaire : ajoutez-le à une section",
                en: "'\(template)' is checked by the rules (\(ruleIDs(place.node))) but is in no section of the form: add it to a section")
        }
        return sections
    }

    private func enclosingList(of template: String) -> String? {
        guard let star = template.range(of: "[*]", options: .backwards) else { return nil }
        return String(template[..<star.lowerBound])
    }

    private func ruleIDs(_ node: SchemaNode) -> String {
        node.ruleIDs.isEmpty ? "clés connues" : node.ruleIDs.joined(separator: ", ")
    }

    private mutating func entry(_ entry: FormDefinition.Entry, prefix: String) -> FormEntry? {
        let template = prefix.isEmpty ? entry.path : prefix + "." + entry.path
        guard let place = derivation.places[template] else {
            unknown(template, at: entry.range, what: nil)
            return nil
        }
        if let first = placed[template] {
            report(entry.range, fr: "« \(template) » est déjà placé ligne \(first.start.line)",
                en: "'\(template)' is already placed on line \(first.start.line)")
            return nil
        }
        placed[template] = entry.range
        switch place.shape {
        case .map:
            report(entry.range, fr: "« \(template) » est une table : placez ses champs un à un",
                en: "'\(template)' is a map: place its fields one by one")
            return nil
        case .leaf:
            if !prefix.isEmpty, !entry.fields.isEmpty {
                report(entry.range, fr: "« \(template) » n'est pas une liste : « fields » ne s'applique pas",
                    en: "'\(template)' is not a list: 'fields' does not apply")
            }
            return .field(field(template, place: place, entry: entry))
        case .list(let itemsAreMaps):
            return .list(list(template, place: place, entry: entry, itemsAreMaps: itemsAreMaps))
        }
    }

    private mutating func list(_ template: String, place: FormFieldDerivation.Place, entry: FormDefinition.Entry, itemsAreMaps: Bool) -> FormList {
        let itemTemplate = template + "[*]"
        var fields: [FormField] = []
        if !itemsAreMaps {
            if let item = derivation.places[itemTemplate] {
                var itemEntry = FormDefinition.Entry(path: "", label: entry.item, fields: [], range: entry.range)
                itemEntry.multiline = entry.multiline
                fields = [field(itemTemplate, place: item, entry: itemEntry)]
                placed[itemTemplate] = entry.range
            }
        } else if entry.fields.isEmpty {
            for child in derivation.children(of: itemTemplate) {
                guard let place = derivation.places[child] else { continue }
                guard place.shape == .leaf else {
                    report(entry.range, fr: "« \(child) » : une liste ou une table dans un élément de liste n'a pas de champ de formulaire",
                        en: "'\(child)': a list or a map inside a list item has no form field")
                    continue
                }
                placed[child] = entry.range
                fields.append(field(child, place: place, entry: FormDefinition.Entry(path: child, fields: [], range: entry.range)))
            }
        } else {
            for sub in entry.fields {
                guard let made = self.entry(sub, prefix: itemTemplate) else { continue }
                if case .field(let field) = made {
                    fields.append(field)
                } else {
                    report(sub.range, fr: "une liste dans un élément de liste n'a pas de champ de formulaire",
                        en: "a list inside a list item has no form field")
                }
            }
        }
        let node = place.node
        return FormList(
            template: template, label: entry.label ?? label(template, rules: rules(node)),
            itemLabel: entry.item ?? LocalizedText("Élément", "Item"), help: entry.help,
            itemFields: fields, itemsAreMaps: itemsAreMaps, requirement: place.requirement,
            minItems: node.minLength, maxItems: node.maxLength, rules: rules(node))
    }

    private func field(_ template: String, place: FormFieldDerivation.Place, entry: FormDefinition.Entry) -> FormField {
        let node = place.node
        let rules = rules(node)
        var allowed: [Value]?
        for list in node.allowedValues {
            allowed = allowed.map { kept in kept.filter(list.contains) } ?? list
        }
        // A value another rule warns against (`GPL-3.0`, deprecated in SPDX) is not offered.
        let excluded = node.negations.flatMap { $0.allowedValues.flatMap { $0 } }
        allowed = allowed?.filter { !excluded.contains($0) }
        var expected: FormChoice?
        let kind: FormField.Kind
        let types = node.types ?? .all
        if let allowed, allowed == [.bool(true)] {
            kind = .commitment
        } else if let allowed, allowed.count > 1 {
            kind = .choice(allowed.map(FormChoice.init))
        } else {
            expected = allowed?.first.map(FormChoice.init)
            if node.format == "date" {
                kind = .date
            } else if !types.isEmpty, types.isSubset(of: [.boolean, .null]) {
                kind = .boolean
            } else if !types.isEmpty, types.isSubset(of: JSONTypes.number.union(.null)) {
                kind = .number(integer: !types.contains(.fraction))
            } else if node.format == "email" {
                kind = .email
            } else if node.format == "uri" {
                kind = .url
            } else {
                kind = .text(multiline: entry.multiline ?? ((node.minLength ?? 0) >= 30))
            }
        }
        return FormField(
            template: template, kind: kind, label: entry.label ?? label(template, rules: rules),
            help: entry.help, requirement: place.requirement, minLength: node.minLength,
            maxLength: node.maxLength, minimum: node.minimum, maximum: node.maximum,
            exclusiveMinimum: node.exclusiveMinimum, exclusiveMaximum: node.exclusiveMaximum,
            expected: expected, rules: rules)
    }

    /// The rules whose checks land here (not those that only list the key as known).
    private func rules(_ node: SchemaNode) -> [RuleDescriptor] {
        node.ruleIDs.compactMap { id in
            guard let rule = ruleSet.rule(id), node.titles.contains(rule.title.fr) else { return nil }
            return rule.descriptor
        }
    }

    /// A rule's title when one rule alone speaks of the place, else the key in words.
    private func label(_ template: String, rules: [RuleDescriptor]) -> LocalizedText {
        if rules.count == 1 { return rules[0].title }
        var key = template.split(separator: ".").last.map(String.init) ?? template
        if key.hasSuffix("[*]") { key.removeLast(3) }
        let words = key.replacing("_", with: " ")
        let text = words.prefix(1).uppercased() + words.dropFirst()
        return LocalizedText(text, text)
    }

    private mutating func unknown(_ path: String, at range: SourceRange, what: String?) {
        let candidates = derivation.order.filter { derivation.places[$0]?.shape != .map }
        let closest = Suggestion.closest(to: path, among: candidates)
        let where_ = what.map { " (\($0))" } ?? ""
        report(range,
            fr: "« \(path) »\(where_) n'est pas un champ connu des règles \(ruleSet.id)" + (closest.map { " ; vouliez-vous dire « \($0) » ?" } ?? ""),
            en: "'\(path)'\(where_) is not a field the rules \(ruleSet.id) know" + (closest.map { "; did you mean '\($0)'?" } ?? ""))
    }

    private mutating func report(_ range: SourceRange, fr: String, en: String) {
        problems.append(RuleSetProblem(file: definition.file, range: range, message: LocalizedText(fr, en)))
    }
}
