import YAMLTree

/// The other side of a comparison: `today`, a literal, `{path: …}` (absolute) or `{field: …}`
/// (relative to the node the check group applies to: the sibling of its `field:`).
enum Operand: Sendable, CustomStringConvertible {
    case today
    case literal(Node)
    case path(Path)
    case field(Path)

    /// As a rule file writes it.
    var description: String {
        switch self {
        case .today: "today"
        case .literal(let node): node.displayText
        case .path(let path): "{path: \(path)}"
        case .field(let path): "{field: \(path)}"
        }
    }

    /// The node compared with, and how to name it in a message; nil when it is absent or null
    /// (the comparison then holds: that absence is some `required`'s job).
    func resolve(at place: Place, in walk: Walk) -> Resolved? {
        switch self {
        case .today: return Resolved(node: NodeRef(walk.todayNode), origin: .today)
        case .literal(let node): return Resolved(node: NodeRef(node), origin: .literal)
        case .path(let path):
            let start = NodeRef(walk.root)
            return Operand.found(walk.node(at: path, from: start), .manifest(depth: 0, path, from: start))
        case .field(let path):
            // Relative to the node the checks are written for, not to their own `field:`.
            return Operand.found(
                walk.node(at: path, from: place.base), .manifest(depth: place.baseDepth, path, from: place.base))
        }
    }

    private static func found(_ node: NodeRef?, _ origin: Resolved.Origin) -> Resolved? {
        guard let node, !node.isNull else { return nil }
        return Resolved(node: node, origin: origin)
    }

    /// "le 2023-09-04 (investigation.debut)", "2 (mission.nombre_eig)": French names a day
    /// with its article, so that "après le …" and "aujourd'hui ou avant" both read well.
    fileprivate static func label(_ node: Node, path: String?) -> LocalizedText {
        let place = path.map { " (\($0))" } ?? ""
        if let scalar = node.scalar, LocalDate(scalar.text) != nil, case .string = scalar.value {
            return LocalizedText("le \(scalar.text)\(place)", "\(scalar.text)\(place)")
        }
        return LocalizedText("\(node.displayText)\(place)", "\(node.displayText)\(place)")
    }

    /// The other side of a comparison, read in place. Its name in messages is only built when
    /// a check fails, from the walk that resolved it.
    struct Resolved {
        enum Origin {
            case today
            case literal
            /// Read from the manifest, at `path` from `start`, the node the first `depth` steps
            /// of the walk reach.
            case manifest(depth: Int, Path, from: NodeRef?)
        }

        var node: NodeRef
        var origin: Origin

        /// How to name it in a message: "2023-12-15 (investigation.debut)", "aujourd'hui (…)".
        func label(in walk: Walk) -> LocalizedText {
            switch origin {
            case .today:
                let text = node.scalarText ?? ""
                return LocalizedText("aujourd'hui (\(text))", "today (\(text))")
            case .literal: return Operand.label(node.node, path: nil)
            case .manifest: return Operand.label(node.node, path: path(in: walk))
            }
        }

        /// The manifest path it was read from, when it was.
        func path(in walk: Walk) -> String? {
            guard case .manifest(let depth, let path, let start) = origin else { return nil }
            return walk.path(depth: depth, then: Resolved.concrete(path, from: start))
        }

        /// The path with each `[-1]` named by the position it reached (`phases[1]`), as the
        /// walk names the places it visits.
        private static func concrete(_ path: Path, from start: NodeRef?) -> [Path.Segment] {
            guard path.hasNegativeIndex else { return path.segments }
            var node = start
            var segments: [Path.Segment] = []
            for segment in path.segments {
                switch segment {
                case .key(let name):
                    segments.append(segment)
                    node = node.flatMap { node in node.position(ofKey: name).map(node.value) }
                case .index(let index):
                    let position = node.flatMap { Path.Segment.position(index, count: $0.count) }
                    segments.append(.index(position ?? index))
                    node = position.flatMap { node?.item($0) }
                case .everyItem, .everyValue:
                    segments.append(segment)  // operands designate one node: never here
                }
            }
            return segments
        }
    }
}

extension Operand {
    /// Reads `today`, `{path: …}`, `{field: …}`, or (when `literals` allows) a scalar.
    static func compile(
        _ option: Node, check: String, literals: Bool, decoder: RuleDecoder
    ) -> Operand? {
        if let scalar = option.scalar {
            if scalar.value == .string("today") { return .today }
            if literals, scalar.value != .null { return .literal(option) }
            decoder.report(option.range,
                fr: "« \(check) » attend today, {path: …} ou {field: …}",
                en: "'\(check)' expects today, {path: …} or {field: …}")
            return nil
        }
        guard let pairs = option.pairs, pairs.count == 1, let key = pairs[0].key.scalar?.text,
            key == "path" || key == "field"
        else {
            decoder.report(option.range,
                fr: "« \(check) » attend today, {path: …} ou {field: …}",
                en: "'\(check)' expects today, {path: …} or {field: …}")
            return nil
        }
        guard let path = decoder.path(pairs[0].value, singleNode: true) else { return nil }
        return key == "path" ? .path(path) : .field(path)
    }
}

extension Operand {
    /// How an explanation names the other side: "aujourd'hui", `investigation.debut`, "le
    /// champ `debut`" (relative to the node checked), or the literal.
    var explanationLabel: LocalizedPhrase { explanationLabel(afterÀ: false) }

    /// The same name after the French preposition « à », which contracts with « le »: "au
    /// champ `debut`", "au `2024-01-01`", "à aujourd'hui", "à `investigation.debut`".
    var explanationLabelAfterÀ: LocalizedPhrase { explanationLabel(afterÀ: true) }

    private func explanationLabel(afterÀ: Bool) -> LocalizedPhrase {
        let article = afterÀ ? "au " : "le "  // before a date or "champ"
        let bare = afterÀ ? "à " : ""  // before anything else
        switch self {
        case .today: return LocalizedPhrase("\(bare)aujourd'hui", "today")
        case .literal(let node):
            if let scalar = node.scalar, LocalDate(scalar.text) != nil {
                return LocalizedPhrase("\(article)\(code: scalar.text)", "\(code: scalar.text)")
            }
            return LocalizedPhrase("\(bare)\(code: node.displayText)", "\(code: node.displayText)")
        case .path(let path): return LocalizedPhrase("\(bare)\(code: path)", "\(code: path)")
        case .field(let path): return LocalizedPhrase("\(article)champ \(code: path)", "field \(code: path)")
        }
    }

    /// "à" before a label of `Resolved.label`, contracted with its article: "égal au 2024-01-01".
    static func afterÀ(_ label: String) -> String {
        label.hasPrefix("le ") ? "au " + label.dropFirst(3) : "à " + label
    }

    /// Whether the comparison is between dates: known for `today` and literals, guessed from
    /// the group's `type:` for other nodes; nil when nothing says.
    func isDate(given types: [TypeIs.Kind]) -> Bool? {
        switch self {
        case .today: return true
        case .literal(let node): return Ordered(node)?.isDate
        case .path, .field:
            if types.contains(.date) { return true }
            if types.contains(.integer) || types.contains(.number) { return false }
            return nil
        }
    }
}

/// A check that compares a node with an operand (`after`, `min`, `length`…): reaching the
/// operand is common to all of them, and each holds when its operand is absent.
protocol OperandCheck: ValueCheck {
    var operand: Operand { get }
    /// `check(_:in:)` on a node that is there, against the operand's value.
    func check(value: NodeRef, against resolved: Operand.Resolved, at place: Place, in walk: Walk) -> Bool
}

extension OperandCheck {
    func check(value: NodeRef, at place: Place, in walk: Walk) -> Bool {
        guard let resolved = operand.resolve(at: place, in: walk) else { return true }
        return check(value: value, against: resolved, at: place, in: walk)
    }
}
