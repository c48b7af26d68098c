import YAMLTree

// Quick verdicts: whether a rule holds, decided on nodes alone.
//
// Nearly every rule holds on nearly every manifest, and finding that out through targets (a
// path, two ranges and a trail per place looked at, copied from check to check) cost several
// times the checks themselves. So the engine first asks each rule the plain question, with
// `Check.holds(_:base:in:)` walking nodes only; it builds targets and findings, through
// `evaluate`, only when the answer is no or unknown. A check that cannot answer exactly
// (it would record a limit, or it needs a target) says nil, and the rule takes the long way:
// the two ways can differ in speed, never in result. `QuickVerdictTests` compares them.

/// Combines the verdicts of several checks or places: false as soon as one fails (then the
/// others do not matter), otherwise nil if one could not tell, otherwise true.
struct QuickVerdict {
    private(set) var result: Bool? = true

    /// Adds one verdict; returns false once the whole is known to fail.
    mutating func add(_ verdict: Bool?) -> Bool {
        switch verdict {
        case false?:
            result = false
            return false
        case nil:
            result = nil
            return true
        case true?:
            return true
        }
    }
}

extension Rule {
    /// Whether the rule finds nothing in the document: true or false when the quick way can
    /// tell, nil when only `failures(in:)` can.
    func quickHolds(in context: CheckContext) -> Bool? {
        guard let given else { return then.holds(at: nil, in: context) }
        var verdict = QuickVerdict()
        for path in given {
            guard verdict.add(then.holds(at: path, in: context)) else { break }
        }
        return verdict.result
    }
}

extension CheckGroup {
    /// The quick form of the group on every node `path` designates from the document's root
    /// (on the root itself without a path): how a rule's `then` meets its `given`, and a `when`
    /// clause its `path`.
    func holds(at path: Path?, in context: CheckContext) -> Bool? {
        let root = context.root
        guard let path else { return holds(root, base: root, in: context) }
        if !path.hasWildcard {  // spelled out, as in `holds(_:base:in:)`
            let reached = path.singleNode(from: root)
            return holds(reached, base: reached, in: context)
        }
        return path.forEachNode(from: root, in: context) { holds($0, base: $0, in: context) }
    }

    /// The quick form of `evaluate(_:in:)(…).isEmpty` on the target whose node is `node`.
    func holds(_ node: NodeRef?, base: NodeRef?, in context: CheckContext) -> Bool? {
        guard let field else { return checksHold(node, base: base, in: context) }
        // Below a `field:`, the checks' base is the node the group is written for. The one-node
        // case is spelled out: the closure below captures the group, a retain of its arrays
        // for every group of every rule.
        if !field.hasWildcard { return checksHold(field.singleNode(from: node), base: node, in: context) }
        return field.forEachNode(from: node, in: context) { checksHold($0, base: node, in: context) }
    }

    private func checksHold(_ node: NodeRef?, base: NodeRef?, in context: CheckContext) -> Bool? {
        var verdict = QuickVerdict()
        // By index: `for check in checks` copied each existential out of the array first.
        for i in checks.indices {
            guard verdict.add(checks[i].holds(node, base: base, in: context)) else { break }
        }
        return verdict.result
    }
}

extension Path {
    /// Calls `body` with each node this path designates from `node` (nil for a missing one),
    /// exactly as `Target.resolve` lists them, and combines the verdicts. Nil, without calling
    /// `body` further, where a wildcard meets a list longer than `maxListLength`: the long way
    /// records that limit.
    ///
    func forEachNode(from node: NodeRef?, in context: CheckContext, _ body: (NodeRef?) -> Bool?) -> Bool? {
        guard hasWildcard else { return body(singleNode(from: node)) }
        return walk(segments[...], from: node, limit: context.limits.maxListLength, body)
    }

    /// The one node a path without wildcards designates from `node`; nil when it is missing.
    func singleNode(from node: NodeRef?) -> NodeRef? {
        var current = node
        for segment in segments {
            guard let node = current else { return nil }
            switch segment {
            case .key(let name): current = node[name]
            case .index(let index):
                guard node.isSequence, let position = Path.Segment.position(index, count: node.count) else { return nil }
                current = node.item(position)
            case .everyItem, .everyValue:
                preconditionFailure("singleNode takes paths without wildcards")
            }
        }
        return current
    }

    /// The first node this path designates from `node`, as `Target.resolveFirst`: `.some(nil)`
    /// when it is missing or nothing is designated, nil when a limit keeps it from telling.
    func firstNode(from node: NodeRef?, in context: CheckContext) -> NodeRef?? {
        var first: NodeRef?? = .some(nil)
        let walked = forEachNode(from: node, in: context) { reached in
            first = .some(reached)
            return false  // stops the walk
        }
        return walked == nil ? nil : first
    }

    private func walk(
        _ segments: ArraySlice<Segment>, from node: NodeRef?, limit: Int, _ body: (NodeRef?) -> Bool?
    ) -> Bool? {
        // A missing node designates one missing target, whatever follows.
        guard let node, let segment = segments.first else { return body(node) }
        let rest = segments.dropFirst()
        switch segment {
        case .key(let name):
            if let value = node[name] { return walk(rest, from: value, limit: limit, body) }
            return missingOrNothing(segments, body)
        case .index(let index):
            if node.isSequence, let position = Path.Segment.position(index, count: node.count) {
                return walk(rest, from: node.item(position), limit: limit, body)
            }
            return missingOrNothing(segments, body)
        case .everyItem, .everyValue:
            // Over something of the wrong kind, a wildcard designates nothing.
            let overItems = segment == .everyItem
            guard overItems ? node.isSequence : node.isMapping else { return true }
            guard node.count <= limit else { return nil }
            var verdict = QuickVerdict()
            for position in 0..<node.count {
                let child = overItems ? node.item(position) : node.value(position)
                guard verdict.add(walk(rest, from: child, limit: limit, body)) else { break }
            }
            return verdict.result
        }
    }

    /// A key or index that is not there: one missing target, unless a wildcard follows (then
    /// nothing is designated, as `Target.resolve` does).
    private func missingOrNothing(_ segments: ArraySlice<Segment>, _ body: (NodeRef?) -> Bool?) -> Bool? {
        segments.contains(where: Segment.isWildcard) ? true : body(nil)
    }
}

extension Target {
    /// A target that stands for nowhere, for the quick verdict of checks whose `verdict` reads
    /// only the node (their messages are built, and thrown away, only when they fail).
    static let nowhere = Target(
        node: nil, trail: nil, range: SourceRange(at: .start), anchor: SourceRange(at: .start))
}

extension ValueCheck {
    /// The quick verdict of a check about a node's value that reads nothing else: absent or
    /// null holds; otherwise its `verdict`.
    func valueHolds(_ node: NodeRef?, in context: CheckContext) -> Bool {
        guard let node, !node.isNull else { return true }
        return verdict(on: node.node, at: .nowhere, in: context) == nil
    }
}
