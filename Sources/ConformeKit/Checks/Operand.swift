import YAMLTree

/// The other side of a comparison: `today`, a literal, `{path: …}` (absolute) or `{field: …}`
/// (relative to the node the check group applies to: the sibling of its `field:`).
enum Operand: Sendable {
    case today
    case literal(Node)
    case path(Path)
    case field(Path)

    /// `{field: …}`: read relative to the node the check's group is written for.
    var isRelative: Bool {
        if case .field = self { return true }
        return false
    }

    /// The node compared with, and how to name it in a message; nil when it is absent (the
    /// comparison then holds: that absence is some `required`'s job).
    func resolve(from target: Target, in context: CheckContext) -> Resolved? {
        switch self {
        case .today:
            return Resolved(node: context.todayNode, origin: .today)
        case .literal(let node):
            return Resolved(node: node, origin: .literal)
        case .path(let path):
            return Operand.found(context.document.resolveFirst(path, in: context))
        case .field(let path):
            // Relative to the node the checks are written for, not to their own `field:`.
            return Operand.found((target.base?.target ?? target).resolveFirst(path, in: context))
        }
    }

    /// `resolve(from:in:)` on nodes, for quick verdicts: `base` is the node of the target's
    /// base, or of the target itself when it has none. Nil when it cannot tell (a limit).
    func quickResolve(base: NodeRef?, in context: CheckContext) -> Resolved?? {
        let start: NodeRef?
        let path: Path
        switch self {
        case .today: return Resolved(node: context.todayNode, origin: .today)
        case .literal(let node): return Resolved(node: node, origin: .literal)
        case .path(let absolute): (start, path) = (context.root, absolute)
        case .field(let relative): (start, path) = (base, relative)
        }
        guard let first = path.firstNode(from: start, in: context) else { return nil }
        guard let node = first, !node.isNull else { return .some(nil) }
        // Named as a literal: a quick verdict never shows the name.
        return Resolved(node: node.node, origin: .literal)
    }

    private static func found(_ target: Target?) -> Resolved? {
        guard let target, let node = target.value else { return nil }
        return Resolved(node: node, origin: .manifest(target))
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

    /// The other side of a comparison. Its name in messages is only built when a check fails:
    /// comparisons run on every manifest and nearly always hold, and rendering a path and a
    /// label each time was the larger part of their cost.
    struct Resolved {
        enum Origin {
            case today
            case literal
            /// Read from the manifest, at this target.
            case manifest(Target)
        }

        var node: Node
        var origin: Origin

        /// How to name it in a message: "2023-12-15 (investigation.debut)", "aujourd'hui (…)".
        var label: LocalizedText {
            switch origin {
            case .today:
                let text = node.scalar?.text ?? ""
                return LocalizedText("aujourd'hui (\(text))", "today (\(text))")
            case .literal: return Operand.label(node, path: nil)
            case .manifest(let target): return Operand.label(node, path: target.path)
            }
        }

        /// The manifest path it was read from, when it was.
        var path: String? {
            if case .manifest(let target) = origin { return target.path }
            return nil
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

/// A check that compares a node with an operand (`after`, `min`, `length`…): it names its
/// operand and judges a node against the operand's resolved value; reaching the operand, from a
/// target or on nodes alone, is common to all of them.
protocol OperandCheck: ValueCheck {
    var operand: Operand { get }
    /// nil when `node` satisfies the check against `resolved` (nil: the operand is absent).
    func verdict(on node: Node, against resolved: Operand.Resolved?) -> Verdict?
    /// The same question answered on the node read in place, for quick verdicts: whether it
    /// holds, or nil to ask `verdict`.
    func holds(_ node: NodeRef, against resolved: Operand.Resolved) -> Bool?
}

extension OperandCheck {
    /// A `{field: …}` operand is read from the node the check's group is written for.
    var readsBase: Bool { operand.isRelative }

    func verdict(on node: Node, at target: Target, in context: CheckContext) -> Verdict? {
        verdict(on: node, against: operand.resolve(from: target, in: context))
    }

    func holds(_ node: NodeRef, against resolved: Operand.Resolved) -> Bool? { nil }

    func holds(_ node: NodeRef?, base: NodeRef?, in context: CheckContext) -> Bool? {
        guard let node, !node.isNull else { return true }
        guard let resolved = operand.quickResolve(base: base, in: context) else { return nil }
        if let resolved, let holds = holds(node, against: resolved) { return holds }
        return verdict(on: node.node, against: resolved) == nil
    }
}
