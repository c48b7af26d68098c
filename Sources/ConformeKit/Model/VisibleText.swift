/// Text from manifests and rule sets, made safe to print on a terminal, in a CI log or on a
/// page: nothing a file says can move the cursor, recolour the screen, reorder what is shown,
/// or be read as a command by a CI runner. Every reporter, `inspect` and the CLI's messages
/// go through these two functions.

/// Control characters become their visible Unicode "control pictures" (␛, ␊, ␡); C1 controls
/// and the characters that reorder text (bidi embeddings, overrides and isolates, marks, line
/// and paragraph separators) become `⟨U+202E⟩`, in angle brackets that are no markup in XML,
/// HTML or Markdown. Tabs are kept where `keepTabs` says so, line breaks where the format has
/// its own way to write them (`keepLineBreaks`).
public func visibleControls(_ string: String, keepTabs: Bool = true, keepLineBreaks: Bool = false) -> String {
    // Nearly every text holds none: return it as it is.
    guard string.unicodeScalars.contains(where: { needsPicture($0.value) }) else { return string }
    var out = ""
    for scalar in string.unicodeScalars {
        let value = scalar.value
        switch value {
        case 0x09 where keepTabs: out.unicodeScalars.append(scalar)
        case 0x0A where keepLineBreaks, 0x0D where keepLineBreaks: out.unicodeScalars.append(scalar)
        case 0x00..<0x20: out.unicodeScalars.append(Unicode.Scalar(0x2400 + value)!)
        case 0x7F: out += "\u{2421}"
        case _ where needsPicture(value): out += codePoint(value)
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// Whether a scalar is shown as something else by `visibleControls`.
@inline(__always)
private func needsPicture(_ value: UInt32) -> Bool {
    switch value {
    case 0x00..<0x20, 0x7F...0x9F: return true
    case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
}

/// A value quoted in a message, with the characters that look like a space or like nothing
/// written `⟨U+00A0⟩`: « partiellement conforme » typed with a no-break space is not the allowed
/// « partiellement conforme », and « MIT » followed by a zero-width space is not « MIT »; the
/// message must show what differs. Only in quoted values: French prose is full of no-break
/// spaces that are right where they are.
public func revealingLookalikes(_ string: String) -> String {
    guard string.unicodeScalars.contains(where: { isLookalike($0.value) }) else { return string }
    var out = ""
    for scalar in string.unicodeScalars {
        if isLookalike(scalar.value) { out += codePoint(scalar.value) } else { out.unicodeScalars.append(scalar) }
    }
    return out
}

/// Spaces other than U+0020 (no-break, narrow no-break, the typographic ones) and characters
/// with no width (zero-width space and joiners, word joiner, soft hyphen, byte order mark).
private func isLookalike(_ value: UInt32) -> Bool {
    switch value {
    case 0x00A0, 0x00AD, 0x1680, 0x180E, 0x2000...0x200D, 0x202F, 0x205F...0x2064, 0x3000, 0xFEFF: return true
    default: return false
    }
}

/// `⟨U+202E⟩`: a character written as its code point, at least four hex digits.
private func codePoint(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return "\u{27E8}U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "\u{27E9}"
}

/// A CI runner (GitHub Actions, and runners that read the same syntax) executes any line of a
/// step's output that starts with `::` once leading blanks are dropped, and the legacy form
/// `##[` anywhere in a line. In text that holds no command of conforme's own, each such line
/// start has its two colons written `%3A%3A`, and each `##[` is written `%23%23[`, in the
/// percent escapes the workflow commands themselves use: the line reads the same to a person
/// and is no longer a command.
public func neutralizingWorkflowCommands(_ text: String) -> String {
    let colon = UInt8(ascii: ":"), hash = UInt8(ascii: "#"), bracket = UInt8(ascii: "[")
    // Most outputs hold neither `::` nor `##[`: leave them as they are without a copy.
    var previous: UInt8 = 0
    guard text.utf8.contains(where: { byte in
        defer { previous = byte }
        return (byte == colon && previous == colon) || (byte == bracket && previous == hash)
    }) else { return text }
    var bytes = Array(text.utf8)
    var out: [UInt8] = []
    var changed = false
    var atLineStart = true
    var i = 0
    // Lines end at LF, CR or CR LF, as the runner reads them.
    while i < bytes.count {
        let byte = bytes[i]
        if atLineStart, byte == colon, i + 1 < bytes.count, bytes[i + 1] == colon {
            if !changed { out = Array(bytes[..<i]); changed = true }
            out += Array("%3A%3A".utf8)
            i += 2
            atLineStart = false
            continue
        }
        if byte == hash, i + 2 < bytes.count, bytes[i + 1] == hash, bytes[i + 2] == bracket {
            if !changed { out = Array(bytes[..<i]); changed = true }
            out += Array("%23%23[".utf8)
            i += 3
            atLineStart = false
            continue
        }
        if byte == 0x0A || byte == 0x0D {
            atLineStart = true
        } else if byte != 0x20 && byte != 0x09 {
            atLineStart = false
        }
        if changed { out.append(byte) }
        i += 1
    }
    guard changed else { return text }
    bytes = out
    return String(decoding: bytes, as: UTF8.self)
}

/// A whole report that holds no control sequence of its own (JUnit, HTML, Markdown, `inspect`):
/// every control and bidi character made visible, tabs and line breaks kept, and no line that
/// a CI runner would read as a command.
public func safeForLogs(_ report: String) -> String {
    neutralizingWorkflowCommands(visibleControls(report, keepTabs: true, keepLineBreaks: true))
}
