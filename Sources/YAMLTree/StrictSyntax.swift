/// What libyaml 0.2.5 lets through but YAML forbids, and a proposal never needs: malformed `%`
/// directives, a comment glued to a quoted value or a bracket (`"x"#`, `]#`, `,#`, `>#`), a
/// quoted value or a bracketed list continued on a line not indented more than its key, and a
/// lone `-` in a bracketed list. Each is a `yaml.syntaxe` problem with its own message, found on
/// the events TreeBuilder already sees and the raw bytes around them: no second pass over the
/// file. Also the doubts that are no error (`%YAML 1.1`, a value cut by a comment glued to its
/// `#`), and libyaml's own errors in words a proposal's author can act on.
struct StrictSyntax {
    let source: SourceText

    private var bytes: [UInt8] { source.bytes }

    /// The `%` lines among those of an explicit document's start (directives come before its
    /// `---`), as (words, range): `%YAML 1.2` is ["%YAML", "1.2"]; a trailing comment is dropped.
    func directives(in range: SourceRange) -> [(words: [String], range: SourceRange)] {
        guard range.end.line > range.start.line || range.start.offset < range.end.offset else { return [] }
        var found: [(words: [String], range: SourceRange)] = []
        for line in range.start.line...range.end.line {
            let start = source.lineStarts[line - 1] + (line == 1 ? source.bomLength : 0)
            guard start < bytes.count, bytes[start] == UInt8(ascii: "%") else { continue }
            var end = start
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            var words: [String] = []
            var i = start
            while i < end {
                while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
                // A comment needs a blank before its `#` (`%YAML 1.1#…` is one word).
                if i < end, bytes[i] == UInt8(ascii: "#") { break }
                let wordStart = i
                while i < end, !Self.isBlankOrBreak(bytes[i]) { i += 1 }
                if i > wordStart { words.append(String(decoding: bytes[wordStart..<i], as: UTF8.self)) }
            }
            var nameEnd = start + 1
            while nameEnd < end, !Self.isBlankOrBreak(bytes[nameEnd]) { nameEnd += 1 }
            found.append((words, SourceRange(start: source.position(offset: start), end: source.position(offset: nameEnd))))
        }
        return found
    }

    /// Directives before the first document's `---` are valid YAML and read as such; a
    /// malformed or repeated one is an error (`yaml.syntaxe`), a `%YAML` other than 1.2 a
    /// warning of its own (`yaml.directive`): the file may expect another reading of yes/no.
    func directiveProblems(in range: SourceRange) -> [Problem] {
        var found: [Problem] = []
        var sawYAML = false
        for (words, range) in directives(in: range) {
            let text = words.joined(separator: " ")
            switch words.first {
            case "%YAML":
                let parts = words.count == 2 ? words[1].split(separator: ".") : []
                guard !sawYAML, parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else {
                    found.append(Problem(.syntax, range: range, message: Messages.malformedDirective(text, repeated: sawYAML)))
                    continue
                }
                sawYAML = true
                if words[1] != "1.2" {
                    found.append(Problem(.directive, severity: .warning, range: range, message: Messages.yamlVersion(words[1])))
                }
            case "%TAG":
                if words.count != 3 {
                    found.append(Problem(.syntax, range: range, message: Messages.malformedDirective(text, repeated: false)))
                }
            default:
                // libyaml refuses other names before this is asked; kept for a parser that would not.
                found.append(Problem(.directive, severity: .warning, range: range, message: Messages.unknownDirective(words.first ?? "%")))
            }
        }
        return found
    }

    /// A `#` right after a quoted scalar or a closing bracket (`offset` is just after it), or
    /// after the `,` that follows it in a flow collection: YAML needs a blank before a comment.
    func gluedComment(after offset: Int, inFlow: Bool) -> SourceRange? {
        guard offset < bytes.count else { return nil }
        if bytes[offset] == UInt8(ascii: "#") { return at(offset) }
        guard inFlow else { return nil }
        var i = offset
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        if i + 1 < bytes.count, bytes[i] == UInt8(ascii: ","), bytes[i + 1] == UInt8(ascii: "#") {
            return at(i + 1)
        }
        return nil
    }

    /// `>#` or `|-#`: a block scalar's header glued to a comment. `offset` is the node's start.
    func gluedCommentInBlockHeader(at offset: Int) -> SourceRange? {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "|") || bytes[offset] == UInt8(ascii: ">")
        else { return nil }
        var i = offset + 1
        while i < bytes.count, (0x30...0x39).contains(bytes[i]) || bytes[i] == UInt8(ascii: "+")
            || bytes[i] == UInt8(ascii: "-")
        {
            i += 1
        }
        return i < bytes.count && bytes[i] == UInt8(ascii: "#") ? at(i) : nil
    }

    /// The first line after the first of `range` (a quoted scalar or a flow collection inside
    /// a block collection indented `indent` columns) that is not indented more than `indent`
    /// with spaces. Blank lines, comment lines and a line that only closes the brackets are
    /// let through, as every YAML tool accepts them.
    func underIndentedLine(in range: SourceRange, indent: Int) -> (range: SourceRange, tab: Bool)? {
        guard range.end.line > range.start.line else { return nil }
        for line in (range.start.line + 1)...range.end.line {
            let start = source.lineStarts[line - 1]
            var spaces = start
            while spaces < bytes.count, bytes[spaces] == 0x20 { spaces += 1 }
            var first = spaces
            while first < bytes.count, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
            if first >= bytes.count || [0x0A, 0x0D, UInt8(ascii: "#"), UInt8(ascii: "]"), UInt8(ascii: "}")]
                .contains(bytes[first])
            {
                continue
            }
            if spaces - start <= indent {
                return (at(spaces), spaces < bytes.count && bytes[spaces] == 0x09)
            }
        }
        return nil
    }

    /// A quote that closed a quoted value in the middle of a word: `'de l'alimentation'`, where
    /// `offset` is the syntax error libyaml reports right after it.
    struct EarlyQuote {
        /// `'` or `"`.
        var quote: Character
        var range: SourceRange
        /// The same value, quoted so that YAML reads it whole.
        var fixed: String
    }

    func quoteClosedTooEarly(before offset: Int) -> EarlyQuote? {
        guard offset > 0, offset < bytes.count else { return nil }
        let quote = bytes[offset - 1]
        guard quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\""),
            !Self.isBlankOrBreak(bytes[offset]),
            !":,]}#".utf8.contains(bytes[offset])
        else { return nil }
        // The line's opening quote: after a blank, `[`, `{` or `,`, or at the line's start.
        var lineStart = offset - 1
        while lineStart > 0, bytes[lineStart - 1] != 0x0A, bytes[lineStart - 1] != 0x0D { lineStart -= 1 }
        var lineEnd = offset
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
        guard let open = (lineStart..<(offset - 1)).first(where: { i in
            bytes[i] == quote && (i == lineStart || [0x20, 0x09, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ",")].contains(bytes[i - 1]))
        }) else { return nil }
        // Without a later quote, the value was meant to run to the end of the line.
        let close = (offset..<lineEnd).last(where: { bytes[$0] == quote }) ?? lineEnd
        let inner = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
        let fixed = quote == UInt8(ascii: "'")
            ? "'" + inner.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
            : "\"" + inner.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\\\"") + "\""
        return EarlyQuote(quote: Character(UnicodeScalar(quote)), range: at(offset - 1), fixed: fixed)
    }

    /// A comment that starts on the line of a plain value with no blank after its `#`
    /// (`Bâtiment B #3, Paris 15e`): YAML cuts the value there, its author most likely meant
    /// the `#` as text. `offset` is just after the value.
    func commentCuttingValue(after offset: Int) -> (range: SourceRange, comment: String)? {
        var i = offset
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        guard i > offset, i + 1 < bytes.count, bytes[i] == UInt8(ascii: "#"),
            !Self.isBlankOrBreak(bytes[i + 1]), bytes[i + 1] != UInt8(ascii: "#")
        else { return nil }
        var end = i
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        while end > i, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        let range = SourceRange(start: source.position(offset: i), end: source.position(offset: end))
        return (range, String(decoding: bytes[i..<end], as: UTF8.self))
    }

    /// A plain scalar in a flow collection that starts with `-` followed by nothing or a blank:
    /// YAML has no list item marker inside brackets.
    static func isLoneDash(_ text: String) -> Bool {
        text == "-" || text.hasPrefix("- ") || text.hasPrefix("-\t")
    }

    private func at(_ offset: Int) -> SourceRange {
        let position = source.position(offset: offset)
        let width = offset < bytes.count ? SourceText.scalarWidth(leadByte: bytes[offset]) : 0
        return SourceRange(start: position, end: SourcePosition(
            line: position.line, column: position.column + (width > 0 ? 1 : 0), offset: offset + width))
    }

    private static func isBlankOrBreak(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    /// libyaml's error at `start` as a problem a proposal's author can act on; `context`,
    /// where libyaml says the construct it was reading started.
    func problem(for error: SyntaxError, at start: SourcePosition, context: SourcePosition?) -> Problem {
        if let quote = quoteClosedTooEarly(before: start.offset) {
            // `'Direction de l'alimentation'`: the apostrophe closed the value, and libyaml
            // only stumbles on what follows. Say what happened, at the apostrophe.
            return Problem(.syntax, range: quote.range, message: Messages.quoteClosedTooEarly(quote))
        }
        let width = start.offset < bytes.count ? SourceText.scalarWidth(leadByte: bytes[start.offset]) : 0
        let isAtLineBreak = start.offset >= bytes.count || bytes[start.offset] == 0x0A || bytes[start.offset] == 0x0D
        let end = isAtLineBreak ? start : SourcePosition(
            line: start.line, column: start.column + 1, offset: start.offset + width)
        var notes: [Problem.Note] = []
        if let contextText = error.context, let context {
            notes.append(Problem.Note(range: SourceRange(at: context), message: Messages.context(contextText)))
        }
        return Problem(
            .syntax, range: SourceRange(start: start, end: end),
            message: Messages.syntax(problem: error.problem, context: error.context, atTab: isTabInIndentation(at: start.offset)),
            notes: notes)
    }

    /// A tab at the error position, or one before it with only blanks since the line start.
    private func isTabInIndentation(at offset: Int) -> Bool {
        var i = min(offset, bytes.count)
        if i < bytes.count, bytes[i] == 0x09 { return true }
        while i > 0 {
            let b = bytes[i - 1]
            if b == 0x0A || b == 0x0D { return false }
            if b == 0x09 { return true }
            if b != 0x20 { return false }
            i -= 1
        }
        return false
    }
}
