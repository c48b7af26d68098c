import YAMLTree

/// « Charger un manifeste »: an existing manifest → the form's state, saying how many fields
/// it filled and what it could not place (kept as it was, and written back with the rest).
public struct FormLoadSummary: Sendable, Equatable {
    /// Fields given a value.
    public var filled: Int
    /// Places of the file no field shows, by name (`projet.fiche_beat`).
    public var unplaced: [String]
    /// The file is not YAML conforme can read (its problems are the check's findings).
    public var unreadable: Bool
    /// The file's `promotion`, when it has one.
    public var promotion: Int?
}

extension GuidedForm {
    /// - Parameter placeholder: a text that marks a value still to fill in (`À COMPLÉTER` in
    ///   what `conforme init` and `conforme import` write): such fields are left empty.
    public func load(
        _ bytes: [UInt8], kind: InputKind = .yaml, limits: ParseLimits = .default, placeholder: String? = nil
    ) -> (state: FormState, summary: FormLoadSummary) {
        let document = YAMLParser.parse(bytes, kind: kind, limits: limits)
        guard let root = document.root, !document.hasErrors else {
            return (FormState(), FormLoadSummary(filled: 0, unplaced: [], unreadable: true, promotion: nil))
        }
        var dropped = 0
        let tree = ManifestTree(root, dropped: &dropped)
        return load(tree, placeholder: placeholder)
    }

    public func load(_ tree: ManifestTree, placeholder: String? = nil) -> (state: FormState, summary: FormLoadSummary) {
        var loader = FormLoader(form: self, placeholder: placeholder)
        if case .map(let entries) = tree {
            for entry in entries { loader.place(entry.value, steps: [.key(entry.key)]) }
        } else {
            loader.keep(tree, steps: [], reason: "root")
        }
        var promotion: Int?
        if case .scalar(_, .int(let value))? = tree["promotion"] { promotion = value }
        return (loader.state, FormLoadSummary(filled: loader.filled, unplaced: loader.unplaced, unreadable: false, promotion: promotion))
    }

    /// Places that hold fields below them (`projet`, `mission.voeux[*]`), by template.
    var groupTemplates: Set<String> {
        var groups: Set<String> = []
        let templates = Array(fieldsByTemplate.keys) + Array(listsByTemplate.keys)
        for template in templates {
            var current = template
            while true {
                let parent = FormFieldDerivation.parent(of: current)
                if parent.isEmpty { break }
                if listsByTemplate[parent] == nil { groups.insert(parent) }
                current = parent
            }
        }
        return groups
    }
}

private struct FormLoader {
    let form: GuidedForm
    let groups: Set<String>
    var state = FormState()
    var filled = 0
    var unplaced: [String] = []
    let placeholder: String?

    init(form: GuidedForm, placeholder: String?) {
        self.form = form
        self.placeholder = placeholder
        groups = form.groupTemplates
    }

    mutating func place(_ value: ManifestTree, steps: [PathStep]) {
        let name = PathStep.name(steps)
        guard let template = FormSubmission.template(of: name) else { return keep(value, steps: steps, reason: "index") }
        if let field = form.fieldsByTemplate[template] {
            guard case .scalar(let text, let scalar) = value else { return keep(value, steps: steps, reason: "field") }
            if let placeholder, text.contains(placeholder) { return }
            let shown = Self.shown(text, scalar)
            state.values[name] = shown
            if GuidedForm.defaultValue(field, text: shown) != value {
                state.literals[name] = FormState.Literal(shown: shown, text: text, value: scalar)
            }
            if !shown.isEmpty { filled += 1 }
        } else if let list = form.listsByTemplate[template] {
            guard case .list(let items) = value, items.count <= FormSubmission.maxItems else {
                return keep(value, steps: steps, reason: "list")
            }
            state.counts[name] = items.count
            for (index, item) in items.enumerated() {
                let itemSteps = steps + [.index(index)]
                if list.itemsAreMaps {
                    guard case .map(let entries) = item else {
                        keep(item, steps: itemSteps, reason: "item")
                        continue
                    }
                    if entries.isEmpty { state.present.insert(PathStep.name(itemSteps)) }
                    for entry in entries { place(entry.value, steps: itemSteps + [.key(entry.key)]) }
                } else {
                    place(item, steps: itemSteps)
                }
            }
            if items.isEmpty { state.present.insert(name) }
        } else if groups.contains(template) {
            guard case .map(let entries) = value else { return keep(value, steps: steps, reason: "map") }
            if entries.isEmpty { state.present.insert(name) }
            for entry in entries { place(entry.value, steps: steps + [.key(entry.key)]) }
        } else {
            keep(value, steps: steps, reason: "unknown")
        }
    }

    mutating func keep(_ value: ManifestTree, steps: [PathStep], reason: String) {
        guard !steps.isEmpty else { return }
        state.extras.append(FormState.Extra(steps: steps, value: value))
        unplaced.append(PathStep.name(steps))
    }

    /// The text a field shows for a loaded scalar: a string as it is, a null empty, anything
    /// else as written (`2`, `true`, `0.38`).
    static func shown(_ text: String, _ value: ScalarValue) -> String {
        switch value {
        case .null: ""
        case .string(let string): string
        default: text
        }
    }
}
