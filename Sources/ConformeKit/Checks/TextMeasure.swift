/// Measures of text that the checks take on nearly every field, with a byte-level path for
/// ASCII text: Swift's Character view walks grapheme clusters through Unicode tables, which the
/// profile showed as a steady cost for answers that plain bytes give.
enum TextMeasure {
    /// The number of Characters (what a person counts), as `text.count`.
    ///
    /// On bytes when every scalar is one Character: ASCII without CR ("\r\n" is one Character),
    /// Latin letters up to U+02FF (é, œ, «), and the general punctuation of French text
    /// (U+2010–U+203F: ’, –, …) and €. None of these joins its neighbours into a cluster:
    /// combining marks start at U+0300, and the joiners U+200C/U+200D are outside the range.
    /// Anything else goes to Swift's grapheme breaking.
    static func characterCount(_ text: String) -> Int {
        var text = text
        let simple = text.withUTF8 { bytes -> Int? in
            var count = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if b == 0x0D { return nil }
                    i += 1
                } else if b >= 0xC2, b <= 0xCB {  // U+0080–U+02FF, two bytes
                    i += 2
                } else if b == 0xE2, i + 2 < n,
                    (bytes[i + 1] == 0x80 && bytes[i + 2] >= 0x90)  // U+2010–U+203F
                        || (bytes[i + 1] == 0x82 && bytes[i + 2] == 0xAC)  // €
                {
                    i += 3
                } else {
                    return nil
                }
                count += 1
            }
            return count
        }
        return simple ?? text.count
    }

    /// Nothing but whitespace (or nothing at all), as `trimmingWhitespace().isEmpty`.
    static func isBlank(_ text: String) -> Bool {
        // Nearly every text starts with a visible ASCII character: decided on the first byte.
        if let first = text.utf8.first, first > 0x20, first < 0x80 { return false }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                if !(v == 0x20 || (v >= 0x09 && v <= 0x0D)) { return false }
            } else if !Character(scalar).isWhitespace {
                return false
            }
        }
        return true
    }
}
