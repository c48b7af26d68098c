import YAMLTree

/// A scalar as the checks compare it: `1` and `1.0` are the same number, `"7"` is not `7`.
enum Value: Sendable, Hashable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)

    init(_ scalar: ScalarValue) {
        switch scalar {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .number(Double(i))
        case .float(let d): self = .number(d)
        case .string(let s): self = .string(s)
        }
    }

    init?(_ node: Node) {
        guard let scalar = node.scalar else { return nil }
        self.init(scalar.value)
    }

    /// The same, read in place (no `Node`, so no retain of its tree).
    init?(_ node: NodeRef) {
        guard let value = node.scalarValue else { return nil }
        self.init(value)
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .number(let d): Value.format(d)
        case .string(let s): s
        }
    }

    static func format(_ d: Double) -> String {
        if d.rounded() == d, abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }
}

/// Something that can be put in order: a number, or a date written `YYYY-MM-DD`.
enum Ordered: Sendable, Comparable, CustomStringConvertible {
    case number(Double)
    case date(LocalDate)

    init?(_ node: Node) {
        guard let scalar = node.scalar else { return nil }
        self.init(scalar.value)
    }

    /// The same, read in place.
    init?(_ node: NodeRef) {
        guard let value = node.scalarValue else { return nil }
        self.init(value)
    }

    init?(_ value: ScalarValue) {
        switch value {
        case .int(let i): self = .number(Double(i))
        case .float(let d): self = .number(d)
        case .string(let s):
            guard let date = LocalDate(s) else { return nil }
            self = .date(date)
        default: return nil
        }
    }

    /// `self` when it can be compared with `other`, else nil.
    func comparable(with other: Ordered) -> Ordered? { isComparable(with: other) ? self : nil }

    var isDate: Bool {
        if case .date = self { return true }
        return false
    }

    /// Whether the two can be compared at all (a number is never before a date).
    func isComparable(with other: Ordered) -> Bool { isDate == other.isDate }

    var description: String {
        switch self {
        case .number(let d): Value.format(d)
        case .date(let d): d.description
        }
    }
}

extension Node {
    /// How a node is quoted in a message: a scalar's text, a short flow form otherwise, with
    /// look-alike spaces and invisible characters shown (`revealingLookalikes`).
    var displayText: String {
        let full = flowText(depth: 0)
        if full.count <= 80 { return full }
        return String(full.prefix(77)) + "…"
    }

    private func flowText(depth: Int) -> String {
        switch content {
        case .scalar(let s): return revealingLookalikes(s.text)
        case .sequence(let items):
            if depth > 2 { return "[…]" }
            return "[" + items.map { $0.flowText(depth: depth + 1) }.joined(separator: ", ") + "]"
        case .mapping(let pairs):
            if depth > 2 { return "{…}" }
            return "{"
                + pairs.map { "\($0.key.flowText(depth: depth + 1)): \($0.value.flowText(depth: depth + 1))" }
                .joined(separator: ", ") + "}"
        }
    }
}
