/// Parses bytes into a located YAML tree, with every problem as a value.
///
/// The parse never throws and never traps on bad input: it checks the bytes first (size, encoding,
/// binary content), then consumes libyaml's events one at a time, enforcing depth, node and scalar
/// limits as it goes, so a hostile file stops at once with a `yaml.limite` problem.
public enum YAMLParser {
    /// - Parameters:
    ///   - kind: plain YAML, or a Markdown file whose front matter is the YAML.
    ///   - requireMapping: report a top level that is not a mapping (`yaml.racine`), as a proposal
    ///     must be one; `inspect` turns it off to show any document.
    public static func parse(
        _ bytes: [UInt8], kind: InputKind = .yaml, limits: ParseLimits = .default,
        requireMapping: Bool = true
    ) -> ParsedDocument {
        let source = SourceText(bytes)
        let scan: UTF8Scan
        switch InputCheck.check(bytes, source: source, limits: limits) {
        case .success(let accepted): scan = accepted
        case .failure(let refusal): return ParsedDocument(root: nil, problems: [refusal], source: source)
        }
        var span = 0..<bytes.count
        var firstLine = 0
        if kind == .markdownFrontMatter {
            switch InputCheck.frontMatter(bytes, source: source) {
            case .success(let frontMatter):
                span = frontMatter.bytes
                firstLine = frontMatter.firstLine
            case .failure(let problem):
                return ParsedDocument(root: nil, problems: [problem], source: source)
            }
        }
        var builder = TreeBuilder(source: source, firstLine: firstLine, limits: limits)
        // A front matter is part of the bytes scanned: the reader scans it again.
        let spanScan = kind == .yaml ? scan : nil
        bytes[span].withUnsafeBufferPointer { input in
            builder.consume(EventReader(input: input, scan: spanScan))
        }
        var problems = builder.problems
        let root = builder.finishTree()
        if let root {
            if requireMapping, root.pairs == nil, !problems.contains(where: { $0.severity == .error }) {
                problems.append(Problem(
                    .rootNotMapping, range: root.range,
                    message: Messages.rootNotMapping(kind: root.kindName)))
            }
        } else if problems.isEmpty {
            problems.append(Problem(
                .empty, range: SourceRange(at: source.position(offset: span.lowerBound)),
                message: Messages.empty))
        }
        var document = ParsedDocument(root: root, problems: problems, source: source)
        document.largestCollection = builder.largestCollection
        document.longestScalar = builder.longestScalar
        return document
    }

    /// Convenience for tests and tools: parse a string.
    public static func parse(
        _ text: String, kind: InputKind = .yaml, limits: ParseLimits = .default,
        requireMapping: Bool = true
    ) -> ParsedDocument {
        parse(Array(text.utf8), kind: kind, limits: limits, requireMapping: requireMapping)
    }
}
