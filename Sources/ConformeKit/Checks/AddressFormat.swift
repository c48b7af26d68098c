/// Web and e-mail addresses (`format: url`, `https-url`, `email`), read on the text's UTF-8
/// bytes: these run on every address of every manifest, and Swift's Character view (grapheme
/// breaking, Foundation's `range(of:)`) cost most of a run's format checks. The syntax is
/// ASCII, so no byte of a multi-byte character is mistaken for it; a non-ASCII character is
/// decoded where a letter may stand, and counts as one when it is a letter, digit or mark of
/// any script (`https://café.fr`).
///
/// Without allocations: splitting, filtering or lower-casing into new arrays and strings cost
/// more than the scans.
enum AddressFormat {
    /// `scheme://host…` with no blank; `httpsOnly` demands https (a public page must be served
    /// securely). The host needs a dot: `https://localhost` is no public address.
    static func isURL(_ text: String, httpsOnly: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            if containsBlank(bytes[...]) { return false }
            guard let separator = ByteSearch.firstIndex(of: schemeSeparator, in: bytes) else { return false }  // "://"
            let scheme = UnsafeBufferPointer(rebasing: bytes[..<separator])
            let isHTTPS = equalsIgnoringCase(scheme, "https")
            if httpsOnly ? !isHTTPS : !(isHTTPS || equalsIgnoringCase(scheme, "http")) { return false }
            var end = separator + 3
            while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"),
                bytes[end] != UInt8(ascii: "#")
            {
                end += 1
            }
            var hostStart = separator + 3
            var i = end
            while i > hostStart {  // after the last "@" (user information)
                i -= 1
                if bytes[i] == UInt8(ascii: "@") {
                    hostStart = i + 1
                    break
                }
            }
            var hostEnd = hostStart
            while hostEnd < end, bytes[hostEnd] != UInt8(ascii: ":") { hostEnd += 1 }
            return labelsAreValid(bytes[hostStart..<hostEnd], edgesMayBeHyphens: true, lastLabelMinimum: 0)
        }
    }

    /// `local@domain.tld`: the common shape, not the whole of RFC 5322 (quoted local parts and
    /// IP literals do not occur in an administration's contacts).
    static func isEmail(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            var at: Int?
            for i in bytes.indices where bytes[i] == UInt8(ascii: "@") {
                guard at == nil else { return false }  // more than one
                at = i
            }
            guard let at else { return false }
            let local = bytes[..<at]
            let domain = bytes[(at + 1)...]
            let dot = UInt8(ascii: ".")
            guard let first = local.first, let last = local.last, first != dot, last != dot else { return false }
            for i in local.indices.dropLast() where bytes[i] == dot && bytes[i + 1] == dot { return false }
            var i = local.startIndex
            while i < local.endIndex {
                let (scalar, next) = decode(local, at: i)
                guard isLetterOrDigit(scalar) || "._%+-'".unicodeScalars.contains(scalar) else { return false }
                i = next
            }
            return labelsAreValid(domain, edgesMayBeHyphens: false, lastLabelMinimum: 2)
        }
    }

    private static let schemeSeparator: [UInt8] = [0x3A, 0x2F, 0x2F]

    /// Whether ASCII `bytes` spell `word` (lower case) in any case.
    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for i in 0..<bytes.count {
            let b = bytes[i]
            let lower = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
            if lower != expected[i] { return false }
        }
        return true
    }

    /// Dot-separated labels of letters, digits and hyphens; at least two, none empty, the last
    /// at least `lastLabelMinimum` characters long.
    private static func labelsAreValid(
        _ host: Slice<UnsafeBufferPointer<UInt8>>, edgesMayBeHyphens: Bool, lastLabelMinimum: Int
    ) -> Bool {
        var labels = 0
        var length = 0  // in characters: a mark adds to the letter it follows
        var i = host.startIndex
        var previous: UInt8 = 0  // the last byte of the label so far
        while true {
            let atEnd = i == host.endIndex
            if atEnd || host[i] == UInt8(ascii: ".") {
                guard length > 0, edgesMayBeHyphens || previous != UInt8(ascii: "-") else { return false }
                labels += 1
                if atEnd { return labels >= 2 && length >= lastLabelMinimum }
                length = 0
                i += 1
                continue
            }
            let (scalar, next) = decode(host, at: i)
            if scalar == "-" {
                if length == 0, !edgesMayBeHyphens { return false }
            } else if !isLetterOrDigit(scalar) {
                return false
            }
            if !isMark(scalar) { length += 1 }
            previous = host[next - 1]
            i = next
        }
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let b = scalar.value
            return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || isMark(scalar)
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whether the text holds whitespace, ASCII (` `, tab, line breaks) or not (no-break space).
    private static func containsBlank(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return true }
                i += 1
                continue
            }
            let (scalar, next) = decode(bytes, at: i)
            if scalar.properties.isWhitespace { return true }
            i = next
        }
        return false
    }

    /// The scalar whose UTF-8 form starts at `i` (a Swift string's bytes are valid UTF-8), and
    /// where the next one starts.
    private static func decode(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, at i: Int) -> (Unicode.Scalar, next: Int) {
        let first = bytes[i]
        if first < 0x80 { return (Unicode.Scalar(first), i + 1) }
        let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
        var value = UInt32(first) & (0x7F >> length)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", i + length)
    }
}
