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

    /// The scan of bytes that can be parsed (`EventReader` reuses it), or the problem that
    /// prevents parsing.
    static func check(_ bytes: [UInt8], source: SourceText, limits: ParseLimits) -> Result<UTF8Scan, Problem> {
        if bytes.count > limits.maxFileSize {
            return .failure(Problem(
                .limit, range: SourceRange(at: .start),
                message: Messages.fileTooLarge(size: bytes.count, limit: limits.maxFileSize)))
        }
        if bytes.count >= 2 {
            let (b0, b1) = (bytes[0], bytes[1])
            if (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) {
                return .failure(Problem(
                    .encoding, range: SourceRange(at: .start), message: Messages.utf16))
            }
        }
        if let nul = firstNUL(bytes) {
            let position = source.position(offset: nul)
            // A NUL early on, with other control bytes, is a binary file rather than a stray byte.
            let looksBinary = nul < 8192
                && bytes.prefix(8192).lazy.filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) }.count > 1
            return .failure(Problem(
                .encoding, range: SourceRange(start: position, end: source.position(offset: nul + 1)),
                message: looksBinary ? Messages.binary : Messages.nulByte))
        }
        let scan = bytes.withUnsafeBufferPointer { UTF8Scan($0) }
        if let bad = scan.firstInvalid {
            let position = source.position(offset: bad)
            return .failure(Problem(
                .encoding,
                range: SourceRange(start: position, end: SourcePosition(
                    line: position.line, column: position.column + 1, offset: bad + 1)),
                message: Messages.invalidUTF8(byte: bytes[bad])))
        }
        return .success(scan)
    }

    /// The offset of the first NUL byte, or nil: memchr looks at many bytes per step.
    static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
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
