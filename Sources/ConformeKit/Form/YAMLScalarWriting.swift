import YAMLTree

/// Writes one scalar so that conforme reads back exactly the value the form holds. A project
/// lead types apostrophes, ` #`, `: `, leading zeros, `oui`, several lines: each must come back
/// intact, with the type the field expects.
///
/// Plain when the parser itself gives back the same value with no warning (it is the judge:
/// no second opinion of what YAML resolves to), single-quoted on one line, a literal block for
/// several lines, double-quoted with escapes for everything else.
enum YAMLScalarWriting {
    /// The text after `key: ` or `- `. A literal block spans lines: its content lines are
    /// indented by `indent` spaces.
    static func render(text: String, value: ScalarValue, indent: Int) -> String {
        switch value {
        case .string:
            return string(text, indent: indent)
        case .null:
            return plainGivesBack(text, value) ? text : "null"
        case .bool(let b):
            return plainGivesBack(text, value) ? text : (b ? "true" : "false")
        case .int(let i):
            return plainGivesBack(text, value) ? text : String(i)
        case .float(let d):
            if plainGivesBack(text, value) { return text }
            if d.isNaN { return ".nan" }
            if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
            return "\(d)"
        }
    }

    /// A key of a map: on one line, never a block.
    static func key(_ text: String) -> String { inline(text) }

    /// A text on one line, never a block: a map's key, or a value followed by a comment on its
    /// line (what `conforme import` writes).
    static func inline(_ text: String) -> String {
        if isPlainCandidate(text), plainGivesBack(text, .string(text)) { return text }
        return isSingleQuotable(text) ? singleQuoted(text) : doubleQuoted(text)
    }

    static func string(_ text: String, indent: Int) -> String {
        if text.isEmpty { return "''" }
        if isPlainCandidate(text), plainGivesBack(text, .string(text)) { return text }
        if isSingleQuotable(text) { return singleQuoted(text) }
        if let block = literalBlock(text, indent: indent) { return block }
        return doubleQuoted(text)
    }

    // MARK: Plain

    /// Cheap refusals before asking the parser: what can never be plain.
    private static func isPlainCandidate(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            !first.properties.isWhitespace, !last.properties.isWhitespace,
            !"-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first)
        else { return false }
        return text.unicodeScalars.allSatisfy { isPrintable($0) && $0 != "\t" && $0 != "\n" && $0 != "\r" }
    }

    /// Whether `key: TEXT` reads back as exactly `value`, written plain, with no problem at all
    /// (a `non` would come back a string, but with a `yaml.booleen-ambigu` warning).
    private static func plainGivesBack(_ text: String, _ value: ScalarValue) -> Bool {
        guard isPlainCandidate(text) || value != .string(text) else { return false }
        guard !text.contains("\n"), !text.isEmpty || value == .null else { return false }
        let document = YAMLParser.parse("k: " + text + "\n")
        guard document.problems.isEmpty, let pairs = document.root?.pairs, pairs.count == 1,
            let scalar = pairs[0].value.scalar, scalar.style == .plain
        else { return false }
        return scalar.value == value && scalar.text == text
    }

    // MARK: Quoted

    private static func isSingleQuotable(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { isPrintable($0) && !isInvisibleControl($0) && $0 != "\n" && $0 != "\r" && $0 != "\t" }
    }

    private static func singleQuoted(_ text: String) -> String {
        "'" + text.replacing("'", with: "''") + "'"
    }

    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if isPrintable(scalar), !isInvisibleControl(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFF {
                    out += "\\x" + hex(scalar.value, digits: 2)
                } else if scalar.value <= 0xFFFF {
                    out += "\\u" + hex(scalar.value, digits: 4)
                } else {
                    out += "\\U" + hex(scalar.value, digits: 8)
                }
            }
        }
        return out + "\""
    }

    // MARK: Literal block

    /// `|-` (or `|` for one final line break) when every line can stand as it is: no line
    /// starting with a space (the first would set the indentation), no line of blanks only,
    /// nothing a block cannot hold.
    private static func literalBlock(_ text: String, indent: Int) -> String? {
        var body = Substring(text)
        var chomping = "-"
        if body.hasSuffix("\n") {
            body = body.dropLast()
            chomping = ""
        }
        guard !body.isEmpty, !body.hasSuffix("\n"), body.contains("\n") else { return nil }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines {
            if line.isEmpty { continue }
            guard let first = line.unicodeScalars.first, first != " ", first != "\t",
                line.unicodeScalars.contains(where: { !$0.properties.isWhitespace }),
                line.unicodeScalars.allSatisfy({ isPrintable($0) && !isInvisibleControl($0) && $0 != "\r" && $0 != "\t" })
            else { return nil }
        }
        let margin = String(repeating: " ", count: indent)
        return "|" + chomping + lines.map { $0.isEmpty ? "\n" : "\n" + margin + $0 }.joined()
    }

    // MARK: Characters

    /// YAML's printable set (c-printable), less the byte order mark.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF:
            true
        default:
            false
        }
    }

    /// Characters a reader would not see, written as escapes so the file shows them: line and
    /// paragraph separators, and the bidirectional controls that can make text display in
    /// another order than it is read.
    private static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x85, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
