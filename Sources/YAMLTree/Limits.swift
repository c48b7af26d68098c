/// Bounds that keep a hostile or broken file from costing more than a glance.
/// Each overrun is reported as `yaml.limite`, naming the limit and how to raise it.
public struct ParseLimits: Sendable, Hashable {
    /// Largest input accepted, in bytes.
    public var maxFileSize: Int
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes a document may have once its aliases are expanded ("billion laughs" guard).
    public var maxNodes: Int
    /// Longest scalar, in bytes.
    public var maxScalarLength: Int

    public init(
        maxFileSize: Int = 1 << 20, maxDepth: Int = 64, maxNodes: Int = 10_000,
        maxScalarLength: Int = 64 << 10
    ) {
        self.maxFileSize = maxFileSize
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxScalarLength = maxScalarLength
    }

    public static let `default` = ParseLimits()
}
