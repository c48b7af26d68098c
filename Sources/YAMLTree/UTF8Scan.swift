/// One pass over bytes meant to be UTF-8: where the first invalid sequence is, whether every
/// character is one libyaml accepts, and how many characters there are.
///
/// `InputCheck` needs the first (to refuse the file in French); `EventReader` needs the other
/// two to hand libyaml an already-decoded buffer instead of letting it decode one character at
/// a time.
struct UTF8Scan {
    /// The byte offset of the first byte that is not valid UTF-8, or nil. The scan stops there.
    private(set) var firstInvalid: Int?
    /// Whether every character scanned is in YAML 1.1's printable set, the one libyaml's reader
    /// enforces: tab, line feed, carriage return, U+0020–U+007E, U+0085, U+00A0–U+D7FF,
    /// U+E000–U+FFFD and U+10000–U+10FFFF.
    private(set) var isPrintable = true
    /// Unicode scalars before the end (or before the first invalid byte).
    private(set) var characters = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        var i = 0
        while i < n {
            // Most of a manifest is printable ASCII: take it eight bytes at a time. A word
            // holding a non-ASCII byte or a control other than tab, line feed and carriage
            // return goes one character at a time below, then the loop tries words again.
            while i + 8 <= n, Self.isPrintableASCII(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
                characters += 8
            }
            guard i < n else { break }
            let lead = bytes[i]
            if lead < 0x80 {
                if lead < 0x20 ? !(lead == 0x09 || lead == 0x0A || lead == 0x0D) : lead == 0x7F {
                    isPrintable = false
                }
                i += 1
                characters += 1
                continue
            }
            let width: Int
            let minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: width = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
            case 0xE0...0xEF: width = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
            case 0xF0...0xF4: width = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
            default: firstInvalid = i; return
            }
            guard i + width <= n else { firstInvalid = i; return }
            for k in 1..<width {
                let next = bytes[i + k]
                guard next & 0xC0 == 0x80 else { firstInvalid = i; return }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
            if scalar < minimum || (0xD800...0xDFFF).contains(scalar) || scalar > 0x10FFFF {
                firstInvalid = i
                return
            }
            if (0x80...0x9F).contains(scalar) && scalar != 0x85 || scalar == 0xFFFE || scalar == 0xFFFF {
                isPrintable = false
            }
            i += width
            characters += 1
        }
    }

    private static let highBits: UInt64 = repeated(0x80)

    private static func repeated(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// Whether eight bytes are all printable ASCII. Each test below sets a byte's high bit and
    /// cannot carry into the next byte, as every byte is at most 0x7F once the first passes.
    private static func isPrintableASCII(_ word: UInt64) -> Bool {
        guard word & highBits == 0 else { return false }
        // At least 0x20 (0x20 + 0x60 reaches the high bit) and not 0x7F (0x7F + 1 does).
        let printable = (word &+ repeated(0x60)) & ~(word &+ repeated(0x01)) & highBits
        if printable == highBits { return true }
        let allowed = printable | equal(word, 0x09) | equal(word, 0x0A) | equal(word, 0x0D)
        return allowed == highBits
    }

    /// The high bit of each byte of an ASCII word that equals `byte`.
    private static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        ~((word ^ repeated(byte)) &+ repeated(0x7F)) & highBits
    }
}
