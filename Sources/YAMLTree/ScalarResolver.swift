/// Types scalars with the YAML 1.2 core schema.
///
/// Why 1.2 and not 1.1: under 1.1, `non` stays a string but `no` becomes `false`, `NO` (Norway)
/// too, and `0755` is octal. A manifest written by a non-developer must mean what it says; doubtful
/// words stay strings and are reported (`yaml.booleen-ambigu`).
enum ScalarResolver {
    static let coreTagPrefix = "tag:yaml.org,2002:"

    /// The value of a scalar given its style and explicit tag, typed from `bytes` (its text's
    /// UTF-8); nil when it is a string, whose value is the text itself. (The tree keeps a string
    /// once, as the text: making `.string(text)` here only to drop it cost a retain and a
    /// release per scalar.)
    static func value(of text: String, bytes: UnsafeBufferPointer<UInt8>, style: ScalarStyle, tag: String?) -> ScalarValue? {
        if let tag {
            switch tag {
            case coreTagPrefix + "str", "!": return nil
            case coreTagPrefix + "null": return .null
            case coreTagPrefix + "bool": return bool(bytes).map(ScalarValue.bool)
            case coreTagPrefix + "int": return int(text, bytes: bytes)
            case coreTagPrefix + "float":
                if let value = int(text, bytes: bytes), case .int(let i) = value { return .float(Double(i)) }
                return float(text, bytes: bytes)
            default:
                // A custom tag: its content is kept as written.
                if style != .plain { return nil }
            }
        }
        guard style == .plain else { return nil }
        return plainValue(text, bytes: bytes)
    }

    /// The typing works on the text's bytes: comparing and scanning bytes costs a fraction of
    /// the `String` comparisons and the `Array(text.utf8)` copies it replaces, once per scalar.
    private static func plainValue(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> ScalarValue? {
        guard let first = bytes.first else { return .null }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            if isNull(bytes) { return .null }
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            if let b = bool(bytes) { return .bool(b) }
        default:
            break
        }
        // Only a digit, a sign or a dot can start a number: skip the parsing for words.
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
            || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
        {
            return int(text, bytes: bytes) ?? float(text, bytes: bytes)
        }
        return nil
    }

    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        guard bytes.count == literal.utf8CodeUnitCount else { return false }
        let expected = literal.utf8Start
        for i in 0..<bytes.count where bytes[i] != expected[i] { return false }
        return true
    }

    private static func isNull(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        equals(bytes, "~") || equals(bytes, "null") || equals(bytes, "Null") || equals(bytes, "NULL")
    }

    private static func bool(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        switch bytes.count {
        case 4: equals(bytes, "true") || equals(bytes, "True") || equals(bytes, "TRUE") ? true : nil
        case 5: equals(bytes, "false") || equals(bytes, "False") || equals(bytes, "FALSE") ? false : nil
        default: nil
        }
    }

    /// Words a YAML 1.1 reader (or a person) takes for booleans, which the core schema keeps as
    /// strings.
    static func isAmbiguousBoolean(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count <= 3 else { return false }
        // The text lowercased (only ASCII letters lowercase to the words) and its length,
        // packed in an integer: no `lowercased()` string per scalar.
        var word = UInt32(utf8.count) << 24
        var shift: UInt32 = 16
        for b in utf8 {
            guard b < 0x80 else { return false }
            word |= UInt32(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) << shift
            shift &-= 8
        }
        switch word {
        // yes, no, on, off, y, n
        case 0x0379_6573, 0x026E_6F00, 0x026F_6E00, 0x036F_6666, 0x0179_0000, 0x016E_0000: return true
        default: return false
        }
    }

    private static func int(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> ScalarValue? {
        guard !bytes.isEmpty else { return nil }
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            if bytes[1] == UInt8(ascii: "o") {
                return digits(bytes[2...], radix: 8).map(ScalarValue.int)
            }
            if bytes[1] == UInt8(ascii: "x") {
                return digits(bytes[2...], radix: 16).map(ScalarValue.int)
            }
        }
        var index = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            index = 1
        }
        guard index < bytes.count,
            bytes[index...].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return nil }
        if let magnitude = digits(bytes[index...], radix: 10) {
            return .int(negative ? -magnitude : magnitude)
        }
        // Too large for an Int: still a number.
        return Double(text).map(ScalarValue.float)
    }

    private static func digits(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, radix: Int) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for b in bytes {
            let digit: Int
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = Int(b - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = Int(b - UInt8(ascii: "A")) + 10
            default: return nil
            }
            guard digit < radix else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: radix)
            let (s, o2) = m.addingReportingOverflow(digit)
            if o1 || o2 { return nil }
            value = s
        }
        return value
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?.inf`, `.nan`.
    private static func float(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> ScalarValue? {
        if bytes.count <= 5 {
            if equals(bytes, ".inf") || equals(bytes, ".Inf") || equals(bytes, ".INF") || equals(bytes, "+.inf")
                || equals(bytes, "+.Inf") || equals(bytes, "+.INF")
            {
                return .float(.infinity)
            }
            if equals(bytes, "-.inf") || equals(bytes, "-.Inf") || equals(bytes, "-.INF") { return .float(-.infinity) }
            if equals(bytes, ".nan") || equals(bytes, ".NaN") || equals(bytes, ".NAN") { return .float(.nan) }
        }
        var i = 0
        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
        var mantissaDigits = 0
        while i < bytes.count, isDigit(bytes[i]) { i += 1; mantissaDigits += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            var fraction = 0
            while i < bytes.count, isDigit(bytes[i]) { i += 1; fraction += 1 }
            // `.` alone or `-.` is not a number; `1.` is.
            if mantissaDigits == 0 && fraction == 0 { return nil }
            mantissaDigits += fraction
        }
        guard mantissaDigits > 0 else { return nil }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
            var exponent = 0
            while i < bytes.count, isDigit(bytes[i]) { i += 1; exponent += 1 }
            guard exponent > 0 else { return nil }
        }
        guard i == bytes.count, let value = Double(text) else { return nil }
        return .float(value)
    }
}
