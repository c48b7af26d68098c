/// How `conforme import` writes a value taken from another file into the manifest: plain when
/// YAML reads it back as the same text, double-quoted otherwise. A value is text from files
/// anyone can edit: it must never turn into another type (`non`, `2024`), a comment (` #`), a
/// key (`: `) or a second line.
enum YAMLScalarText {
    /// Words the YAML 1.1 and 1.2 core schemas read as booleans or null.
    private static let reserved: Set<String> = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    ]

    static func string(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    /// An ISO date `AAAA-MM-JJ`, written plain so that it is read as a date.
    static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
    }

    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic,
            let last = text.unicodeScalars.last, !last.properties.isWhitespace, last != ":",
            !reserved.contains(text.lowercased())
        else { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        return !text.unicodeScalars.contains { scalar in
            scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
                || scalar == "\u{FEFF}" || scalar == "\t"
        }
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
                    || scalar == "\u{FEFF}" || scalar == "\u{85}"
                {
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - String(scalar.value, radix: 16).count))
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
