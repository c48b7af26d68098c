/// The nodes of one document, side by side in a few arrays: a tree of thousands of nodes is a
/// handful of allocations, built by appending and freed at once.
///
/// Before, every node was an object with an array of its children: allocating, reference
/// counting and freeing them one by one cost more than the checks that read them. Immutable
/// once built, so a tree is shared between threads without locks.
///
/// The arrays are buffers the tree owns rather than Swift arrays: reading an array stored in
/// an object retains and releases the array's storage around each read, and the engine reads
/// nodes more than anything else. Indices come from `NodeTreeBuilder`, which only hands out
/// valid ones; `NodeList` and `PairList` check the positions callers give them.
public final class NodeTree: @unchecked Sendable {
    let records: UnsafeMutablePointer<NodeRecord>
    /// The children of every collection, each collection's in one run: a sequence's items, a
    /// mapping's keys and values alternating.
    let children: UnsafeMutablePointer<Int32>
    let scalars: UnsafeMutablePointer<Scalar>
    private let scalarCount: Int
    let tags: [String]

    /// Takes over buffers filled by `NodeTreeBuilder`, which wrote the nodes straight into them.
    fileprivate init(
        records: UnsafeMutablePointer<NodeRecord>, children: UnsafeMutablePointer<Int32>,
        scalars: UnsafeMutablePointer<Scalar>, scalarCount: Int, tags: [String]
    ) {
        self.records = records
        self.children = children
        self.scalars = scalars
        self.scalarCount = scalarCount
        self.tags = tags
    }

    deinit {
        records.deallocate()
        children.deallocate()
        scalars.deinitialize(count: scalarCount)
        scalars.deallocate()
    }

    /// Which of the `count` pairs whose children start at `start` has the plain string `key`
    /// for key. Compares the keys' stored signatures and reads a key's text only when they match.
    func position(ofKey key: String, pairsAt start: Int, count: Int) -> Int? {
        NodeTree.position(ofKey: key, pairsAt: start, count: count, records, children, scalars)
    }

    /// The same on the buffers: `NodeRef` calls it without touching its tree's reference count
    /// (a method call on the tree retained and released it).
    static func position(
        ofKey key: String, pairsAt start: Int, count: Int, _ records: UnsafeMutablePointer<NodeRecord>,
        _ children: UnsafeMutablePointer<Int32>, _ scalars: UnsafeMutablePointer<Scalar>
    ) -> Int? {
        let wanted = Node.hash(key)
        for position in 0..<count {
            let keyIndex = Int(children[start + 2 * position])
            guard records[keyIndex].keyHash == wanted, records[keyIndex].kind == .scalar else { continue }
            if scalars[Int(records[keyIndex].start)].text == key { return position }
        }
        return nil
    }
}

/// What the tree keeps of one node.
struct NodeRecord: Sendable {
    enum Kind: UInt8, Sendable { case scalar, sequence, mapping }

    /// From the first character of the node to just after its last one.
    var range: SourceRange
    /// For a scalar, its index in `scalars`; for a collection, where its children start in
    /// `children`.
    var start: Int32
    /// A collection's number of children (two per pair); 0 for a scalar.
    var count: Int32
    /// The index of its explicit tag in `tags`, or -1.
    var tag: Int32
    var kind: Kind
    /// Whether this is a null scalar (`~`, `null`, nothing): every check asks it first.
    var isNull: Bool
    /// A short scalar's key signature, for scalars in key position (see `Node.hash`); 0 otherwise.
    var keyHash: Int
}

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

/// How a scalar was written. Quoted and block scalars are always strings.
public enum ScalarStyle: String, Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// A scalar's value under the YAML 1.2 core schema.
public enum ScalarValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
}

public struct Scalar: Sendable {
    /// The scalar's text after YAML unescaping and folding, before typing.
    public var text: String
    public var style: ScalarStyle
    /// The typed value without the text: a string's value is its text, kept once. The engine
    /// copies scalars constantly, and each copy retained the same string twice.
    private var typed: Typed

    private enum Typed: Sendable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string
    }

    /// A `.string` value is `text` itself: its payload is not kept apart.
    public init(text: String, value: ScalarValue, style: ScalarStyle) {
        self.text = text
        self.style = style
        typed = Scalar.typed(value)
    }

    /// The parser's way in: `value` nil for a string (the text).
    init(text: String, valueUnlessString value: ScalarValue?, style: ScalarStyle) {
        self.text = text
        self.style = style
        typed = value.map(Scalar.typed) ?? .string
    }

    private static func typed(_ value: ScalarValue) -> Typed {
        switch value {
        case .null: .null
        case .bool(let b): .bool(b)
        case .int(let i): .int(i)
        case .float(let d): .float(d)
        case .string: .string
        }
    }

    /// The scalar's value under the YAML 1.2 core schema.
    public var value: ScalarValue {
        switch typed {
        case .null: .null
        case .bool(let b): .bool(b)
        case .int(let i): .int(i)
        case .float(let d): .float(d)
        case .string: .string(text)
        }
    }

    /// Whether the value is null, without making the value.
    public var isNull: Bool {
        if case .null = typed { return true }
        return false
    }

    /// The kind of the value, without making the value (a string's retains its text).
    public var kind: ScalarKind {
        switch typed {
        case .null: .null
        case .bool: .bool
        case .int: .int
        case .float: .float
        case .string: .string
        }
    }
}

/// The kinds of `ScalarValue`, for checks that ask only which it is.
public enum ScalarKind: Sendable {
    case null, bool, int, float, string
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

/// Appends nodes to the buffers of a future `NodeTree`; the parser's only way to make nodes.
/// The buffers become the tree's in `finish()` (no copy, no second allocation); a builder
/// that will not finish must `discard()` them.
struct NodeTreeBuilder {
    private var records: UnsafeMutablePointer<NodeRecord>?
    private var recordCount = 0
    private var recordCapacity = 0
    private var children: UnsafeMutablePointer<Int32>?
    private var childCount = 0
    private var childCapacity = 0
    private var scalars: UnsafeMutablePointer<Scalar>?
    private var scalarCount = 0
    private var scalarCapacity = 0
    private var tags: [String] = []

    /// Allocates nothing until the first node (an empty builder can be dropped).
    init(expectedNodes: Int = 0) {
        if expectedNodes > 0 {
            Self.grow(&records, count: 0, capacity: &recordCapacity, to: expectedNodes)
            Self.grow(&children, count: 0, capacity: &childCapacity, to: expectedNodes)
            Self.grow(&scalars, count: 0, capacity: &scalarCapacity, to: expectedNodes)
        }
    }

    /// Only scalars in key position get a key signature (the parser knows which they are).
    mutating func appendScalar(_ scalar: Scalar, range: SourceRange, tag: String?, isKey: Bool) -> Int {
        let isNull = scalar.isNull
        if scalarCount == scalarCapacity { Self.grow(&scalars, count: scalarCount, capacity: &scalarCapacity, to: 2 * scalarCapacity) }
        (scalars! + scalarCount).initialize(to: scalar)
        scalarCount += 1
        return appendRecord(NodeRecord(
            range: range, start: Int32(scalarCount - 1), count: 0, tag: tagIndex(tag), kind: .scalar,
            isNull: isNull, keyHash: isKey ? Node.hash(scalar.text) : 0))
    }

    /// A collection whose children, already appended, are `childIndices` (for a mapping, keys
    /// and values alternating).
    mutating func appendCollection(
        isMapping: Bool, childIndices: ArraySlice<Int32>, range: SourceRange, tag: String?
    ) -> Int {
        let start = childCount
        if childCount + childIndices.count > childCapacity {
            Self.grow(&children, count: childCount, capacity: &childCapacity, to: max(2 * childCapacity, childCount + childIndices.count))
        }
        for index in childIndices {
            (children! + childCount).initialize(to: index)
            childCount += 1
        }
        return appendRecord(NodeRecord(
            range: range, start: Int32(start), count: Int32(childIndices.count),
            tag: tagIndex(tag), kind: isMapping ? .mapping : .sequence, isNull: false, keyHash: 0))
    }

    /// The node at `index` again, placed elsewhere: an alias shows its anchor's content at its
    /// own position. It shares the anchor's children.
    mutating func appendCopy(of index: Int, at range: SourceRange) -> Int {
        var record = records![index]
        record.range = range
        if record.kind == .scalar, record.keyHash == 0 {
            record.keyHash = Node.hash(scalars![Int(record.start)].text)
        }
        return appendRecord(record)
    }

    private mutating func appendRecord(_ record: NodeRecord) -> Int {
        if recordCount == recordCapacity { Self.grow(&records, count: recordCount, capacity: &recordCapacity, to: 2 * recordCapacity) }
        (records! + recordCount).initialize(to: record)
        recordCount += 1
        return recordCount - 1
    }

    func range(of index: Int) -> SourceRange { records![index].range }

    /// The key signature of the scalar at `index`, or nil for a collection: read before the
    /// text, which costs a retain and a release to compare.
    func keyHash(of index: Int) -> Int? {
        let record = records![index]
        return record.kind == .scalar ? record.keyHash : nil
    }

    /// The text of the scalar at `index` with its key signature, or nil for a collection.
    func keyText(of index: Int) -> (text: String, hash: Int)? {
        let record = records![index]
        guard record.kind == .scalar else { return nil }
        return (scalars![Int(record.start)].text, record.keyHash)
    }

    private mutating func tagIndex(_ tag: String?) -> Int32 {
        guard let tag else { return -1 }
        tags.append(tag)
        return Int32(tags.count - 1)
    }

    /// Moves what was written into a buffer of at least `minimum` elements (at least 16).
    private static func grow<Element>(
        _ buffer: inout UnsafeMutablePointer<Element>?, count: Int, capacity: inout Int, to minimum: Int
    ) {
        let newCapacity = max(minimum, 16)
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        if let old = buffer {
            grown.moveInitialize(from: old, count: count)
            old.deallocate()
        }
        buffer = grown
        capacity = newCapacity
    }

    /// The tree, which takes the buffers over. The builder must not be used afterwards.
    consuming func finish() -> NodeTree {
        var builder = self
        if builder.records == nil { Self.grow(&builder.records, count: 0, capacity: &builder.recordCapacity, to: 1) }
        if builder.children == nil { Self.grow(&builder.children, count: 0, capacity: &builder.childCapacity, to: 1) }
        if builder.scalars == nil { Self.grow(&builder.scalars, count: 0, capacity: &builder.scalarCapacity, to: 1) }
        return NodeTree(
            records: builder.records!, children: builder.children!, scalars: builder.scalars!,
            scalarCount: builder.scalarCount, tags: builder.tags)
    }

    /// Frees the buffers of a tree that will not be made (a document with no root).
    consuming func discard() {
        records?.deallocate()
        children?.deallocate()
        scalars?.deinitialize(count: scalarCount)
        scalars?.deallocate()
    }
}
