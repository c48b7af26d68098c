import YAMLTree

/// What the user has entered, as the page submits it: nothing is stored on the server, the
/// whole state travels in the form (fields, plus a few hidden inputs for list sizes and what a
/// loaded file held that the form cannot show).
public struct FormState: Sendable, Equatable {
    /// Field name (`mission.voeux[1].profil`) → text as entered.
    public var values: [String: String] = [:]
    /// List name (`mission.voeux`) → number of items shown.
    public var counts: [String: Int] = [:]
    /// Scalars loaded with a type the field would not write from its text (`nombre_eig: "2"`,
    /// `nom: 123`, `fin: ~`): written back as loaded while the text shown is unchanged, so a
    /// loaded file keeps its findings until the user edits the field.
    public var literals: [String: Literal] = [:]
    /// Maps and lists the loaded file had, though empty (`investigation: {}`, `derogations: []`).
    public var present: Set<String> = []
    /// What the loaded file held that no field shows (an unknown key, a list where a text was
    /// expected): written back as it was.
    public var extras: [Extra] = []

    public init() {}

    public struct Literal: Sendable, Equatable {
        /// The text the field shows.
        public var shown: String
        public var text: String
        public var value: ScalarValue
    }

    public struct Extra: Sendable, Equatable {
        public var steps: [PathStep]
        public var value: ManifestTree
    }

    public func value(_ name: String) -> String { values[name] ?? "" }

    /// The state of a new form: as many items as the rules ask at least in each list (the user
    /// adds the others, « Ajouter un vœu » per EIG requested), defaults and parameters applied.
    public static func initial(_ form: GuidedForm, parameters: [String: String] = [:]) -> FormState {
        var state = FormState()
        for list in form.listsByTemplate.values where !list.template.contains("[*]") {
            if let minimum = list.minItems, minimum > 0 { state.counts[list.template] = min(minimum, FormSubmission.maxItems) }
        }
        for (path, value) in form.definition.defaults {
            if case .scalar(let text, let scalar) = value { state.values[path] = scalar == .null ? "" : text }
        }
        for (name, path) in form.definition.parameters {
            guard let given = parameters[name], let field = form.fieldsByTemplate[path] else { continue }
            if case .choice(let choices) = field.kind, !choices.contains(where: { $0.text == given }) { continue }
            state.values[path] = given
        }
        return state
    }

    // MARK: Lists

    /// « Ajouter »: one more item at the end of the list `name`.
    public mutating func addItem(to name: String) {
        counts[name] = (counts[name] ?? itemCount(name)) + 1
    }

    /// « Retirer »: removes item `index` of the list `name`; later items move up one place.
    public mutating func removeItem(_ index: Int, from name: String) {
        let count = counts[name] ?? itemCount(name)
        guard index >= 0, index < count else { return }
        let prefix = name + "["
        func renamed(_ key: String) -> String?? {
            guard key.hasPrefix(prefix), let close = key.dropFirst(prefix.count).firstIndex(of: "]"),
                let position = Int(key[key.index(key.startIndex, offsetBy: prefix.count)..<close])
            else { return .some(key) }
            if position == index { return .none }
            if position < index { return .some(key) }
            return .some(prefix + String(position - 1) + key[close...])
        }
        values = Self.rekeyed(values, renamed)
        literals = Self.rekeyed(literals, renamed)
        counts = Self.rekeyed(counts, renamed)
        present = Set(present.compactMap { renamed($0) ?? nil })
        counts[name] = count - 1
    }

    private static func rekeyed<V>(_ dictionary: [String: V], _ rename: (String) -> String??) -> [String: V] {
        var out: [String: V] = [:]
        for (key, value) in dictionary {
            if case .some(let newKey?) = rename(key) { out[newKey] = value }
        }
        return out
    }

    /// Items of a list seen in the values (one past the largest index).
    func itemCount(_ name: String) -> Int {
        let prefix = name + "["
        var count = 0
        for key in values.keys where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count)
            if let close = rest.firstIndex(of: "]"), let index = Int(rest[..<close]) { count = max(count, index + 1) }
        }
        return count
    }

    /// The number of items of a list: as shown, or as many as its values name.
    public func items(_ name: String) -> Int {
        max(counts[name] ?? 0, itemCount(name))
    }
}
