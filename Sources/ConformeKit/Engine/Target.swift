import YAMLTree

/// A place a check looks at: a node of the manifest, or the place where an expected node is
/// missing. Missing nodes are first-class so that `required` can say where the author should
/// write the key, and everything else can hold quietly.
struct Target: Sendable {
    /// The node, or nil when nothing is written at `path`.
    var node: Node?
    /// How the target was reached: the steps of `trail`, then `pending`. Its text is only
    /// built when a finding needs it.
    var trail: PathTrail?
    /// The segments of a path walked in one go (`investigation.debut`), kept as the rule's own
    /// array rather than put in a trail: most such targets never need their path, and a trail is
    /// an allocation. `materialized()` puts them in the trail before children share it.
    var pending: [Path.Segment] = []
    /// Where a finding about this target points: the value, or the key when the value is null
    /// (there is nothing to underline), or the closest existing ancestor when missing.
    var range: SourceRange
    /// Where a finding about a missing child of this target points: its key, or for a list
    /// element its first line, or for the document its start.
    var anchor: SourceRange
    /// For a target reached through a check's `field:`, the node the checks were written for:
    /// `{field: fin, after: {field: debut}}` compares `fin` with its sibling `debut`.
    var base: TargetBox? = nil

    init(node: Node?, path: String, range: SourceRange, anchor: SourceRange, base: TargetBox? = nil) {
        self.init(node: node, trail: path.isEmpty ? nil : PathTrail(path), range: range, anchor: anchor, base: base)
    }

    init(
        node: Node?, trail: PathTrail?, pending: [Path.Segment] = [], range: SourceRange,
        anchor: SourceRange, base: TargetBox? = nil
    ) {
        self.node = node
        self.trail = trail
        self.pending = pending
        self.range = range
        self.anchor = anchor
        self.base = base
    }

    /// The concrete path (`mission.voeux[1].profil`); "" for the document itself.
    var path: String {
        let reached = trail?.text ?? ""
        return pending.isEmpty ? reached : Path.render(pending, after: reached)
    }

    /// The whole way here as one trail, for targets below this one.
    var fullTrail: PathTrail? { pending.isEmpty ? trail : PathTrail(trail, pending) }

    /// The same target with its pending segments in its trail: done once before several
    /// targets below it are made, so that they share one trail.
    func materialized() -> Target {
        guard !pending.isEmpty else { return self }
        var target = self
        target.trail = fullTrail
        target.pending = []
        return target
    }

    /// The node, unless absent or null: what every check but `required` needs to see.
    var value: Node? {
        guard let node, !node.isNull else { return nil }
        return node
    }

    static func document(_ root: Node) -> Target {
        // The whole document is no place to underline: point at its start.
        let start = SourceRange(at: root.range.start)
        return Target(node: root, path: "", range: start, anchor: start)
    }

    static func entry(_ pair: Pair, in parent: Target, name: String) -> Target {
        let range = pair.value.isNull ? pair.key.range : pair.value.range
        return Target(
            node: pair.value, trail: PathTrail(parent.fullTrail, step: .key(name)), range: range,
            anchor: pair.key.range)
    }

    static func item(_ node: Node, at index: Int, in parent: Target) -> Target {
        return Target(
            node: node, trail: PathTrail(parent.fullTrail, step: .index(index)), range: node.range,
            anchor: Target.firstLine(of: node))
    }

    /// What is missing below `parent`: reported where the parent is.
    static func missing(_ rest: ArraySlice<Path.Segment>, below parent: Target) -> Target {
        Target(node: nil, trail: parent.fullTrail, pending: Array(rest), range: parent.anchor, anchor: parent.anchor)
    }

    /// A list element has no key: point at its first entry (`profil: direction-produit`)
    /// rather than at the whole multi-line element.
    static func firstLine(of node: Node) -> SourceRange {
        guard let first = node.pairs?.first else { return node.range }
        let value = first.value
        if value.scalar != nil, value.range.start.line == first.key.range.start.line,
            value.range.end.offset > first.key.range.end.offset
        {
            return SourceRange(start: node.range.start, end: value.range.end)
        }
        return SourceRange(start: node.range.start, end: first.key.range.end)
    }
}

extension Target {
    /// Every target `path` designates from here. Wildcards over something absent or of the
    /// wrong kind designate nothing (whether the list exists is another check's job), and so
    /// does a path with a wildcard below a missing node; otherwise a key or index that is not
    /// there designates one missing target.
    ///
    /// With a context, a wildcard over a list or map longer than its `maxListLength` designates
    /// nothing there, and the overrun is recorded.
    func resolve(_ path: Path, in context: CheckContext? = nil) -> [Target] {
        if node != nil, !path.hasWildcard {
            return [resolveSingle(path.segments)]
        }
        if node == nil {
            return [Target(node: nil, trail: fullTrail, pending: path.segments, range: range, anchor: anchor)]
        }
        var current = [self]
        var remaining = path.segments[...]
        while let segment = remaining.first {
            var next: [Target] = []
            next.reserveCapacity(current.count)
            for target in current {
                // Its children share its trail (a wildcard makes several).
                let target = target.materialized()
                guard target.node != nil else {
                    next.append(target)  // already missing: nothing more to walk
                    continue
                }
                switch segment {
                case .key(let name):
                    if let pair = target.node?.pair(forKey: name) {
                        next.append(.entry(pair, in: target, name: name))
                    } else if !remaining.contains(where: Path.Segment.isWildcard) {
                        next.append(.missing(remaining, below: target))
                    }
                case .index(let index):
                    if let items = target.node?.items, let position = Path.Segment.position(index, count: items.count) {
                        next.append(.item(items[position], at: position, in: target))
                    } else if !remaining.contains(where: Path.Segment.isWildcard) {
                        next.append(.missing(remaining, below: target))
                    }
                case .everyItem:
                    guard let items = target.node?.items else { continue }
                    if let context, !context.mayWalk(items.count, at: target) { continue }
                    next.reserveCapacity(next.count + items.count)
                    for (index, item) in items.enumerated() {
                        next.append(.item(item, at: index, in: target))
                    }
                case .everyValue:
                    guard let pairs = target.node?.pairs else { continue }
                    if let context, !context.mayWalk(pairs.count, at: target) { continue }
                    next.reserveCapacity(next.count + pairs.count)
                    for pair in pairs {
                        let name = pair.key.scalar?.text ?? "?"
                        next.append(.entry(pair, in: target, name: name))
                    }
                }
            }
            current = next
            remaining = remaining.dropFirst()
        }
        return current
    }
}

extension Target {
    /// Calls `body` with every target `path` designates, as `resolve` lists them, without
    /// building an array for the common path that designates one node.
    func forEachTarget(_ path: Path, in context: CheckContext?, _ body: (Target) -> Void) {
        if node != nil, !path.hasWildcard {
            body(resolveSingle(path.segments))
        } else {
            for target in resolve(path, in: context) { body(target) }
        }
    }

    /// The first target `path` designates (the only one for a path without wildcards).
    func resolveFirst(_ path: Path, in context: CheckContext?) -> Target? {
        if node != nil, !path.hasWildcard { return resolveSingle(path.segments) }
        return resolve(path, in: context).first
    }
}

extension Target {
    /// A path without wildcards designates exactly one target: walk it without the arrays and
    /// intermediate trails of the general case (most paths of a rule set are of this kind).
    private func resolveSingle(_ segments: [Path.Segment]) -> Target {
        // Only the node and its two ranges change along the way: no target is built until the
        // end (building one per step, with its copies and releases, was most of this walk).
        var node = self.node!
        var range = self.range
        var anchor = self.anchor
        // `[-1]` is named by the position it reached, as findings show it (`phases[2]`).
        var segments = segments
        for (step, segment) in segments.enumerated() {
            switch segment {
            case .key(let name):
                guard let pair = node.pair(forKey: name) else {
                    return missingAfter(segments, anchor: anchor)
                }
                range = pair.value.isNull ? pair.key.range : pair.value.range
                anchor = pair.key.range
                node = pair.value
            case .index(let index):
                guard case .sequence(let items) = node.content,
                    let position = Path.Segment.position(index, count: items.count)
                else {
                    return missingAfter(segments, anchor: anchor)
                }
                if position != index { segments[step] = .index(position) }
                node = items[position]
                range = node.range
                anchor = Target.firstLine(of: node)
            case .everyItem, .everyValue:
                preconditionFailure("resolveSingle takes paths without wildcards")
            }
        }
        return Target(node: node, trail: fullTrail, pending: segments, range: range, anchor: anchor)
    }

    /// Nothing at the next segment: reported at the last node reached, with the full path.
    private func missingAfter(_ segments: [Path.Segment], anchor: SourceRange) -> Target {
        Target(node: nil, trail: fullTrail, pending: segments, range: anchor, anchor: anchor)
    }
}

/// The steps from the document to a target, shared with the targets reached on the way. Most
/// targets never need their path as text (only findings do), so it is rendered on demand.
final class PathTrail: Sendable {
    let parent: PathTrail?
    /// One step, the common case (a key or an index below the parent): kept without an array.
    let step: Path.Segment?
    let segments: [Path.Segment]
    /// A path given as text (`Target(node:path:…)`).
    let prefix: String

    init(_ parent: PathTrail?, _ segments: [Path.Segment]) {
        self.parent = parent
        self.step = nil
        self.segments = segments
        self.prefix = ""
    }

    init(_ parent: PathTrail?, step: Path.Segment) {
        self.parent = parent
        self.step = step
        self.segments = []
        self.prefix = ""
    }

    init(_ text: String) {
        parent = nil
        step = nil
        segments = []
        prefix = text
    }

    var text: String {
        var chain: [PathTrail] = []
        var current: PathTrail? = self
        while let step = current {
            chain.append(step)
            current = step.parent
        }
        var rendered = ""
        for step in chain.reversed() {
            let base = step.prefix.isEmpty ? rendered : step.prefix
            rendered = step.step.map { Path.render(CollectionOfOne($0), after: base) }
                ?? Path.render(step.segments, after: base)
        }
        return rendered
    }
}

/// A target kept by reference, so that a target can name the one it was reached from.
final class TargetBox: Sendable {
    let target: Target

    init(_ target: Target) { self.target = target }
}
