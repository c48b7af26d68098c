/// The nodes of one document, side by side in a few arrays: a tree of thousands of nodes is a
/// handful of allocations, built by appending and freed at once (an object per node, with an
/// array of its children, cost more to allocate, count and free than the checks that read
/// them). Immutable once built, so a tree is shared between threads without locks.
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
