/// A JSON document with a fixed key order, so that reports are byte-for-byte reproducible
/// (Foundation's `JSONSerialization` does not promise key order, and escapes `/`).
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    /// Keys are written in the order given.
    case object([(String, JSONValue)])

    /// Pretty-printed with two-space indentation and a trailing newline.
    func rendered() -> String {
        var out = ""
        write(to: &out, indent: 0)
        out += "\n"
        return out
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .string(let value): JSONValue.writeString(value, to: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += JSONValue.indentation(indent + 1)
                item.write(to: &out, indent: indent + 1)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += JSONValue.indentation(indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += JSONValue.indentation(indent + 1)
                JSONValue.writeString(key, to: &out)
                out += ": "
                value.write(to: &out, indent: indent + 1)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += JSONValue.indentation(indent) + "}"
        }
    }

    /// RFC 8259 escaping: quote, backslash and control characters; everything else, non-ASCII
    /// included, stays as UTF-8 so French text remains readable in the file.
    ///
    /// Copies runs of bytes that need no escape in one go: a report writes every rule's
    /// description, and a scalar-by-scalar append made SARIF the slowest part of a run.
    static func writeString(_ string: String, to out: inout String) {
        out += "\""
        var string = string
        string.withUTF8 { utf8 in
            let n = utf8.count
            var runStart = 0
            var i = 0
            while i < n {
                let byte = utf8[i]
                var width = 1
                let escape: String?
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0..<0x20, 0x7F: escape = "\\u" + hex4(UInt32(byte))
                // U+2028/2029 (E2 80 A8/A9) are valid JSON but break JavaScript consumers that
                // embed the report.
                case 0xE2 where i + 2 < n && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                    escape = "\\u" + hex4(utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                    width = 3
                default: escape = nil
                }
                guard let escape else {
                    i += 1
                    continue
                }
                if i > runStart {
                    out += String(decoding: UnsafeBufferPointer(rebasing: utf8[runStart..<i]), as: UTF8.self)
                }
                out += escape
                i += width
                runStart = i
            }
            if n > runStart {
                out += String(decoding: UnsafeBufferPointer(rebasing: utf8[runStart..<n]), as: UTF8.self)
            }
        }
        out += "\""
    }

    private static let indentations = (0..<16).map { String(repeating: "  ", count: $0) }

    static func indentation(_ level: Int) -> String {
        level < indentations.count ? indentations[level] : String(repeating: "  ", count: level)
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

extension JSONValue {
    /// `nil` becomes `null`.
    static func nullable(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
}
