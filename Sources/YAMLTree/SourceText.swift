#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// The bytes of a file with an index of where each line starts, to turn libyaml's
/// (line, column) marks into byte offsets and to show a source line under a finding.
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// A UTF-8 byte order mark is accepted and, as libyaml does, not counted as a column.
    let bomLength: Int
    /// For each line, where its line break starts (the end of the input on the last line) if
    /// the line is all ASCII, else -1. On such a line a column is a byte count, and a position
    /// is an addition instead of a walk. A quarter of a French manifest's lines have an accent,
    /// so this is kept per line, not per file.
    let asciiLineEnds: [Int]

    public init(_ bytes: [UInt8]) {
        var starts = [0]
        var ends: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            guard n > 0, let base = buffer.baseAddress else { return }
            // One line per ~40 bytes in a manifest; reserving avoids most regrowth.
            starts.reserveCapacity(n / 32 + 1)
            ends.reserveCapacity(n / 32 + 1)
            if memchr(base, 0x0D, n) == nil {
                // Only LF breaks (the common case): let memchr find them.
                var lineStart = 0
                while lineStart < n,
                    let found = memchr(base + lineStart, 0x0A, n - lineStart)
                {
                    let lineFeed = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    ends.append(Self.isASCII(base + lineStart, count: lineFeed - lineStart) ? lineFeed : -1)
                    starts.append(lineFeed + 1)
                    lineStart = lineFeed + 1
                }
                ends.append(Self.isASCII(base + lineStart, count: n - lineStart) ? n : -1)
                return
            }
            var i = 0
            var lineStart = 0
            while i < n {
                let b = buffer[i]
                if b == 0x0A || b == 0x0D {
                    let lineBreak = i
                    // CR LF counts as one break, a lone CR as one too (as libyaml does).
                    if b == 0x0D, i + 1 < n, buffer[i + 1] == 0x0A { i += 1 }
                    starts.append(i + 1)
                    ends.append(Self.isASCII(base + lineStart, count: lineBreak - lineStart) ? lineBreak : -1)
                    lineStart = i + 1
                }
                i += 1
            }
            ends.append(Self.isASCII(base + lineStart, count: n - lineStart) ? n : -1)
        }
        if ends.isEmpty { ends.append(0) }
        self.bytes = bytes
        self.lineStarts = starts
        self.asciiLineEnds = ends
        self.bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Whether `count` bytes from `start` are all below 0x80, eight at a time.
    static func isASCII(_ start: UnsafePointer<UInt8>, count: Int) -> Bool {
        let raw = UnsafeRawPointer(start)
        var i = 0
        var high: UInt64 = 0
        while i + 8 <= count {
            high |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < count {
            high |= UInt64(start[i])
            i += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
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
        if asciiLineEnds[lineIndex] >= 0 { return asciiPosition(line: lineIndex, column: zeroBasedColumn) }
        let start = lineStarts[lineIndex] + (lineIndex == 0 ? bomLength : 0)
        let (offset, remaining) = walk(from: start, scalars: zeroBasedColumn)
        return SourcePosition(
            line: lineIndex + 1, column: zeroBasedColumn - remaining + 1, offset: offset)
    }

    /// `position(line:column:)` on an all-ASCII line (so without a byte order mark): one scalar
    /// is one byte, clamped to the line break as the walk is.
    private func asciiPosition(line lineIndex: Int, column zeroBasedColumn: Int) -> SourcePosition {
        let start = lineStarts[lineIndex]
        let taken = min(max(zeroBasedColumn, 0), asciiLineEnds[lineIndex] - start)
        return SourcePosition(line: lineIndex + 1, column: taken + 1, offset: start + taken)
    }

    /// Walks `count` scalars from `offset`, stopping at a line break or the end: the offset
    /// reached, and how many scalars were left when it stopped.
    ///
    /// Eight bytes at a time while far from the goal: a word without a line break holds as many
    /// scalars as bytes that do not continue a sequence (`10xxxxxx`). Only non-ASCII lines walk,
    /// and their long French values made the byte-by-byte walk a tenth of the tree's building.
    private func walk(from start: Int, scalars count: Int) -> (offset: Int, remaining: Int) {
        var offset = start
        var remaining = count
        let n = bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            while remaining > 8, offset + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                if SourceText.hasLineBreak(word) { break }
                // Stops short of the goal (strictly more left than this word starts): the last
                // scalar reached may continue into the next word, which the loop below finishes.
                let starts = 8 - SourceText.continuationBytes(word)
                guard remaining > starts else { break }
                remaining -= starts
                offset += 8
            }
            // The next byte may continue the last scalar counted: skip to the next start.
            while offset < n, buffer[offset] & 0xC0 == 0x80 { offset += 1 }
            while remaining > 0, offset < n {
                let b = buffer[offset]
                if b == 0x0A || b == 0x0D { break }
                offset += SourceText.scalarWidth(leadByte: b)
                remaining -= 1
            }
        }
        return (min(offset, n), remaining)
    }

    private static let lowBits: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether a byte of the word is a line feed or a carriage return (exact: the
    /// subtract-and-mask test for a zero byte, on the word xor each).
    private static func hasLineBreak(_ word: UInt64) -> Bool {
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- lowBits) & ~x & highBits != 0 }
        return hasZeroByte(word ^ (0x0A &* lowBits)) || hasZeroByte(word ^ (0x0D &* lowBits))
    }

    /// How many bytes of the word are `10xxxxxx`.
    private static func continuationBytes(_ word: UInt64) -> Int {
        // High bit set and the next bit clear, per byte.
        ((word & ~(word << 1)) & highBits).nonzeroBitCount
    }

    /// The same as `position(line:column:)`, walking on from `hint` when it lies earlier on the
    /// same line: libyaml's marks come in order, so most walks are a few characters long.
    func position(line zeroBasedLine: Int, column zeroBasedColumn: Int, after hint: SourcePosition) -> SourcePosition {
        if zeroBasedLine >= 0, zeroBasedLine < lineStarts.count, asciiLineEnds[zeroBasedLine] >= 0 {
            return asciiPosition(line: zeroBasedLine, column: zeroBasedColumn)
        }
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
        if asciiLineEnds[low] >= 0 {
            return SourcePosition(line: low + 1, column: offset - lineStarts[low] + 1, offset: offset)
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
