import Foundation
import YAMLTree

/// One evaluation of a rule set on one document: the checks walk the document's nodes in
/// place, and a check decides once, on the node, whether it holds. Only when it does not, and
/// the walk collects findings, does it build what a finding needs (path text, range, message).
/// Nearly every check holds on nearly every manifest, so the common way costs no text and no
/// allocation.
///
/// A class, used on one thread from start to end: every check of every rule receives it. The
/// path of the current place is kept here as a stack of steps, pushed and popped as the walk
/// goes down and back.
final class Walk {
    /// The document's root, which keeps the tree the walk's `NodeRef`s read alive.
    let root: Node
    /// The evaluation date (`today` in rule files), as a node.
    let todayNode: Node
    /// How far checks may go (list length walked, regex input).
    let limits: EvaluationLimits
    /// The limits met so far; the engine reports them as `yaml.limite`.
    let overruns = OverrunLog()

    /// What changes as the walk goes, behind a pointer: the walk reads and writes it at every
    /// step, and a class's stored properties would check exclusive access at run time on each.
    private let state: UnsafeMutablePointer<State>

    private struct State {
        var collecting = false
        var inCondition = false
        var failures: [Failure] = []
        var steps: [Step] = []
    }

    /// One step from the document: a segment, or a path walked in one go (most paths have no
    /// wildcard, and need no step of their own per segment).
    private enum Step {
        case segment(Path.Segment)
        case path(Path)
    }

    init(root: Node, today: LocalDate, limits: EvaluationLimits = .default) {
        self.root = root
        self.limits = limits
        todayNode = TodayNode.node(for: today)
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        state.pointee.steps.reserveCapacity(16)
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Whether failures are recorded with their texts (a rule's `then`), or only decided (a
    /// `when`, a `not`, the alternatives of an `any_of`).
    var collecting: Bool { state.pointee.collecting }
    /// In a `when`, an absent node does not satisfy `equals` or `in`: "when mission.type is
    /// lancement" must not hold for a manifest with no mission type.
    var inCondition: Bool { state.pointee.inCondition }
    /// What failed, while `collecting`.
    var failures: [Failure] { state.pointee.failures }
    var failureCount: Int { state.pointee.failures.count }
    /// How many steps the current place is from the document.
    var depth: Int { state.pointee.steps.count }

    /// The document itself, where rules and `{path: …}` operands start.
    var document: Place { Place(node: NodeRef(root), arrival: .document, baseDepth: 0) }

    /// The failures `body` finds, collected apart from the walk's own.
    func findings(_ body: () -> Void) -> [Failure] {
        let saved = (state.pointee.failures, state.pointee.collecting)
        (state.pointee.failures, state.pointee.collecting) = ([], true)
        body()
        let found = state.pointee.failures
        (state.pointee.failures, state.pointee.collecting) = saved
        return found
    }

    /// Whether `body` holds, decided without collecting texts.
    func decides(inCondition: Bool? = nil, _ body: () -> Bool) -> Bool {
        let saved = (state.pointee.collecting, state.pointee.inCondition)
        state.pointee.collecting = false
        if let inCondition { state.pointee.inCondition = inCondition }
        defer { (state.pointee.collecting, state.pointee.inCondition) = saved }
        return body()
    }

    /// Records that `place` fails, with the texts `why` builds (only when collecting). Returns
    /// false, for `return walk.fails(place) { … }`.
    func fails(_ place: Place, _ why: () -> Verdict) -> Bool {
        fails(at: target(place), why)
    }

    /// The same at a place the walk does not stand at (an unknown key of a `closed` map).
    func fails(at target: @autoclosure () -> Target, _ why: () -> Verdict) -> Bool {
        if state.pointee.collecting {
            let failure = Failure(at: target(), why())
            state.pointee.failures.append(failure)
        }
        return false
    }

    /// Where a finding at `place` points: the current path.
    func target(_ place: Place) -> Target {
        Target(path: path(), range: place.range, value: place.value?.node)
    }

    /// The current path as text, or the path of its first `depth` steps then `more`.
    func path(depth: Int? = nil, then more: [Path.Segment] = []) -> String {
        var text = ""
        for step in state.pointee.steps[..<(depth ?? self.depth)] {
            switch step {
            case .segment(let segment): text = Path.render(CollectionOfOne(segment), after: text)
            case .path(let path): text = Path.render(path.segments, after: text)
            }
        }
        return more.isEmpty ? text : Path.render(more, after: text)
    }

    /// `body`, one step further down: at `segment` below the current place.
    func down<Result>(_ segment: Path.Segment, _ body: () -> Result) -> Result {
        down(.segment(segment), body)
    }

    private func down<Result>(_ step: Step, _ body: () -> Result) -> Result {
        state.pointee.steps.append(step)
        defer { state.pointee.steps.removeLast() }
        return body()
    }
}

extension Walk {
    /// Calls `body` at every place `path` designates from `start` (each the base of its
    /// checks, unless `startIsBase`) and tells whether it held at all of them;
    /// when not collecting, stops at the first that does not.
    ///
    /// Wildcards over something absent or of the wrong kind designate nothing (whether the list
    /// exists is another check's job), and so does a path with a wildcard below a missing node;
    /// otherwise a key or index that is not there designates one missing place. A wildcard over
    /// a list or map longer than `maxListLength` designates nothing there, and the overrun is
    /// recorded.
    func forEach(_ path: Path, from start: Place, startIsBase: Bool = false, _ body: (Place) -> Bool) -> Bool {
        let base: Base? = startIsBase ? (start.node, depth) : nil
        guard path.hasWildcard || path.hasNegativeIndex else {
            // One place, present or missing: reached without a step per segment.
            var place = place(at: path, from: start)
            return down(.path(path)) {
                place.base = base.map(\.node) ?? place.node
                place.baseDepth = base?.depth ?? depth
                return body(place)
            }
        }
        return visit(path.segments[...], from: start, base: base, body)
    }

    private typealias Base = (node: NodeRef?, depth: Int)

    private func visit(
        _ segments: ArraySlice<Path.Segment>, from place: Place, base: Base?, _ body: (Place) -> Bool
    ) -> Bool {
        guard let segment = segments.first else {
            var place = place
            if let base {
                place.base = base.node
                place.baseDepth = base.depth
            } else {
                place.base = place.node
                place.baseDepth = depth
            }
            return body(place)
        }
        // A missing node designates one missing place, whatever follows.
        guard let node = place.node else { return missing(segments, below: place, base: base, body) }
        let rest = segments.dropFirst()
        switch segment {
        case .key(let name):
            guard let position = node.position(ofKey: name) else {
                return rest.contains(where: Path.Segment.isWildcard) || missing(segments, below: place, base: base, body)
            }
            return down(segment, to: Place(node: node.value(position), arrival: .key(node.key(position)), baseDepth: 0),
                rest, base: base, body)
        case .index(let index):
            guard node.isSequence, let position = Path.Segment.position(index, count: node.count) else {
                return rest.contains(where: Path.Segment.isWildcard) || missing(segments, below: place, base: base, body)
            }
            // `[-1]` is named by the position it reached, as findings show it (`phases[2]`).
            return down(.index(position), to: Place(node: node.item(position), arrival: .item, baseDepth: 0), rest,
                base: base, body)
        case .everyItem, .everyValue:
            let overItems = segment == .everyItem
            guard overItems ? node.isSequence : node.isMapping, mayWalk(node.count, at: place) else { return true }
            var holds = true
            for position in 0..<node.count {
                let reached = overItems
                    ? down(.index(position), to: Place(node: node.item(position), arrival: .item, baseDepth: 0), rest,
                        base: base, body)
                    : down(.key(node.key(position).scalarText ?? "?"),
                        to: Place(node: node.value(position), arrival: .key(node.key(position)), baseDepth: 0), rest,
                        base: base, body)
                if !reached {
                    holds = false
                    if !collecting { break }
                }
            }
            return holds
        }
    }

    private func down(
        _ segment: Path.Segment, to place: Place, _ rest: ArraySlice<Path.Segment>, base: Base?,
        _ body: (Place) -> Bool
    ) -> Bool {
        down(segment) { visit(rest, from: place, base: base, body) }
    }

    private func missing(
        _ segments: ArraySlice<Path.Segment>, below place: Place, base: Base?, _ body: (Place) -> Bool
    ) -> Bool {
        down(.path(Path(Array(segments)))) { visit([], from: Place(missingBelow: place), base: base, body) }
    }

    /// The one place a path without wildcards designates from `start`, as text-free as the
    /// walk: its node (nil when missing).
    func node(at path: Path, from start: NodeRef?) -> NodeRef? {
        var current = start
        for segment in path.segments {
            guard let node = current else { return nil }
            switch segment {
            case .key(let name): current = node.position(ofKey: name).map(node.value)
            case .index(let index):
                current = node.isSequence ? Path.Segment.position(index, count: node.count).map(node.item) : nil
            case .everyItem, .everyValue: preconditionFailure("node(at:from:) takes paths without wildcards")
            }
        }
        return current
    }

    /// The place a path without wildcards designates from `start`, present or missing.
    func place(at path: Path, from start: Place) -> Place {
        var place = start
        for segment in path.segments {
            guard let node = place.node else { break }  // missing: so is everything below
            switch segment {
            case .key(let name):
                guard let position = node.position(ofKey: name) else { return Place(missingBelow: place) }
                place = Place(node: node.value(position), arrival: .key(node.key(position)), baseDepth: 0)
            case .index(let index):
                guard node.isSequence, let position = Path.Segment.position(index, count: node.count) else {
                    return Place(missingBelow: place)
                }
                place = Place(node: node.item(position), arrival: .item, baseDepth: 0)
            case .everyItem, .everyValue: preconditionFailure("place(at:from:) takes paths without wildcards")
            }
        }
        return place
    }
}

extension Walk {
    /// Whether a check may walk `count` items of the node at `place`; records the overrun
    /// (once per place) when not.
    func mayWalk(_ count: Int, at place: Place) -> Bool {
        guard count > limits.maxListLength else { return true }
        overruns.record(LimitOverrun(
            kind: .listLength(count: count, limit: limits.maxListLength), path: path(), range: place.range))
        return false
    }

    /// Records that the regex engine gave up on a `pattern` at `place`: an engine finding.
    func recordUndecidedPattern(_ pattern: String, at place: Place) {
        overruns.record(LimitOverrun(kind: .patternUndecided(pattern: pattern), path: path(), range: place.range))
    }

    /// Whether a regex may run on `text` at `place`; records the overrun when not.
    func mayMatch(_ text: String, at place: Place) -> Bool {
        // utf8.count is O(1) on native strings and an upper bound of the scalar count.
        guard text.utf8.count > limits.maxPatternInput else { return true }
        let length = text.unicodeScalars.count
        guard length > limits.maxPatternInput else { return true }
        overruns.record(LimitOverrun(
            kind: .patternInput(length: length, limit: limits.maxPatternInput), path: path(), range: place.range))
        return false
    }
}

/// The evaluation date as a node, made once per date rather than for every document (a node is
/// a small tree of its own: several allocations).
private enum TodayNode {
    private static let cache = Cache()

    private final class Cache: @unchecked Sendable {
        let lock = NSLock()
        var last: (date: LocalDate, node: Node)?
    }

    static func node(for date: LocalDate) -> Node {
        cache.lock.lock()
        defer { cache.lock.unlock() }
        if let last = cache.last, last.date == date { return last.node }
        let text = date.description
        let node = Node(scalar: Scalar(text: text, value: .string(text), style: .plain), range: SourceRange(at: .start))
        cache.last = (date, node)
        return node
    }
}

/// Why a place does not satisfy a check, in plain language.
struct Failure: Sendable {
    var target: Target
    /// The check's own account: "au moins 50 caractères, 34 trouvés".
    var detail: LocalizedText
    /// What would have been accepted: "au moins 50 caractères".
    var expected: LocalizedText
    var suggestion: String?

    init(at target: Target, _ verdict: Verdict) {
        self.target = target
        detail = verdict.detail
        expected = verdict.expected
        suggestion = verdict.suggestion
    }
}

/// A check's account of a failure, built only when it fails.
struct Verdict {
    var detail: LocalizedText
    var expected: LocalizedText
    var suggestion: String?

    init(_ detail: LocalizedText, expected: LocalizedText, suggestion: String? = nil) {
        self.detail = detail
        self.expected = expected
        self.suggestion = suggestion
    }
}
