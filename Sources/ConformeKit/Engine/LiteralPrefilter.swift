import YAMLTree

/// Skips a rule that cannot fail on a document, by looking at the document's bytes once
/// instead of walking every field the rule names.
///
/// A rule whose only check forbids a literal text (`dossier.a-completer`: `not_pattern:
/// '(?s).*À COMPLÉTER.*'` over every text field) fails only where a value contains that text,
/// and a value can contain it only if the file does: without a backslash escape, YAML turns the
/// bytes of a scalar into its value by folding line breaks and indentation into spaces and
/// `''` into `'`, so every run of the value without blanks or quotes is written as is in the
/// file. Linters call this a literal prefilter (semgrep and ripgrep do the same); here it took
/// the most expensive rule of a run (a walk of a hundred fields per file) to one `memmem`.
///
/// The skip must change nothing the engine reports. A rule that walks a list longer than
/// `--max-list-length` reports the overrun there, so the skip also requires that no list or
/// map of the document is that long.
struct LiteralPrefilter {
    private let bytes: [UInt8]
    private let maxListLength: Int
    private let root: Node
    /// Computed on the first rule that asks, once per document.
    private var hasBackslash: Bool?
    private var collectionsAreShort: Bool?

    init(document: ParsedDocument, root: Node, limits: EvaluationLimits) {
        self.bytes = document.source.bytes
        self.root = root
        self.maxListLength = limits.maxListLength
        // The parser counts it for free; a walk is only for documents made otherwise.
        if let largest = document.largestCollection { collectionsAreShort = largest <= maxListLength }
    }

    /// Whether a rule with these checks can be skipped: it can only fail where a value contains
    /// its fragment, and the document cannot hold such a value.
    mutating func ruleCannotFail(_ then: CheckGroup) -> Bool {
        guard let fragment = then.failureFragment else { return false }
        if hasBackslash == nil { hasBackslash = contains([0x5C]) }
        if hasBackslash == true || contains(fragment) { return false }
        if collectionsAreShort == nil { collectionsAreShort = Self.largestCollection(in: root) <= maxListLength }
        return collectionsAreShort == true
    }

    private func contains(_ needle: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { ByteSearch.firstIndex(of: needle, in: $0) != nil }
    }

    /// The most items or pairs of any list or map, walked without recursion (the depth is
    /// bounded by the parser, but a stack of our own costs nothing more).
    static func largestCollection(in root: Node) -> Int {
        var largest = 0
        var pending = [root]
        while let node = pending.popLast() {
            switch node.content {
            case .scalar: continue
            case .sequence(let items):
                largest = max(largest, items.count)
                pending.append(contentsOf: items)
            case .mapping(let pairs):
                largest = max(largest, pairs.count)
                for pair in pairs {
                    pending.append(pair.key)
                    pending.append(pair.value)
                }
            }
        }
        return largest
    }
}

extension CheckGroup {
    /// Bytes a document must contain (or hold a backslash escape) for this group to fail
    /// anywhere: its one check's fragment, when it has no `field:` of its own.
    var failureFragment: [UInt8]? {
        guard field == nil, checks.count == 1 else { return nil }
        return checks[0].failureFragment
    }
}
