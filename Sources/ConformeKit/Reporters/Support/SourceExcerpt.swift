import YAMLTree

/// The start line of a finding, cut into the text before, under and after its range, so the
/// text and HTML reports can underline exactly the columns the finding is about.
public struct SourceExcerpt {
    public var lineNumber: Int
    public var before: String
    /// Empty for an empty range (a missing value): reporters still mark one place.
    public var highlighted: String
    public var after: String

    var line: String { before + highlighted + after }

    /// Nil when the line is not in the source (a report built without its text).
    public init?(range: SourceRange, source: SourceText) {
        guard let text = source.line(range.start.line) else { return nil }
        let scalars = Array(text.unicodeScalars)
        let startIndex = min(max(range.start.column - 1, 0), scalars.count)
        // A multi-line range is underlined to the end of its first line.
        let endIndex =
            range.end.line == range.start.line
            ? min(max(range.end.column - 1, startIndex), scalars.count)
            : scalars.count
        lineNumber = range.start.line
        before = String(String.UnicodeScalarView(scalars[..<startIndex]))
        highlighted = String(String.UnicodeScalarView(scalars[startIndex..<endIndex]))
        after = String(String.UnicodeScalarView(scalars[endIndex...]))
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

/// Makes text safe to print on a terminal, in a CI log or on a page: control characters (which
/// could move the cursor or recolour the screen when a manifest holds them) become their visible
/// Unicode "control pictures" (␛, ␊). Tabs are kept where `keepTabs` says so, line breaks where
/// the format has its own way to write them (`keepLineBreaks`).
public func visibleControls(_ string: String, keepTabs: Bool = true, keepLineBreaks: Bool = false) -> String {
    var out = ""
    for scalar in string.unicodeScalars {
        switch scalar.value {
        case 0x09 where keepTabs: out.unicodeScalars.append(scalar)
        case 0x0A where keepLineBreaks, 0x0D where keepLineBreaks: out.unicodeScalars.append(scalar)
        case 0x00..<0x20: out.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: out += "\u{2421}"
        case 0x80...0x9F: out += "\u{FFFD}"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}
