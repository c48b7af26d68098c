#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Checks on the raw bytes, before libyaml sees them: size, encoding, binary content, and where
/// the YAML is (a Markdown file's front matter).
enum InputCheck {
    /// The part of the input that holds YAML, and the number of lines before it.
    struct YAMLSpan {
        var bytes: Range<Int>
        var firstLine: Int
    }

    /// A problem that prevents parsing, or nil.
    static func refuse(_ bytes: [UInt8], source: SourceText, limits: ParseLimits) -> Problem? {
        if bytes.count > limits.maxFileSize {
            return Problem(
                .limit, range: SourceRange(at: .start),
                message: Messages.fileTooLarge(size: bytes.count, limit: limits.maxFileSize))
        }
        if bytes.count >= 2 {
            let (b0, b1) = (bytes[0], bytes[1])
            if (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) {
                return Problem(
                    .encoding, range: SourceRange(at: .start), message: Messages.utf16)
            }
        }
        if let nul = firstNUL(bytes) {
            let position = source.position(offset: nul)
            // A NUL early on, with other control bytes, is a binary file rather than a stray byte.
            let looksBinary = nul < 8192
                && bytes.prefix(8192).lazy.filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) }.count > 1
            return Problem(
                .encoding, range: SourceRange(start: position, end: source.position(offset: nul + 1)),
                message: looksBinary ? Messages.binary : Messages.nulByte)
        }
        if let bad = firstInvalidUTF8(bytes) {
            let position = source.position(offset: bad)
            return Problem(
                .encoding,
                range: SourceRange(start: position, end: SourcePosition(
                    line: position.line, column: position.column + 1, offset: bad + 1)),
                message: Messages.invalidUTF8(byte: bytes[bad]))
        }
        return nil
    }

    /// The offset of the first NUL byte, or nil: memchr looks at many bytes per step.
    static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The byte offset of the first byte that is not valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8($0) }
    }

    private static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        while i < n {
            // Most of a manifest is ASCII: skip it eight bytes at a time.
            while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < n else { break }
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let width: Int
            var minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: width = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: width = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: width = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
            default: return i
            }
            guard i + width <= n else { return i }
            for k in 1..<width {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
            if scalar < minimum || (0xD800...0xDFFF).contains(scalar) || scalar > 0x10FFFF {
                return i
            }
            i += width
        }
        return nil
    }

    /// Where the front matter of a Markdown file is: after a first line `---`, up to the next
    /// line that is `---` (or `...`). Returns a problem when there is none.
    static func frontMatter(_ bytes: [UInt8], source: SourceText) -> Result<YAMLSpan, Problem> {
        func lineText(_ index: Int) -> ArraySlice<UInt8> {
            let start = source.lineStarts[index]
            var end = index + 1 < source.lineStarts.count ? source.lineStarts[index + 1] : bytes.count
            while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
            // Trailing spaces after the fence are tolerated, as by static site generators.
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            return bytes[start..<end]
        }
        let dashes: [UInt8] = Array("---".utf8)
        let dots: [UInt8] = Array("...".utf8)
        var first = lineText(0)
        if first.starts(with: [0xEF, 0xBB, 0xBF]) { first = first.dropFirst(3) }
        guard Array(first) == dashes else {
            return .failure(Problem(
                .empty, range: SourceRange(at: .start), message: Messages.noFrontMatter))
        }
        var line = 1
        while line < source.lineCount {
            let text = Array(lineText(line))
            if text == dashes || text == dots {
                return .success(YAMLSpan(
                    bytes: source.lineStarts[1]..<source.lineStarts[line], firstLine: 1))
            }
            line += 1
        }
        let end = source.position(offset: bytes.count)
        return .failure(Problem(
            .syntax, range: SourceRange(at: end), message: Messages.unterminatedFrontMatter,
            notes: [Problem.Note(
                range: SourceRange(
                    start: .start, end: SourcePosition(line: 1, column: 4, offset: 3)),
                message: Messages.frontMatterOpensHere)]))
    }
}
