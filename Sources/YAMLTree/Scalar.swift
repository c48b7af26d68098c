/// How a scalar was written. Quoted and block scalars are always strings.
public enum ScalarStyle: String, Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// A scalar's value under the YAML 1.2 core schema.
public enum ScalarValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
}

public struct Scalar: Sendable {
    /// The scalar's text after YAML unescaping and folding, before typing.
    public var text: String
    public var style: ScalarStyle
    /// The typed value without the text: a string's value is its text, kept once. The engine
    /// copies scalars constantly, and each copy retained the same string twice.
    private var typed: Typed

    private enum Typed: Sendable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string
    }

    /// A `.string` value is `text` itself: its payload is not kept apart.
    public init(text: String, value: ScalarValue, style: ScalarStyle) {
        self.text = text
        self.style = style
        typed = Scalar.typed(value)
    }

    /// The parser's way in: `value` nil for a string (the text).
    init(text: String, valueUnlessString value: ScalarValue?, style: ScalarStyle) {
        self.text = text
        self.style = style
        typed = value.map(Scalar.typed) ?? .string
    }

    private static func typed(_ value: ScalarValue) -> Typed {
        switch value {
        case .null: .null
        case .bool(let b): .bool(b)
        case .int(let i): .int(i)
        case .float(let d): .float(d)
        case .string: .string
        }
    }

    /// The scalar's value under the YAML 1.2 core schema.
    public var value: ScalarValue {
        switch typed {
        case .null: .null
        case .bool(let b): .bool(b)
        case .int(let i): .int(i)
        case .float(let d): .float(d)
        case .string: .string(text)
        }
    }

    /// Whether the value is null, without making the value.
    public var isNull: Bool {
        if case .null = typed { return true }
        return false
    }

    /// The kind of the value, without making the value (a string's retains its text).
    public var kind: ScalarKind {
        switch typed {
        case .null: .null
        case .bool: .bool
        case .int: .int
        case .float: .float
        case .string: .string
        }
    }
}

/// The kinds of `ScalarValue`, for checks that ask only which it is.
public enum ScalarKind: Sendable {
    case null, bool, int, float, string
}
