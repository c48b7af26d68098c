/// `FormatRules.isURL` and `isEmail` over bytes, for the common all-ASCII text: the Character
/// versions (grapheme breaking, Unicode properties, Foundation's `range(of:)`) cost most of a
/// run's format checks. Each returns nil for non-ASCII text, which keeps the Character rule, so
/// both always agree (a test compares them).
enum ASCIIFormat {
    // Without allocations: these run on every address of every manifest, and splitting,
    // filtering or lower-casing into new arrays and strings cost more than the scans.

    static func isURL(_ text: String, httpsOnly: Bool) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            for b in bytes where b >= 0x80 { return nil }
            for b in bytes where isBlank(b) { return false }
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

    static func isEmail(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            for b in bytes where b >= 0x80 { return nil }
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
            for b in local where !isAlphanumeric(b) && !isLocalPunctuation(b) { return false }
            return labelsAreValid(domain, edgesMayBeHyphens: false, lastLabelMinimum: 2)
        }
    }

    private static let schemeSeparator: [UInt8] = [0x3A, 0x2F, 0x2F]

    /// `._%+-'`, allowed in the local part of an address.
    private static func isLocalPunctuation(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "%"), UInt8(ascii: "+"), UInt8(ascii: "-"),
            UInt8(ascii: "'"):
            true
        default: false
        }
    }

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

    /// Dot-separated labels of letters, digits and hyphens; at least two, none empty.
    private static func labelsAreValid(
        _ host: Slice<UnsafeBufferPointer<UInt8>>, edgesMayBeHyphens: Bool, lastLabelMinimum: Int
    ) -> Bool {
        var labels = 0
        var labelStart = host.startIndex
        var i = host.startIndex
        while true {
            let atEnd = i == host.endIndex
            if atEnd || host[i] == UInt8(ascii: ".") {
                let length = i - labelStart
                guard length > 0 else { return false }
                if !edgesMayBeHyphens, host[labelStart] == UInt8(ascii: "-") || host[i - 1] == UInt8(ascii: "-") {
                    return false
                }
                labels += 1
                if atEnd { return labels >= 2 && length >= lastLabelMinimum }
                labelStart = i + 1
            } else if !isAlphanumeric(host[i]) && host[i] != UInt8(ascii: "-") {
                return false
            }
            i += 1
        }
    }

    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// ASCII whitespace as `Character.isWhitespace` sees it.
    private static func isBlank(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }
}
