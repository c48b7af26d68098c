/// A rule-set regex (ICU syntax, as NSRegularExpression reads it) rewritten for ECMA-262, the
/// dialect of JSON Schema's `pattern`, or nil when it uses what ECMA-262 lacks. A leading
/// `(?s)` (dot matches newlines) becomes `[\s\S]` in place of each `.`; other inline flags,
/// `\A`, `\z`, possessive quantifiers, Unicode properties… are refused: the check is then left
/// out of the schema rather than stated wrongly.
enum ECMARegex {
    /// `text` as an ECMA-262 pattern matching exactly that text. Only the syntax characters
    /// (and `/`) are escaped: with the `u` flag, which JSON Schema validators use, any other
    /// escape outside a class, `\-` among them, makes the pattern invalid.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\^$.|?*+()[]{}/".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    static func translate(_ source: String) -> String? {
        var chars = Array(source)
        var dotAll = false
        if chars.starts(with: Array("(?s)")) {
            dotAll = true
            chars.removeFirst(4)
        }
        var out = ""
        var inClass = false
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\" {
                guard i + 1 < chars.count else { return nil }
                let next = chars[i + 1]
                if "AzZGhHRQEpPXk".contains(next) { return nil }
                out.append(c)
                out.append(next)
                i += 2
                continue
            }
            if inClass {
                if c == "[" { return nil }  // ICU set operations ([a-z&&[^e]]), nested classes
                if c == "]" { inClass = false }
                out.append(c)
            } else {
                switch c {
                case "[":
                    inClass = true
                    out.append(c)
                    // A `]` right after `[` or `[^` is a literal in ICU, the end of an empty class in ECMA.
                    if i + 1 < chars.count, chars[i + 1] == "^" { out.append("^"); i += 1 }
                    if i + 1 < chars.count, chars[i + 1] == "]" { return nil }
                case "(":
                    if i + 1 < chars.count, chars[i + 1] == "?" {
                        let rest = String(chars[(i + 2)...].prefix(2))
                        let allowed = rest.hasPrefix(":") || rest.hasPrefix("=") || rest.hasPrefix("!")
                            || rest == "<=" || rest == "<!"
                        if !allowed { return nil }
                    }
                    out.append(c)
                case ".":
                    out += dotAll ? #"[\s\S]"# : "."
                case "*", "+", "?", "}":
                    out.append(c)
                    if i + 1 < chars.count, chars[i + 1] == "+" { return nil }  // possessive
                default:
                    out.append(c)
                }
            }
            i += 1
        }
        return inClass ? nil : out
    }
}
