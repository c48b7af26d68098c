/// The JSON types a node may have. `number` is `integer` ∪ `fraction`, so that intersecting
/// `type: number` with `type: integer` gives `integer`.
struct JSONTypes: OptionSet, Sendable {
    let rawValue: Int

    static let null = JSONTypes(rawValue: 1 << 0)
    static let boolean = JSONTypes(rawValue: 1 << 1)
    static let integer = JSONTypes(rawValue: 1 << 2)
    static let fraction = JSONTypes(rawValue: 1 << 3)
    static let string = JSONTypes(rawValue: 1 << 4)
    static let array = JSONTypes(rawValue: 1 << 5)
    static let object = JSONTypes(rawValue: 1 << 6)

    static let number: JSONTypes = [.integer, .fraction]
    /// What a YAML scalar other than null can be.
    static let scalar: JSONTypes = [.boolean, .number, .string]
    static let all: JSONTypes = [.null, .boolean, .number, .string, .array, .object]

    /// The JSON Schema names, in a fixed order.
    var names: [String] {
        var names: [String] = []
        if contains(.null) { names.append("null") }
        if contains(.boolean) { names.append("boolean") }
        if contains(.number) { names.append("number") } else if contains(.integer) { names.append("integer") }
        if contains(.string) { names.append("string") }
        if contains(.array) { names.append("array") }
        if contains(.object) { names.append("object") }
        return names
    }
}

/// What the rules say about one place of the manifest, gathered from every rule that looks
/// there, before it is written as JSON Schema. Constraints from several rules combine as a
/// conjunction (types intersect, bounds tighten, closed key lists intersect), which is what
/// `conforme check` does: a manifest passes when every rule holds.
final class SchemaNode {
    /// The rules that constrain this place, and the titles of those whose checks land here.
    var ruleIDs: [String] = []
    var titles: [String] = []

    /// The key must be written, with a value other than null (`required: true`, or an
    /// ancestor of a required node, or the subject of a `when` that compares values).
    var mustExist = false
    /// An empty or blank string counts as missing (`required: true`).
    var nonBlank = false
    var forbidden = false
    /// nil: any type.
    var types: JSONTypes?
    /// Each entry is one `in` / `equals`: the value must be in all of them.
    var allowedValues: [[Value]] = []
    /// Whole regular expressions, anchored where the rule language anchors them.
    var patterns: [String] = []
    var format: String?
    /// Characters of a text or items of a list: the rule language has one check for both.
    var minLength: Int?
    var maxLength: Int?
    var minimum: Double?
    var maximum: Double?
    var exclusiveMinimum: Double?
    var exclusiveMaximum: Double?
    var uniqueItems = false

    /// In order of first mention.
    var properties: [(key: String, node: SchemaNode)] = []
    /// nil: the map is open.
    var closedKeys: [String]?
    /// `a.*`: every value of a map.
    var everyValue: SchemaNode?
    /// `a[*]` and `each`: every item of a list.
    var items: SchemaNode?
    var negations: [SchemaNode] = []
    var alternatives: [[SchemaNode]] = []

    init() {}

    func child(_ key: String) -> SchemaNode {
        if let found = properties.first(where: { $0.key == key }) { return found.node }
        let node = SchemaNode()
        properties.append((key, node))
        return node
    }

    func everyValueNode() -> SchemaNode {
        if let everyValue { return everyValue }
        let node = SchemaNode()
        everyValue = node
        return node
    }

    func itemsNode() -> SchemaNode {
        if let items { return items }
        let node = SchemaNode()
        items = node
        return node
    }

    func restrict(to allowed: JSONTypes) {
        types = (types ?? .all).intersection(allowed)
    }

    func note(rule: String, title: String?) {
        if !ruleIDs.contains(rule) { ruleIDs.append(rule) }
        if let title, !titles.contains(title) { titles.append(title) }
    }

    /// Adds `other`'s constraints to this node's (a conjunction); `other` is left unchanged.
    func merge(_ other: SchemaNode) {
        for id in other.ruleIDs where !ruleIDs.contains(id) { ruleIDs.append(id) }
        for title in other.titles where !titles.contains(title) { titles.append(title) }
        mustExist = mustExist || other.mustExist
        nonBlank = nonBlank || other.nonBlank
        forbidden = forbidden || other.forbidden
        if let types = other.types { restrict(to: types) }
        allowedValues += other.allowedValues
        for pattern in other.patterns where !patterns.contains(pattern) { patterns.append(pattern) }
        format = format ?? other.format
        minLength = Self.tighter(minLength, other.minLength, by: max)
        maxLength = Self.tighter(maxLength, other.maxLength, by: min)
        minimum = Self.tighter(minimum, other.minimum, by: max)
        maximum = Self.tighter(maximum, other.maximum, by: min)
        exclusiveMinimum = Self.tighter(exclusiveMinimum, other.exclusiveMinimum, by: max)
        exclusiveMaximum = Self.tighter(exclusiveMaximum, other.exclusiveMaximum, by: min)
        uniqueItems = uniqueItems || other.uniqueItems
        for (key, node) in other.properties { child(key).merge(node) }
        if let keys = other.closedKeys { close(to: keys) }
        if let value = other.everyValue { everyValueNode().merge(value) }
        if let item = other.items { itemsNode().merge(item) }
        negations += other.negations.map { $0.copy() }
        alternatives += other.alternatives.map { $0.map { $0.copy() } }
    }

    func copy() -> SchemaNode {
        let node = SchemaNode()
        node.merge(self)
        return node
    }

    /// A second `closed` list at the same place: only keys allowed by both remain.
    func close(to keys: [String]) {
        closedKeys = closedKeys.map { current in current.filter(keys.contains) } ?? keys
    }

    private static func tighter<T>(_ a: T?, _ b: T?, by pick: (T, T) -> T) -> T? {
        switch (a, b) {
        case (let a?, let b?): pick(a, b)
        case (let a?, nil): a
        case (nil, let b): b
        }
    }
}
