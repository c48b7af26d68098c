import YAMLTree

/// The form's state → the manifest `conforme check` reads (« Télécharger le manifeste »), with
/// comments like `conforme init`'s: each field's label, its rules and the values it accepts.
extension GuidedForm {
    /// The manifest as a tree: the fields in the form's order, then what a loaded file held
    /// that the form does not show.
    public func manifestTree(_ state: FormState) -> ManifestTree {
        var tree = ManifestTree.map([])
        for section in sections {
            for entry in section.entries {
                switch entry {
                case .field(let field):
                    insert(field, name: field.template, state: state, into: &tree)
                case .list(let list):
                    insert(list, state: state, into: &tree)
                }
            }
        }
        for name in state.present.sorted() {
            guard let steps = PathStep.parse(name) else { continue }
            let empty: ManifestTree = listsByTemplate[FormSubmission.template(of: name) ?? ""] != nil ? .list([]) : .map([])
            tree.insert(empty, at: steps[...])
        }
        for extra in state.extras { tree.insert(extra.value, at: extra.steps[...]) }
        return tree
    }

    /// The manifest as YAML, commented in `language`.
    public func manifestYAML(_ state: FormState, language: Language = .fr) -> String {
        let tree = manifestTree(state)
        return ManifestYAMLWriting.document(tree, header: header(language), comments: comments(for: tree, language: language))
    }

    /// The value a field's text is written as; nil leaves the key out (an empty field).
    public func writtenValue(_ field: FormField, name: String, state: FormState) -> ManifestTree? {
        let text = state.value(name)
        if let literal = state.literals[name], literal.shown == text {
            return .scalar(text: literal.text, value: literal.value)
        }
        return Self.defaultValue(field, text: text)
    }

    static func defaultValue(_ field: FormField, text raw: String) -> ManifestTree? {
        let text = String(raw.trimmingWhitespace())
        guard !text.isEmpty else { return nil }
        switch field.kind {
        case .commitment, .boolean:
            if text == "true" { return .scalar(text: "true", value: .bool(true)) }
            if text == "false" { return .scalar(text: "false", value: .bool(false)) }
        case .choice(let choices):
            if let choice = choices.first(where: { $0.text == text }) { return .scalar(text: choice.text, value: choice.value) }
        case .number:
            if let number = number(text) { return number }
        case .text, .email, .url, .date:
            break
        }
        return .text(text)
    }

    /// A number as a French user types it: `450 000`, `0,38`.
    static func number(_ text: String) -> ManifestTree? {
        var compact = String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        if compact.filter({ $0 == "," }).count == 1, !compact.contains(".") { compact = compact.replacing(",", with: ".") }
        guard compact.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }) else { return nil }
        let document = YAMLParser.parse("k: " + compact + "\n")
        guard document.problems.isEmpty, let scalar = document.root?.pairs?.first?.value.scalar else { return nil }
        switch scalar.value {
        case .int, .float: return .scalar(text: compact, value: scalar.value)
        default: return nil
        }
    }

    private func insert(_ field: FormField, name: String, state: FormState, into tree: inout ManifestTree) {
        guard let value = writtenValue(field, name: name, state: state), let steps = PathStep.parse(name) else { return }
        tree.insert(value, at: steps[...])
    }

    private func insert(_ list: FormList, state: FormState, into tree: inout ManifestTree) {
        let name = list.template
        let count = min(state.items(name), FormSubmission.maxItems)
        guard count > 0, let steps = PathStep.parse(name) else { return }
        var items: [ManifestTree] = []
        for index in 0..<count {
            let prefix = name + "[\(index)]"
            if list.itemsAreMaps {
                var item = ManifestTree.map([])
                for field in list.itemFields {
                    let fieldName = prefix + field.template.dropFirst(name.count + 3)
                    if let value = writtenValue(field, name: fieldName, state: state), let relative = PathStep.parse(String(fieldName.dropFirst(prefix.count + 1))) {
                        item.insert(value, at: relative[...])
                    }
                }
                items.append(item)
            } else if let field = list.itemFields.first, let value = writtenValue(field, name: prefix, state: state) {
                // An empty line of a list of texts is left out: written empty, it would pass.
                items.append(value)
            }
        }
        if !items.isEmpty || state.counts[name] != nil { tree.insert(.list(items), at: steps[...]) }
    }

    private func header(_ language: Language) -> [String] {
        switch language {
        case .fr:
            return ["yaml-language-server: $schema=\(ProposalTemplate.schemaURL(promotion: promotion))", "",
                "\(title.fr) — écrit avec « Remplir en ligne » de conforme.",
                "Vérifiez-le : conforme check ce-fichier.yml",
                "Entre crochets, la règle qui vérifie le champ : conforme rules explain ID."]
        case .en:
            return ["yaml-language-server: $schema=\(ProposalTemplate.schemaURL(promotion: promotion))", "",
                "\(title.text(.en)) — written with conforme's guided form.",
                "Check it: conforme check this-file.yml",
                "In brackets, the rule that checks the field: conforme rules explain ID."]
        }
    }

    /// One comment per field written: its label, its rules, the values it accepts; one per
    /// top-level key: the sections it holds.
    private func comments(for tree: ManifestTree, language: Language) -> [String: [String]] {
        var comments: [String: [String]] = [:]
        for entry in tree.entries ?? [] {
            let titles = sections.filter { section in
                section.entries.contains { entry2 in
                    let template = switch entry2 { case .field(let f): f.template; case .list(let l): l.template }
                    return template == entry.key || template.hasPrefix(entry.key + ".") || template.hasPrefix(entry.key + "[")
                }
            }.map { $0.title.text(language) }
            if !titles.isEmpty, !(entry.value.isScalar) { comments[entry.key] = [titles.joined(separator: " · ")] }
            describe(entry.value, steps: [.key(entry.key)], language: language, into: &comments)
        }
        return comments
    }

    private func describe(_ tree: ManifestTree, steps: [PathStep], language: Language, into comments: inout [String: [String]]) {
        let name = PathStep.name(steps)
        switch tree {
        case .scalar:
            guard let template = FormSubmission.template(of: name), let field = fieldsByTemplate[template] else { return }
            var line = field.label.text(language)
            if !field.rules.isEmpty { line = "[" + field.rules.map(\.id).joined(separator: ", ") + "] " + line }
            if case .choice(let choices) = field.kind { line += " — " + choices.map(\.text).joined(separator: " | ") }
            comments[name] = [line]
        case .map(let entries):
            for entry in entries { describe(entry.value, steps: steps + [.key(entry.key)], language: language, into: &comments) }
        case .list(let items):
            if let list = listsByTemplate[FormSubmission.template(of: name) ?? ""], comments[name] == nil, steps.count > 1 {
                comments[name] = [(list.rules.isEmpty ? "" : "[" + list.rules.map(\.id).joined(separator: ", ") + "] ") + list.label.text(language)]
            }
            for (index, item) in items.enumerated() {
                describe(item, steps: steps + [.index(index)], language: language, into: &comments)
            }
        }
    }
}
