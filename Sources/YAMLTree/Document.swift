/// What the parser gives back: the root node if one could be built, and every problem found.
public struct ParsedDocument: Sendable {
    /// The top-level node: a mapping for a well-formed manifest. `nil` when the input is empty,
    /// unreadable, or broken before its first node.
    public var root: Node?
    public var problems: [Problem]
    /// The input, to show source lines under findings.
    public var source: SourceText
    /// The most items or pairs of any list or map of the tree, counted as it was built; nil
    /// when not known (a document made by hand).
    public var largestCollection: Int?
    /// The most UTF-8 bytes of any scalar of the tree; nil when not known.
    public var longestScalar: Int?

    public init(root: Node?, problems: [Problem], source: SourceText) {
        self.root = root
        self.problems = problems
        self.source = source
    }

    public var hasErrors: Bool { problems.contains { $0.severity == .error } }
}

/// How to find the YAML inside the bytes.
public enum InputKind: Sendable {
    /// The whole input is one YAML document.
    case yaml
    /// A Markdown file: the YAML is its front matter, between a first line `---` and the next
    /// `---` line. Positions stay those of the whole file.
    case markdownFrontMatter
}
