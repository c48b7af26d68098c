/// Escaping shared by the JUnit and HTML reporters.
enum XMLEscaping {
    /// Text content: `&`, `<`, `>`; characters XML 1.0 forbids become U+FFFD, since a single
    /// one makes the whole report unreadable for the CI that parses it.
    static func text(_ string: String) -> String {
        if isPlain(string, attribute: false) { return string }
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// Attribute values, always written in double quotes: also `"`, and line breaks and tabs as character
    /// references, because a parser normalises literal ones to spaces.
    static func attribute(_ string: String) -> String {
        if isPlain(string, attribute: true) { return string }
        var out = ""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default: out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// Text that escaping would leave unchanged, found on bytes: printable ASCII other than the
    /// markup characters, and UTF-8 sequences that cannot encode a C1 control (lead byte C2) or
    /// U+FFFE/U+FFFF (lead byte EF). Anything else takes the scalar-by-scalar path.
    private static func isPlain(_ string: String, attribute: Bool) -> Bool {
        !string.utf8.contains { byte in
            byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x7F
                || byte == 0xC2 || byte == 0xEF || (attribute && byte == 0x22)
        }
    }

    /// XML 1.0 `Char`: tab, line feed, carriage return, and U+0020 up, minus U+FFFE and U+FFFF.
    /// C1 controls (U+007F–U+009F) are legal but invisible trouble; they are replaced as well.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}
