/// A pattern that is only literal text, possibly between `.*`: matched by comparing bytes
/// instead of running a regex engine. Rule sets use such patterns a lot (a placeholder to
/// refuse anywhere, a fixed prefix), and on Linux each `NSRegularExpression` call also bridges
/// the string to UTF-16 — the hottest spot of a run before this shortcut.
///
/// The semantics are exactly the regex's under conforme's whole-text anchoring: `.` does not
/// match a line break unless the pattern starts with `(?s)`, and text is compared scalar by
/// scalar (no Unicode normalisation, as ICU does by default).
struct LiteralPattern: Sendable, Equatable {
    enum Anchoring: Sendable, Equatable {
        /// `text`: the whole text is the literal.
        case whole
        /// `.*text`
        case suffix
        /// `text.*`
        case prefix
        /// `.*text.*`
        case contains
    }

    var literal: [UInt8]
    /// The longest run of the literal without blanks or quotes: what a file must contain for
    /// one of its values to contain the literal (see `LiteralPrefilter`).
    var fragment: [UInt8]
    var anchoring: Anchoring
    /// `(?s)`: `.` also matches line breaks.
    var dotMatchesLineBreaks: Bool

    /// The literal form of a pattern, or nil when it needs a real regex engine.
    init?(_ source: String) {
        var rest = Substring(source)
        dotMatchesLineBreaks = rest.hasPrefix("(?s)")
        if dotMatchesLineBreaks { rest = rest.dropFirst(4) }
        if rest.hasPrefix("^") { rest = rest.dropFirst() }
        if rest.hasSuffix("$"), !rest.hasSuffix("\\$") { rest = rest.dropLast() }
        let leading = rest.hasPrefix(".*")
        if leading { rest = rest.dropFirst(2) }
        var trailing = false
        if rest.hasSuffix(".*"), !rest.hasSuffix("\\.*") {
            trailing = true
            rest = rest.dropLast(2)
        }
        var literal = ""
        var escaped = false
        for character in rest {
            if escaped {
                // Only an escaped metacharacter is a plain character; `\d`, `\b`… are classes.
                guard "\\.^$|?*+()[]{}/-".contains(character) else { return nil }
                literal.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if "^$.|?*+()[]{}".contains(character) || character.isNewline {
                return nil
            } else {
                literal.append(character)
            }
        }
        guard !escaped, !literal.isEmpty else { return nil }
        self.literal = Array(literal.utf8)
        self.fragment = Self.longestPlainRun(of: self.literal)
        switch (leading, trailing) {
        case (false, false): anchoring = .whole
        case (true, false): anchoring = .suffix
        case (false, true): anchoring = .prefix
        case (true, true): anchoring = .contains
        }
    }

    /// Blanks and line breaks may come from folding and `'` from `''`: only the runs between
    /// them are sure to be written in the file as they are in the value.
    static func longestPlainRun(of literal: [UInt8]) -> [UInt8] {
        let runs = literal.split(whereSeparator: { [0x20, 0x09, 0x0A, 0x0D, 0x27].contains($0) })
        return Array(runs.max(by: { $0.count < $1.count }) ?? [])
    }

    func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if anchoring != .whole, !dotMatchesLineBreaks, Self.containsLineBreak(bytes) {
                return false
            }
            switch anchoring {
            case .whole: return bytes.elementsEqual(literal)
            case .prefix: return bytes.starts(with: literal)
            case .suffix: return bytes.count >= literal.count && bytes[(bytes.count - literal.count)...].elementsEqual(literal)
            case .contains: return ByteSearch.firstIndex(of: literal, in: bytes) != nil
            }
        }
    }

    /// The line terminators of ICU's `.`: LF, VT, FF, CR, NEL, LS, PS.
    private static func containsLineBreak(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x0A && b <= 0x0D { return true }
            if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0x85 { return true }
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                return true
            }
            i += 1
        }
        return false
    }
}

extension Pattern {
    /// A forbidden literal can only be found where the file contains it (see `LiteralPrefilter`).
    var failureFragment: [UInt8]? { negated ? literal?.fragment : nil }
}
