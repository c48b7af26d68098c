/// Measures of text that the checks take on nearly every field, with a byte-level path for
/// ASCII text: Swift's Character view walks grapheme clusters through Unicode tables, which the
/// profile showed as a steady cost for answers that plain bytes give.
enum TextMeasure {
    /// The number of Characters (what a person counts), as `text.count`.
    static func characterCount(_ text: String) -> Int {
        var text = text
        let ascii = text.withUTF8 { bytes -> Int? in
            // "\r\n" is one Character: leave text with a CR to the general path.
            for b in bytes where b >= 0x80 || b == 0x0D { return nil }
            return bytes.count
        }
        return ascii ?? text.count
    }

    /// Nothing but whitespace (or nothing at all), as `trimmingWhitespace().isEmpty`.
    static func isBlank(_ text: String) -> Bool {
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
