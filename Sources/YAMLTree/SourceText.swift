/// The bytes of a file with an index of where each line starts, to turn libyaml's
/// (line, column) marks into byte offsets and to show a source line under a finding.
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// A UTF-8 byte order mark is accepted and, as libyaml does, not counted as a column.
    let bomLength: Int

    public init(_ bytes: [UInt8]) {
        var starts = [0]
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A {
                starts.append(i + 1)
            } else if b == 0x0D {
                // CR LF counts as one break, a lone CR as one too (as libyaml does).
                if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        self.bytes = bytes
        self.lineStarts = starts
        self.bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    public init(_ string: String) {
        self.init(Array(string.utf8))
    }

    public var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line without its line break, or nil when out of range.
    /// Invalid UTF-8 is shown with replacement characters.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The position of a 0-based line and 0-based column counted in Unicode scalars
    /// (libyaml's marks). A column past the end of the line is clamped to the line break.
    public func position(line zeroBasedLine: Int, column zeroBasedColumn: Int) -> SourcePosition {
        // libyaml puts the end of a stream without a final line break at column 0 of the line
        // after the last one: that is the end of the input, not the start of the last line.
        if zeroBasedLine >= lineStarts.count { return position(offset: bytes.count) }
        let lineIndex = max(zeroBasedLine, 0)
        let start = lineStarts[lineIndex] + (lineIndex == 0 ? bomLength : 0)
        let (offset, remaining) = walk(from: start, scalars: zeroBasedColumn)
        return SourcePosition(
            line: lineIndex + 1, column: zeroBasedColumn - remaining + 1, offset: offset)
    }

    /// Walks `count` scalars from `offset`, stopping at a line break or the end: the offset
    /// reached, and how many scalars were left when it stopped.
    private func walk(from start: Int, scalars count: Int) -> (offset: Int, remaining: Int) {
        var offset = start
        var remaining = count
        let n = bytes.count
        while remaining > 0, offset < n {
            let b = bytes[offset]
            if b == 0x0A || b == 0x0D { break }
            offset += SourceText.scalarWidth(leadByte: b)
            remaining -= 1
        }
        return (min(offset, n), remaining)
    }

    /// The same as `position(line:column:)`, walking on from `hint` when it lies earlier on the
    /// same line: libyaml's marks come in order, so most walks are a few characters long.
    func position(line zeroBasedLine: Int, column zeroBasedColumn: Int, after hint: SourcePosition) -> SourcePosition {
        guard hint.line == zeroBasedLine + 1, hint.column - 1 <= zeroBasedColumn, hint.offset <= bytes.count,
            hint.line > 1 || hint.offset >= bomLength
        else {
            return position(line: zeroBasedLine, column: zeroBasedColumn)
        }
        let (offset, remaining) = walk(from: hint.offset, scalars: zeroBasedColumn - (hint.column - 1))
        return SourcePosition(line: zeroBasedLine + 1, column: zeroBasedColumn - remaining + 1, offset: offset)
    }

    /// The position of a byte offset (clamped to the input).
    public func position(offset rawOffset: Int) -> SourcePosition {
        let offset = min(max(rawOffset, 0), bytes.count)
        // Binary search for the last line start ≤ offset.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var column = 1
        var i = lineStarts[low] + (low == 0 ? min(bomLength, offset) : 0)
        while i < offset {
            i += SourceText.scalarWidth(leadByte: bytes[i])
            column += 1
        }
        return SourcePosition(line: low + 1, column: column, offset: offset)
    }

    /// Bytes taken by the UTF-8 sequence starting with this byte (1 for stray bytes).
    static func scalarWidth(leadByte b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b >= 0xF0 { return 4 }
        if b >= 0xE0 { return 3 }
        if b >= 0xC0 { return 2 }
        return 1
    }
}
