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
    ///
    /// Written as UTF-8 bytes and turned into a String once: appending many short Strings
    /// (indentation, punctuation, `String(Int)`) cost ~100 instructions per output byte.
    func rendered() -> String { String(decoding: renderedBytes(), as: UTF8.self) }

    /// The same as UTF-8 bytes, what reports are written as: turning half a megabyte into a
    /// String and back cost more than writing it.
    func renderedBytes() -> [UInt8] {
        var writer = JSONWriter()
        writer.value(self)
        return writer.finish()
    }

    /// RFC 8259 escaping: quote, backslash and control characters; everything else, non-ASCII
    /// included, stays as UTF-8 so French text remains readable in the file.
    static func writeString(_ string: String, to out: inout String) {
        var bytes: [UInt8] = []
        writeString(string, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// The same, as UTF-8 bytes. Copies runs of bytes that need no escape in one go: a report
    /// writes every rule's description, and a scalar-by-scalar append made SARIF the slowest
    /// part of a run.
    static func writeString(_ string: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            let n = utf8.count
            var runStart = 0
            var i = 0
            while i < n {
                let byte = utf8[i]
                // Most bytes need no escape: one table look-up instead of the switch below.
                if !JSONValue.mayNeedEscape[Int(byte)] {
                    i += 1
                    continue
                }
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
                if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                out.append(contentsOf: escape.utf8)
                i += width
                runStart = i
            }
            if n > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n])) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Quote, backslash, control characters, DEL, and E2 (the lead byte of U+2028/2029).
    private static let mayNeedEscape: [Bool] = (0..<256).map { byte in
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xE2
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

/// A JSON string literal with the reports' escaping, for the few JSON bodies written by hand
/// outside ConformeKit (the web API's problem details).
public enum JSONText {
    public static func quoted(_ text: String) -> String {
        var out = ""
        JSONValue.writeString(text, to: &out)
        return out
    }
}
