import YAMLTree

/// The start line of a finding, cut into the text before, under and after its range, so the
/// text and HTML reports (and JUnit, through the text; the web pages) can underline exactly the columns the
/// finding is about.
///
/// Bounded whatever the line: a one-line file of a megabyte, or a link to `/dev/zero`, would
/// otherwise print its whole line under every finding. A line of up to `window` characters is
/// shown whole; a longer one is cut to `window` characters around the range (at most
/// `maxHighlighted` of the range itself, the rest shared between before and after), and each
/// cut shows as `…`. A long line is decoded only around the range, from its byte offsets. Control characters
/// are already made visible (`visibleControls`), so the carets line up under what is printed.
public struct SourceExcerpt {
    public var lineNumber: Int
    public var before: String
    /// Empty for an empty range (a missing value): reporters still mark one place.
    public var highlighted: String
    public var after: String

    var line: String { before + highlighted + after }

    static let window = 200
    static let maxHighlighted = 120
    /// Lines up to this many bytes are read whole and cut by columns; longer ones by offsets.
    static let wholeLineBytes = 4096
    static let ellipsis = "\u{2026}"

    /// Nil when the line is not in the source (a report built without its text).
    public init?(range: SourceRange, source: SourceText) {
        let number = range.start.line
        let bytes = source.bytes
        guard number >= 1, number <= source.lineStarts.count else { return nil }
        let lineStart = source.lineStarts[number - 1]
        var lineEnd = number < source.lineStarts.count ? source.lineStarts[number] : bytes.count
        while lineEnd > lineStart, bytes[lineEnd - 1] == 0x0A || bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        lineNumber = number
        var before: [Unicode.Scalar]
        var highlighted: [Unicode.Scalar]
        var after: [Unicode.Scalar]
        var cutBefore = false
        var cutAfter = false
        if lineEnd - lineStart <= SourceExcerpt.wholeLineBytes {
            let scalars = Array(String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self).unicodeScalars)
            let startIndex = min(max(range.start.column - 1, 0), scalars.count)
            // A multi-line range is underlined to the end of its first line.
            let endIndex =
                range.end.line == range.start.line
                ? min(max(range.end.column - 1, startIndex), scalars.count)
                : scalars.count
            before = Array(scalars[..<startIndex])
            highlighted = Array(scalars[startIndex..<endIndex])
            after = Array(scalars[endIndex...])
        } else {
            let start = min(max(range.start.offset, lineStart), lineEnd)
            let end = range.end.line == range.start.line ? min(max(range.end.offset, start), lineEnd) : lineEnd
            // Four bytes per character at most: enough bytes for every character kept.
            var from = max(lineStart, start - 4 * (SourceExcerpt.window + 1))
            while from > lineStart, bytes[from] & 0xC0 == 0x80 { from -= 1 }
            let highlightEnd = min(end, start + 4 * (SourceExcerpt.maxHighlighted + 1))
            var to = min(lineEnd, highlightEnd + 4 * (SourceExcerpt.window + 1))
            while to < lineEnd, bytes[to] & 0xC0 == 0x80 { to += 1 }
            var cut = highlightEnd
            while cut < to, bytes[cut] & 0xC0 == 0x80 { cut += 1 }
            func scalars(_ range: Range<Int>) -> [Unicode.Scalar] {
                Array(String(decoding: bytes[range], as: UTF8.self).unicodeScalars)
            }
            before = scalars(from..<start)
            highlighted = scalars(start..<cut)
            after = cut < end ? [] : scalars(cut..<to)
            cutBefore = from > lineStart
            cutAfter = to < lineEnd || cut < end
        }
        var highlightCut = false
        if highlighted.count > SourceExcerpt.maxHighlighted {
            highlighted.removeLast(highlighted.count - SourceExcerpt.maxHighlighted)
            highlightCut = true
            cutAfter = !after.isEmpty || cutAfter
            after = []
        }
        // What the range leaves of the window goes half before, half after, and to the other
        // side what one of them does not need.
        let rest = SourceExcerpt.window - highlighted.count
        let keptBefore = min(before.count, max(rest / 2, rest - after.count))
        let keptAfter = min(after.count, rest - keptBefore)
        if before.count > keptBefore {
            before.removeFirst(before.count - keptBefore)
            cutBefore = true
        }
        if after.count > keptAfter {
            after.removeLast(after.count - keptAfter)
            cutAfter = true
        }
        func text(_ scalars: [Unicode.Scalar]) -> String {
            visibleControls(String(String.UnicodeScalarView(scalars)))
        }
        self.before = (cutBefore ? SourceExcerpt.ellipsis : "") + text(before)
        self.highlighted = text(highlighted) + (highlightCut ? SourceExcerpt.ellipsis : "")
        self.after = text(after) + (cutAfter && !highlightCut ? SourceExcerpt.ellipsis : "")
    }

    /// What goes before the carets: a tab for each tab (so the terminal aligns both lines the
    /// same way), and as many spaces as each other character takes on screen.
    var caretPrefix: String {
        var out = ""
        for scalar in before.unicodeScalars {
            if scalar == "\t" {
                out += "\t"
            } else {
                out += String(repeating: " ", count: SourceExcerpt.displayWidth(scalar))
            }
        }
        return out
    }

    /// At least one caret, so an empty range still points somewhere.
    var carets: String {
        let width = highlighted.unicodeScalars.reduce(0) { $0 + SourceExcerpt.displayWidth($1) }
        return String(repeating: "^", count: max(width, 1))
    }

    /// Terminal cells a scalar takes: 0 for combining marks and invisible formatting, 2 for
    /// emoji and East Asian wide characters, 1 otherwise. An approximation of wcwidth, enough
    /// for the carets to line up under accented French and the odd emoji.
    static func displayWidth(_ scalar: Unicode.Scalar) -> Int {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if properties.isEmojiPresentation { return 2 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return 2
        default: return 1
        }
    }
}
