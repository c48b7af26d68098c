/// Writes pretty-printed JSON straight into UTF-8 bytes, in the order given: two-space
/// indentation, `[]` and `{}` when empty, a trailing line break from `finish()`.
///
/// `JSONValue` is the same document as a value; the JSON report of thousands of files is
/// written with this instead, member by member: building the value first (an array of pairs
/// and strings per file and per finding, then taking it apart) cost more than the writing.
/// `JSONValue` writes through it too, so both lay a document out the same way.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// For each open array or object, innermost last: whether it has an element yet.
    private var hasElement: [Bool] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// The document, ending with a line break.
    consuming func finish() -> [UInt8] {
        precondition(hasElement.isEmpty, "an array or object is still open")
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    // MARK: - Containers

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// Starts an object member: its value follows (any of the value methods, or a container).
    mutating func key(_ name: String) {
        startElement()
        JSONValue.writeString(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        isValueOfMember = true
    }

    /// A member whose value is a string (`null` when there is none), an integer or a boolean.
    mutating func member(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }

    mutating func member(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }

    mutating func member(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    // MARK: - Values

    mutating func string(_ value: String) {
        startValue()
        JSONValue.writeString(value, to: &bytes)
    }

    /// A string, or `null` when there is none.
    mutating func string(_ value: String?) {
        guard let value else { return null() }
        string(value)
    }

    mutating func int(_ value: Int) {
        startValue()
        JSONWriter.writeInt(value, to: &bytes)
    }

    mutating func bool(_ value: Bool) {
        startValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func null() {
        startValue()
        bytes.append(contentsOf: "null".utf8)
    }

    mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let b): bool(b)
        case .int(let i): int(i)
        case .string(let s): string(s)
        case .array(let items):
            array { writer in
                for item in items { writer.value(item) }
            }
        case .object(let members):
            object { writer in
                for (key, member) in members {
                    writer.key(key)
                    writer.value(member)
                }
            }
        }
    }

    // MARK: - Layout

    /// Set by `key(_:)`: the next value completes the member on the same line.
    private var isValueOfMember = false

    private mutating func startValue() {
        if isValueOfMember {
            isValueOfMember = false
        } else {
            startElement()
        }
    }

    /// A new line, after a comma when the container has elements already, then indentation.
    private mutating func startElement() {
        guard let last = hasElement.indices.last else { return }  // the document itself
        if hasElement[last] { bytes.append(UInt8(ascii: ",")) }
        hasElement[last] = true
        bytes.append(UInt8(ascii: "\n"))
        indent(hasElement.count)
    }

    private mutating func open(_ bracket: UInt8) {
        startValue()
        bytes.append(bracket)
        hasElement.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        if hasElement.removeLast() {
            bytes.append(UInt8(ascii: "\n"))
            indent(hasElement.count)
        }
        bytes.append(bracket)
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private mutating func indent(_ level: Int) {
        var count = 2 * level
        while count > 0 {
            let chunk = min(count, JSONWriter.spaces.count)
            bytes.append(contentsOf: JSONWriter.spaces[..<chunk])
            count -= chunk
        }
    }

    /// Decimal digits, as `String(value)` writes them.
    static func writeInt(_ value: Int, to out: inout [UInt8]) {
        guard value != 0 else {
            out.append(UInt8(ascii: "0"))
            return
        }
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // 20 digits hold any Int; filled from the right.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                count += 1
                buffer[24 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            }
            out.append(contentsOf: buffer[(24 - count)...])
        }
    }
}
