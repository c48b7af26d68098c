import YAMLTree

/// The form's state as the page's fields carry it, and back: what a browser submits is
/// anyone's text, so unknown names are ignored, list sizes are bounded and nothing traps.
public enum FormSubmission {
    /// The submit button pressed: `verifier`, `ajouter:LIST`, `retirer:LIST[i]`, or any other
    /// word the page gives a meaning to (`telecharger`).
    public static let actionName = "~action"
    /// The number of items of a list: `~n:mission.voeux`.
    public static let countPrefix = "~n:"
    /// Literals, empty maps and what the form cannot show, as one escaped YAML text.
    public static let keptName = "~kept"
    /// No list of a proposal comes near it; a hostile `voeux[99999]` must not build 99 999 items.
    public static let maxItems = 50

    public enum Action: Sendable, Equatable {
        case add(list: String)
        case remove(list: String, index: Int)
        case other(String)
    }

    /// The state and the pressed button from the submitted pairs, in document order.
    public static func read(_ pairs: [(name: String, value: String)], form: GuidedForm) -> (state: FormState, action: Action?) {
        var state = FormState()
        var action: Action?
        for (name, raw) in pairs {
            let value = normalizedLineBreaks(raw)
            if name == actionName {
                action = parseAction(value, form: form)
            } else if name.hasPrefix(countPrefix) {
                let list = String(name.dropFirst(countPrefix.count))
                if let count = Int(value), (0...maxItems).contains(count), isList(list, form: form) {
                    state.counts[list] = count
                }
            } else if name == keptName {
                KeptState.decode(value, into: &state)
            } else if isField(name, form: form) {
                // A checkbox comes after its hidden "" twin: the last value is the one set.
                state.values[name] = value
            }
        }
        state.literals = state.literals.filter { name, literal in (state.values[name] ?? "") == literal.shown }
        switch action {
        case .add(let list):
            if state.items(list) < maxItems { state.addItem(to: list) }
        case .remove(let list, let index):
            state.removeItem(index, from: list)
        default:
            break
        }
        return (state, action)
    }

    /// The hidden inputs that carry what the visible fields do not.
    public static func hiddenFields(_ state: FormState) -> [(name: String, value: String)] {
        var fields = state.counts.sorted { $0.key < $1.key }.map { (countPrefix + $0.key, String($0.value)) }
        if let kept = KeptState.encode(state) { fields.append((keptName, kept)) }
        return fields
    }

    static func normalizedLineBreaks(_ text: String) -> String {
        guard text.contains("\r") else { return text }
        return text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
    }

    private static func parseAction(_ value: String, form: GuidedForm) -> Action {
        if value.hasPrefix("ajouter:") {
            let list = String(value.dropFirst("ajouter:".count))
            if isList(list, form: form) { return .add(list: list) }
        } else if value.hasPrefix("retirer:") {
            let target = String(value.dropFirst("retirer:".count))
            if let steps = PathStep.parse(target), case .index(let index)? = steps.last {
                let list = PathStep.name(steps.dropLast())
                if isList(list, form: form) { return .remove(list: list, index: index) }
            }
        }
        return .other(value)
    }

    /// The template of a name (`mission.voeux[1].profil` → `mission.voeux[*].profil`), when
    /// every index is within bounds.
    public static func template(of name: String) -> String? {
        guard let steps = PathStep.parse(name) else { return nil }
        var template = ""
        for step in steps {
            switch step {
            case .key(let key): template += (template.isEmpty ? "" : ".") + key
            case .index(let index):
                guard index < maxItems else { return nil }
                template += "[*]"
            }
        }
        return template
    }

    static func isField(_ name: String, form: GuidedForm) -> Bool {
        template(of: name).map { form.fieldsByTemplate[$0] != nil } ?? false
    }

    static func isList(_ name: String, form: GuidedForm) -> Bool {
        template(of: name).map { form.listsByTemplate[$0] != nil } ?? false
    }
}
