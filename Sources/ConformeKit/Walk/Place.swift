import YAMLTree

/// Where the walk stands: a node read in place, or the place where an expected node is
/// missing. Missing places are first-class so that `required` can say where the author should
/// write the key, and everything else can hold quietly. What a finding needs (its path text,
/// its range) is worked out from a place only when a check fails there.
struct Place {
    /// How the walk came to a node: what decides where a finding about it points.
    enum Arrival {
        case document
        case item
        /// As the value of this key.
        case key(NodeRef)
    }

    /// The node; nil when nothing is written here.
    let node: NodeRef?
    /// The last node that exists on the way here: `node` itself unless it is missing.
    let reached: NodeRef
    /// How `reached` was reached.
    let arrival: Arrival
    /// The node a check group is written for, where its `{field: …}` operands are read, and
    /// the depth of its path in the walk's steps: `{field: fin, after: {field: debut}}`
    /// compares `fin` with its sibling `debut`.
    var base: NodeRef?
    var baseDepth: Int

    init(node: NodeRef, arrival: Arrival, baseDepth: Int) {
        self.node = node
        reached = node
        self.arrival = arrival
        base = node
        self.baseDepth = baseDepth
    }

    /// What is missing below `parent` (with the segments the walk pushes for it).
    init(missingBelow parent: Place) {
        node = nil
        reached = parent.reached
        arrival = parent.arrival
        base = parent.base
        baseDepth = parent.baseDepth
    }

    /// The node, unless absent or null: what every check but `required` needs to see.
    var value: NodeRef? {
        guard let node, !node.isNull else { return nil }
        return node
    }

    /// Where a finding about this place points: the value, or the key when the value is null
    /// (there is nothing to underline), or the closest existing ancestor when missing.
    var range: SourceRange {
        guard let node else { return anchor }
        switch arrival {
        // The whole document is no place to underline: its start.
        case .document: return SourceRange(at: node.range.start)
        case .key(let key) where node.isNull: return key.range
        case .key, .item: return node.range
        }
    }

    /// Where a finding about a missing child of `reached` points: its key, or for a list item
    /// its first line, or for the document its start.
    var anchor: SourceRange {
        switch arrival {
        case .document: SourceRange(at: reached.range.start)
        case .item: Place.firstLine(of: reached)
        case .key(let key): key.range
        }
    }

    /// A list item has no key: point at its first entry (`profil: direction-produit`) rather
    /// than at the whole multi-line item.
    static func firstLine(of node: NodeRef) -> SourceRange {
        let range = node.range
        guard node.isMapping, node.count > 0 else { return range }
        let key = node.key(0).range
        let value = node.value(0)
        if value.isScalar, value.range.start.line == key.start.line, value.range.end.offset > key.end.offset {
            return SourceRange(start: range.start, end: value.range.end)
        }
        return SourceRange(start: range.start, end: key.end)
    }
}

/// Where a finding points: made only for a failure, from the place the walk stands at.
struct Target {
    /// The concrete path (`mission.voeux[1].profil`); "" for the document itself.
    var path: String
    var range: SourceRange
    /// The node, unless absent or null (`{value}` in messages).
    var value: Node?
}
