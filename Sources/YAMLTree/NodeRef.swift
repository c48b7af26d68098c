/// A node read without keeping its tree alive: for a walk during which something else holds
/// the tree (the engine's `Walk` holds the document's root for the whole evaluation). Each
/// `Node` made on the way is a retain and a release of the tree, which the walk would pay at
/// every step of every rule; a `NodeRef` pays none. Never keep one beyond such a walk.
/// (Sendable as its tree is: immutable; what is unchecked is only how long the tree lives.)
package struct NodeRef: @unchecked Sendable {
    private let tree: Unmanaged<NodeTree>
    let index: Int

    /// `node`'s place, valid while `node`'s tree is alive.
    package init(_ node: Node) {
        tree = .passUnretained(node.tree)
        index = node.index
    }

    private init(_ tree: Unmanaged<NodeTree>, _ index: Int) {
        self.tree = tree
        self.index = index
    }

    private var records: UnsafeMutablePointer<NodeRecord> { tree._withUnsafeGuaranteedRef { $0.records } }
    private var children: UnsafeMutablePointer<Int32> { tree._withUnsafeGuaranteedRef { $0.children } }
    private var scalars: UnsafeMutablePointer<Scalar> { tree._withUnsafeGuaranteedRef { $0.scalars } }

    /// The node itself, which keeps its tree alive: for the rare reads that need a `Node`.
    package var node: Node { Node(tree.takeUnretainedValue(), index) }

    package var isNull: Bool { records[index].isNull }

    /// From the first character of the node to just after its last one.
    package var range: SourceRange { records[index].range }

    package var scalar: Scalar? {
        let record = records[index]
        return record.kind == .scalar ? scalars[Int(record.start)] : nil
    }

    /// A scalar's text (without copying its typed value too).
    package var scalarText: String? {
        let record = records[index]
        return record.kind == .scalar ? scalars[Int(record.start)].text : nil
    }

    /// A scalar's typed value (without copying the scalar first); nil for a collection.
    package var scalarValue: ScalarValue? {
        let record = records[index]
        return record.kind == .scalar ? scalars[Int(record.start)].value : nil
    }

    /// The kind of a scalar's value; nil for a sequence or a mapping.
    package var scalarKind: ScalarKind? {
        let record = records[index]
        return record.kind == .scalar ? scalars[Int(record.start)].kind : nil
    }

    /// The text of a scalar whose value is a string; nil for anything else.
    package var stringText: String? {
        let record = records[index]
        guard record.kind == .scalar else { return nil }
        let scalar = scalars + Int(record.start)
        return scalar.pointee.kind == .string ? scalar.pointee.text : nil
    }

    package var isScalar: Bool { records[index].kind == .scalar }
    package var isSequence: Bool { records[index].kind == .sequence }
    package var isMapping: Bool { records[index].kind == .mapping }

    /// The number of items of a sequence or pairs of a mapping; 0 for a scalar.
    package var count: Int {
        let record = records[index]
        return record.kind == .mapping ? Int(record.count) / 2 : Int(record.count)
    }

    /// A sequence's item at `position` (< `count`).
    package func item(_ position: Int) -> NodeRef {
        NodeRef(tree, Int(children[Int(records[index].start) + position]))
    }

    /// A mapping's key and value at `position` (< `count`).
    package func key(_ position: Int) -> NodeRef {
        NodeRef(tree, Int(children[Int(records[index].start) + 2 * position]))
    }

    package func value(_ position: Int) -> NodeRef {
        NodeRef(tree, Int(children[Int(records[index].start) + 2 * position + 1]))
    }

    /// The position of the pair whose key is the plain string `key`, in a mapping that has one.
    package func position(ofKey key: String) -> Int? {
        let record = records[index]
        guard record.kind == .mapping else { return nil }
        return NodeTree.position(
            ofKey: key, pairsAt: Int(record.start), count: Int(record.count) / 2, records, children,
            scalars)
    }
}
