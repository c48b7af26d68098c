/// `FormatRules.isURL` and `isEmail` over bytes, for the common all-ASCII text: the Character
/// versions (grapheme breaking, Unicode properties, Foundation's `range(of:)`) cost most of a
/// run's format checks. Each returns nil for non-ASCII text, which keeps the Character rule, so
/// both always agree (a test compares them).
enum ASCIIFormat {
    static func isURL(_ text: String, httpsOnly: Bool) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            if bytes.contains(where: isBlank) { return false }
            guard let separator = find([0x3A, 0x2F, 0x2F], in: bytes) else { return false }  // "://"
            let scheme = String(decoding: bytes[..<separator], as: UTF8.self).lowercased()
            if httpsOnly ? scheme != "https" : !(scheme == "http" || scheme == "https") { return false }
            var end = separator + 3
            while end < bytes.count, ![UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#")].contains(bytes[end]) {
                end += 1
            }
            var hostStart = separator + 3
            if let at = bytes[hostStart..<end].lastIndex(of: UInt8(ascii: "@")) { hostStart = at + 1 }
            var hostEnd = hostStart
            while hostEnd < end, bytes[hostEnd] != UInt8(ascii: ":") { hostEnd += 1 }
            return labelsAreValid(bytes[hostStart..<hostEnd], edgesMayBeHyphens: true, lastLabelMinimum: 0)
        }
    }

    static func isEmail(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let ats = bytes.indices.filter { bytes[$0] == UInt8(ascii: "@") }
            guard ats.count == 1 else { return false }
            let local = bytes[..<ats[0]]
            let domain = bytes[(ats[0] + 1)...]
            let dot = UInt8(ascii: ".")
            guard let first = local.first, let last = local.last, first != dot, last != dot else { return false }
            for i in local.indices.dropLast() where bytes[i] == dot && bytes[i + 1] == dot { return false }
            let allowed = Array("._%+-'".utf8)
            guard local.allSatisfy({ isAlphanumeric($0) || allowed.contains($0) }) else { return false }
            return labelsAreValid(domain, edgesMayBeHyphens: false, lastLabelMinimum: 2)
        }
    }

    /// Dot-separated labels of letters, digits and hyphens; at least two, none empty.
    private static func labelsAreValid(
        _ host: Slice<UnsafeBufferPointer<UInt8>>, edgesMayBeHyphens: Bool, lastLabelMinimum: Int
    ) -> Bool {
        let labels = host.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        for label in labels {
            guard !label.isEmpty,
                label.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: "-") })
            else { return false }
            if !edgesMayBeHyphens, label.first == UInt8(ascii: "-") || label.last == UInt8(ascii: "-") {
                return false
            }
        }
        return (labels.last?.count ?? 0) >= lastLabelMinimum
    }

    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// ASCII whitespace as `Character.isWhitespace` sees it.
    private static func isBlank(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        for i in 0...(bytes.count - needle.count) where bytes[i..<(i + needle.count)].elementsEqual(needle) {
            return i
        }
        return nil
    }
}
