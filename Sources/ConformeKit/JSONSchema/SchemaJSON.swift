/// The JSON a schema is written in: keys in the order given, numbers as integers when they are
/// whole, two-space indentation, short lists of scalars on one line, so that the committed
/// schema is byte-for-byte reproducible and reads well in a diff.
indirect enum SchemaJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([SchemaJSON])
    case object([Member])

    struct Member: Sendable, Equatable {
        var key: String
        var value: SchemaJSON
    }

    /// Pretty-printed, with a trailing newline.
    func rendered() -> String {
        var out = ""
        write(to: &out, indent: 0)
        return out + "\n"
    }

    /// On one line: used for short lists and as a key when grouping equal schemas.
    func compact() -> String {
        var out = ""
        writeCompact(to: &out)
        return out
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .array(let items) where !items.isEmpty:
            if items.allSatisfy(\.isScalar) {
                let line = compact()
                if line.count + indent * 2 <= 100 {
                    out += line
                    return
                }
            }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                item.write(to: &out, indent: indent + 1)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let members) where !members.isEmpty:
            out += "{\n"
            for (index, member) in members.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                JSONValue.writeString(member.key, to: &out)
                out += ": "
                member.value.write(to: &out, indent: indent + 1)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        default:
            writeCompact(to: &out)
        }
    }

    private func writeCompact(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let value): out += Value.format(value)
        case .string(let value): JSONValue.writeString(value, to: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += ", " }
                item.writeCompact(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += ", " }
                JSONValue.writeString(member.key, to: &out)
                out += ": "
                member.value.writeCompact(to: &out)
            }
            out += "}"
        }
    }
}

/// Builds an object member by member, skipping absent values.
struct SchemaObject {
    private(set) var members: [SchemaJSON.Member] = []

    mutating func add(_ key: String, _ value: SchemaJSON?) {
        guard let value else { return }
        members.append(SchemaJSON.Member(key: key, value: value))
    }

    var json: SchemaJSON { .object(members) }
}
