import YAMLTree

/// Every place of the manifest the rules know, with what they say of it, from the same
/// `SchemaDerivation` as `conforme schema`: keys the rules look at or list in `closed`, lists
/// and their items, and what is required always or only when a `when` holds.
struct FormFieldDerivation {
    enum Shape: Equatable {
        case leaf
        case map
        /// `itemsAreMaps`: each item is a map of fields (`mission.voeux`), else a scalar.
        case list(itemsAreMaps: Bool)
    }

    struct Place {
        /// The constraints of every rule that looks here, merged (root and every `when`).
        var node = SchemaNode()
        var shape: Shape
        var requirement = FormRequirement.optional
    }

    /// By template (`mission.voeux[*].profil`), in order of first mention.
    private(set) var places: [String: Place] = [:]
    private(set) var order: [String] = []

    init(ruleSet: RuleSet) {
        let derivation = SchemaDerivation()
        for rule in ruleSet.rules { derivation.add(rule) }
        visit(derivation.root, prefix: "", condition: nil)
        for conditional in derivation.conditionals {
            let clauses = Self.clauses(of: conditional.condition, prefix: "")
            visit(conditional.then, prefix: "", condition: clauses.isEmpty ? nil : clauses)
        }
        // A rule whose `when` JSON Schema cannot say (`any_of` of fields) is left out of the
        // schema whole; its checks still tell what the field is (`format: https-url`): taken
        // without the `when`, what they require is required « in some cases ».
        let omitted = Set(derivation.omissions.filter(\.isWhole).map(\.rule))
        let unconditioned = SchemaDerivation()
        for rule in ruleSet.rules where omitted.contains(rule.id) && !rule.conditions.isEmpty {
            unconditioned.add(rule.withoutConditions)
        }
        visit(unconditioned.root, prefix: "", condition: [])
    }

    /// The places directly below `template` (`""`: the document), in order.
    func children(of template: String) -> [String] {
        order.filter { Self.parent(of: $0) == template }
    }

    static func parent(of template: String) -> String {
        if template.hasSuffix("[*]") { return String(template.dropLast(3)) }
        guard let dot = template.lastIndex(of: ".") else { return "" }
        return String(template[..<dot])
    }

    private mutating func visit(_ node: SchemaNode, prefix: String, condition: [FormRequirement.Clause]?) {
        var keys = node.properties.map(\.key)
        for key in node.closedKeys ?? [] where !keys.contains(key) { keys.append(key) }
        for key in keys {
            let child = node.properties.first { $0.key == key }?.node.copy() ?? SchemaNode()
            // `contacts.*.email` says something of every contact's email. A rule about every
            // value at once (`projet.*`: nothing left « À COMPLÉTER ») is no field's help.
            if let every = node.everyValue?.copy() {
                every.ruleIDs = []
                every.titles = []
                child.merge(every)
            }
            let template = prefix.isEmpty ? key : prefix + "." + key
            let shape = Self.shape(of: child)
            note(template, shape: shape, node: child, condition: condition)
            switch shape {
            case .leaf:
                break
            case .map:
                visit(child, prefix: template, condition: condition)
            case .list(let itemsAreMaps):
                let items = child.items ?? SchemaNode()
                if itemsAreMaps {
                    visit(items, prefix: template + "[*]", condition: condition)
                } else {
                    note(template + "[*]", shape: .leaf, node: items, condition: condition)
                }
            }
        }
    }

    private mutating func note(_ template: String, shape: Shape, node: SchemaNode, condition: [FormRequirement.Clause]?) {
        var place = places[template] ?? {
            order.append(template)
            return Place(shape: shape)
        }()
        // A list seen as a leaf in one `when` (`type: list` only) is still a list.
        if place.shape == .leaf, shape != .leaf { place.shape = shape }
        if case .list(false) = place.shape, case .list(true) = shape { place.shape = shape }
        if shape == .leaf || place.shape != .map {
            let leafOnly = SchemaNode()
            leafOnly.merge(node)
            leafOnly.properties = []
            leafOnly.items = nil
            place.node.merge(leafOnly)
        }
        if node.mustExist {
            place.requirement = place.requirement.adding(condition)
        }
        places[template] = place
    }

    private static func shape(of node: SchemaNode) -> Shape {
        if let items = node.items {
            return .list(itemsAreMaps: !items.properties.isEmpty || items.closedKeys != nil)
        }
        if let types = node.types, !types.isEmpty, types.isSubset(of: [.array, .null]) {
            return .list(itemsAreMaps: false)
        }
        if !node.properties.isEmpty || node.closedKeys != nil || node.everyValue != nil {
            return .map
        }
        if let types = node.types, !types.isEmpty, types.isSubset(of: [.object, .null]) { return .map }
        return .leaf
    }

    /// The value tests of a `when`, as `path ∈ values` clauses (all must hold).
    private static func clauses(of condition: SchemaNode, prefix: String) -> [FormRequirement.Clause] {
        var clauses: [FormRequirement.Clause] = []
        for (key, node) in condition.properties {
            let path = prefix.isEmpty ? key : prefix + "." + key
            if let first = node.allowedValues.first {
                let allowed = node.allowedValues.dropFirst().reduce(first) { kept, next in kept.filter(next.contains) }
                clauses.append(FormRequirement.Clause(path: path, values: allowed.map(FormChoice.init)))
            }
            clauses += Self.clauses(of: node, prefix: path)
        }
        return clauses
    }
}

/// When a field must be filled: always, never, or when other fields have given values
/// (`investigation.fin` for a launch).
public enum FormRequirement: Sendable, Equatable {
    case optional
    case always
    /// Any of the alternatives, each a conjunction of clauses.
    case when([[Clause]])

    public struct Clause: Sendable, Equatable {
        /// A place of the manifest (no list index).
        public var path: String
        public var values: [FormChoice]
    }

    /// `condition`: nil for always, empty for a condition the form cannot state.
    func adding(_ condition: [Clause]?) -> FormRequirement {
        guard let condition else { return .always }
        switch self {
        case .always: return .always
        case .optional: return .when([condition])
        case .when(let alternatives): return alternatives.contains(condition) ? self : .when(alternatives + [condition])
        }
    }

    /// Required under a condition the form cannot state (the rule says which).
    public var isSometimes: Bool {
        if case .when(let alternatives) = self { return alternatives.contains([]) }
        return false
    }
}

/// One allowed value of a field: the text the form shows and submits, and the value written.
public struct FormChoice: Sendable, Equatable {
    public var text: String
    public var value: ScalarValue

    init(_ value: Value) {
        switch value {
        case .null: (text, self.value) = ("null", .null)
        case .bool(let b): (text, self.value) = (b ? "true" : "false", .bool(b))
        case .string(let s): (text, self.value) = (s, .string(s))
        case .number(let d):
            text = Value.format(d)
            self.value = d.rounded() == d && abs(d) < 1e15 ? .int(Int(d)) : .float(d)
        }
    }
}

extension Rule {
    /// The same rule, applying always: to read what its checks say of a place.
    var withoutConditions: Rule {
        Rule(id: id, title: title, severity: severity, category: category, waivable: waivable, prerequisite: prerequisite, message: message,
            rationale: rationale, source: source, url: url, examples: examples, file: file, range: range,
            conditions: [], given: given, then: then)
    }
}
