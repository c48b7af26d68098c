/// Escaping for text that comes from manifests and rule sets and goes into Markdown, where a
/// stray `|`, `*` or `<` would break a table, start emphasis or open an HTML tag.
enum MarkdownText {
    /// The bytes `inline` rewrites: \\ ` * _ [ ] # | ~ < > & and line breaks.
    private static let inlineSpecial: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in Array("\\`*_[]#|~<>&\n\r".utf8) { table[Int(byte)] = true }
        return table
    }()

    /// The bytes that may start a reference `neutralizingReferences` breaks: @ # ! and the G of GH-.
    private static let referenceStart: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in Array("@#!Gg".utf8) { table[Int(byte)] = true }
        return table
    }()

    /// Plain text rendered literally inside a paragraph.
    static func inline(_ string: String) -> String {
        // Most texts hold nothing to escape: return them as they are instead of rebuilding them
        // Character by Character (the slowest part of a SARIF report's rule help).
        let string = visibleControls(string, keepTabs: false, keepLineBreaks: true)
        if !string.utf8.contains(where: { inlineSpecial[Int($0)] || referenceStart[Int($0)] }) { return string }
        var out = ""
        for character in neutralizingReferences(string) {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "~": out += "\\" + String(character)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\r\n", "\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// Plain text inside a table cell: a cell is one line, so line breaks become `<br>`
    /// (CR LF counting once), and control characters become visible.
    static func cell(_ string: String) -> String {
        var out = ""
        for character in neutralizingReferences(visibleControls(string, keepTabs: false, keepLineBreaks: true)) {
            out += character.isNewline ? "<br>" : inline(String(character))
        }
        return out
    }

    /// Breaks what GitHub and GitLab would turn into a notification or a link to an unrelated
    /// issue: `@name` (a mention: not after a letter or digit, as in an e-mail address),
    /// `#123`, `GH-123` and `!123` (a GitLab merge request). A zero-width space after `@`, `#`,
    /// `GH` or `!` leaves the text readable and the same when copied by eye, and stops the link.
    /// Manifests are written by anyone who can open a pull request: a comment made of their
    /// values must not ping people or cross-reference issues.
    static func neutralizingReferences(_ string: String) -> String {
        let characters = Array(string)
        var out = ""
        for (index, character) in characters.enumerated() {
            out.append(character)
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let previous = index > 0 ? characters[index - 1] : nil
            switch character {
            case "@":
                let afterWord = previous.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false
                if !afterWord, let next, next.isLetter || next.isNumber { out.append(zeroWidthSpace) }
            case "#", "!":
                if let next, next.isASCII, next.isNumber { out.append(zeroWidthSpace) }
            case "H", "h":
                if previous == "G" || previous == "g", next == "-",
                    index + 2 < characters.count, characters[index + 2].isNumber
                {
                    out.append(zeroWidthSpace)
                }
            default: break
            }
        }
        return out
    }

    static let zeroWidthSpace: Character = "\u{200B}"

    /// Text inside a code span, where backslash escapes do not work: backticks cannot be
    /// escaped, so the span is fenced with more backticks than it contains. In a table, GFM
    /// splits cells before it parses spans, so `|` still needs its backslash there.
    static func code(_ string: String, inTable: Bool = true) -> String {
        var flattened = String(visibleControls(string, keepTabs: false, keepLineBreaks: true).map { $0.isNewline ? " " : $0 })
        if inTable { flattened = flattened.replacingOccurrences(of: "|", with: "\\|") }
        var longest = 0
        var run = 0
        for character in flattened {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = flattened.hasPrefix("`") || flattened.hasSuffix("`") ? " " : ""
        return fence + padding + flattened + padding + fence
    }
}

extension String {
    /// Foundation-free replacement, enough for the few literal substitutions reporters make.
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
