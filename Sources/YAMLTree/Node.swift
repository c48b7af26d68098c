/// A node of a YAML document, with where it sits in the file: a place in its document's
/// `NodeTree`, which it keeps alive.
///
/// Mappings keep their pairs in source order (duplicates are reported by the parser and only the
/// first occurrence is kept), so reports follow the order the author wrote.
public struct Node: Sendable {
    public enum Content: Sendable {
        case scalar(Scalar)
        case sequence(NodeList)
        case mapping(PairList)
    }

    let tree: NodeTree
    let index: Int

    init(_ tree: NodeTree, _ index: Int) {
        self.tree = tree
        self.index = index
    }

    /// A scalar on its own, in a tree of one node (the engine's `today`).
    public init(scalar: Scalar, range: SourceRange) {
        var builder = NodeTreeBuilder()
        let index = builder.appendScalar(scalar, range: range, tag: nil, isKey: true)
        self.init(builder.finish(), index)
    }

    /// From the first character of the node to just after its last one.
    public var range: SourceRange { tree.records[index].range }

    /// The explicit tag as written and resolved (`tag:yaml.org,2002:str`), if any.
    public var tag: String? {
        let tag = tree.records[index].tag
        return tag < 0 ? nil : tree.tags[Int(tag)]
    }

    /// Whether this is a null scalar (`~`, `null`, nothing).
    public var isNull: Bool { tree.records[index].isNull }

    public var content: Content {
        let record = tree.records[index]
        switch record.kind {
        case .scalar: return .scalar(tree.scalars[Int(record.start)])
        case .sequence: return .sequence(NodeList(tree, start: Int(record.start), count: Int(record.count)))
        case .mapping: return .mapping(PairList(tree, start: Int(record.start), count: Int(record.count) / 2))
        }
    }

    /// A cheap signature of a key's text: its length and three of its bytes. Two different keys
    /// rarely share one (`nom`/`nombre_eig` differ by length), and a shared one only costs a
    /// string comparison; hashing every byte cost more than the lookups it saved.
    static func hash(_ text: String) -> Int {
        // On the contiguous bytes: `String.UTF8View` index arithmetic cost more than the rest.
        if let hash = text.utf8.withContiguousStorageIfAvailable(hash(bytes:)) { return hash }
        return hash(bytes: Array(text.utf8))
    }

    private static func hash<Bytes: RandomAccessCollection<UInt8>>(bytes: Bytes) -> Int where Bytes.Index == Int {
        let count = bytes.count
        guard count > 0 else { return 1 }
        let start = bytes.startIndex
        let first = Int(bytes[start])
        let last = Int(bytes[start + count - 1])
        let middle = Int(bytes[start + count / 2])
        return (count << 24) | (first << 16) | (middle << 8) | last | 1 << 62
    }
}

/// A sequence's items, read in place from its tree.
public struct NodeList: RandomAccessCollection, Sendable {
    let tree: NodeTree
    let start: Int
    public let count: Int

    init(_ tree: NodeTree, start: Int, count: Int) {
        self.tree = tree
        self.start = start
        self.count = count
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> Node {
        precondition(position >= 0 && position < count, "index out of range")
        return Node(tree, Int(tree.children[start + position]))
    }
}

/// A mapping's pairs in source order, read in place from its tree: its children taken two
/// by two, key then value.
public struct PairList: RandomAccessCollection, Sendable {
    let children: NodeList

    init(_ tree: NodeTree, start: Int, count: Int) {
        children = NodeList(tree, start: start, count: 2 * count)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { children.count / 2 }

    public subscript(position: Int) -> Pair {
        Pair(key: children[2 * position], value: children[2 * position + 1])
    }

    /// The index of the pair whose key is the plain string `key`.
    func index(ofKey key: String) -> Int? {
        children.tree.position(ofKey: key, pairsAt: children.start, count: count)
    }
}

/// One `key: value` entry of a mapping.
public struct Pair: Sendable {
    public var key: Node
    public var value: Node

    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}

extension Node {
    public var scalar: Scalar? {
        let record = tree.records[index]
        return record.kind == .scalar ? tree.scalars[Int(record.start)] : nil
    }

    public var items: NodeList? {
        let record = tree.records[index]
        return record.kind == .sequence ? NodeList(tree, start: Int(record.start), count: Int(record.count)) : nil
    }

    public var pairs: PairList? {
        let record = tree.records[index]
        return record.kind == .mapping ? PairList(tree, start: Int(record.start), count: Int(record.count) / 2) : nil
    }

    /// The pair whose key is the plain string `key`, if this is a mapping that has one.
    public func pair(forKey key: String) -> Pair? {
        guard let pairs, let position = pairs.index(ofKey: key) else { return nil }
        return pairs[position]
    }

    /// The value of the pair whose key is the plain string `key`. (Without making the pair:
    /// the engine looks values up constantly, and each node made is a retain of the tree.)
    public subscript(key: String) -> Node? {
        let record = tree.records[index]
        guard record.kind == .mapping,
            let position = tree.position(ofKey: key, pairsAt: Int(record.start), count: Int(record.count) / 2)
        else { return nil }
        return Node(tree, Int(tree.children[Int(record.start) + 2 * position + 1]))
    }

    /// A short name of the node's kind, for messages.
    public var kindName: String {
        switch content {
        case .scalar(let s):
            switch s.value {
            case .null: return "null"
            case .bool: return "boolean"
            case .int: return "integer"
            case .float: return "number"
            case .string: return "string"
            }
        case .sequence: return "list"
        case .mapping: return "map"
        }
    }
}
