/// Turns libyaml's event stream into a `Node` tree with an explicit stack (no recursion, so
/// depth is bounded by the limit, not by the C or Swift stack).
struct TreeBuilder {
    let source: SourceText
    /// Lines of the file before the YAML (a Markdown front matter's opening `---`).
    let firstLine: Int
    let limits: ParseLimits

    private(set) var root: Node?
    private(set) var problems: [Problem] = []

    /// A sequence or mapping being built.
    private struct Container {
        var isMapping: Bool
        var isFlow: Bool
        var start: SourcePosition
        var flowEnd: SourcePosition?
        var tag: String?
        var anchor: String?
        /// `nodeCount` when this container started, to know its expanded size for aliases.
        var countAtStart: Int
        var items: [Node] = []
        var pairs: [Pair] = []
        var pendingKey: Node?
        /// Keys by text, built only for large mappings: small ones are scanned (cheaper than
        /// hashing every key of every manifest).
        var keyIndex: [String: SourceRange] = [:]
    }

    private var stack: [Container] = []
    /// Anchored nodes with their expanded node count.
    private var anchors: [String: (node: Node, count: Int)] = [:]
    /// Nodes in the document once aliases are expanded.
    private var nodeCount = 0
    /// Aliases expanded so far: a node count passed through them is an alias bomb.
    private var expandedAliases = 0
    private var documents = 0
    private var stopped = false
    /// What libyaml accepts but YAML forbids; at most `maxStrictProblems` are reported.
    private let strict: StrictSyntax
    private var strictProblems = 0
    private static let maxStrictProblems = 20
    /// The last position computed, to walk on from it.
    private var lastPosition = SourcePosition.start

    init(source: SourceText, firstLine: Int, limits: ParseLimits) {
        self.source = source
        self.firstLine = firstLine
        self.limits = limits
        self.strict = StrictSyntax(source: source)
    }

    mutating func consume(_ reader: EventReader) {
        while !stopped {
            switch reader.next() {
            case .failure(let error):
                report(error)
                stopped = true
            case .success(let event):
                if case .streamEnd = event.kind { stopped = true } else { handle(event) }
            }
        }
        closeOpenContainers()
    }

    // MARK: - Events

    private mutating func handle(_ event: Event) {
        let range = SourceRange(start: position(event.start), end: position(event.end))
        switch event.kind {
        case .streamStart, .streamEnd, .documentEnd:
            break
        case .documentStart:
            documents += 1
            if documents > 1 {
                problems.append(Problem(
                    .multipleDocuments, range: range, message: Messages.multipleDocuments))
                stopped = true
            } else if let directive = strict.directive(in: range) {
                strictProblem(at: directive.range, Messages.directive(directive.name))
            }
        case .scalar(let text, let byteLength, let style):
            guard countNode(1, at: range) else { return }
            if byteLength > limits.maxScalarLength {
                problems.append(Problem(
                    .limit, range: range,
                    message: Messages.scalarTooLong(length: byteLength, limit: limits.maxScalarLength)))
                stopped = true
                return
            }
            checkStrictSyntax(scalar: text, style: style, range: range)
            let value = ScalarResolver.resolve(text, style: style, tag: event.tag)
            if style == .plain, event.tag == nil, ScalarResolver.isAmbiguousBoolean(text) {
                problems.append(Problem(
                    .ambiguousBoolean, severity: .warning, range: range,
                    message: Messages.ambiguousBoolean(text)))
            }
            var nodeRange = range
            if style == .literal || style == .folded { nodeRange = trimmed(range) }
            let node = Node(
                .scalar(Scalar(text: text, value: value, style: style)), range: nodeRange,
                tag: event.tag, isKey: isKeyPosition)
            if let anchor = event.anchor { anchors[anchor] = (node, 1) }
            add(node)
        case .sequenceStart(let flow), .mappingStart(let flow):
            guard countNode(1, at: range) else { return }
            if stack.count >= limits.maxDepth {
                problems.append(Problem(
                    .limit, range: range, message: Messages.depth(limit: limits.maxDepth)))
                stopped = true
                return
            }
            var isMapping = false
            if case .mappingStart = event.kind { isMapping = true }
            stack.append(Container(
                isMapping: isMapping, isFlow: flow, start: range.start, tag: event.tag,
                anchor: event.anchor, countAtStart: nodeCount))
        case .sequenceEnd, .mappingEnd:
            guard var container = stack.popLast() else { return }
            container.flowEnd = range.end
            if container.isFlow {
                if let glued = strict.gluedComment(after: range.end.offset, inFlow: stack.last?.isFlow ?? false) {
                    strictProblem(at: glued, Messages.gluedComment)
                }
                checkContinuation(SourceRange(start: container.start, end: range.end))
            }
            finish(container)
        case .alias(let name):
            guard let target = anchors[name] else {
                problems.append(Problem(
                    .unknownAnchor, range: range, message: Messages.unknownAnchor(name)))
                add(Node(.scalar(Scalar(text: "", value: .null, style: .plain)), range: range))
                return
            }
            guard countNode(target.count, at: range, throughAlias: true) else { return }
            add(target.node.moved(to: range))
        }
    }

    /// Whether the next node completes no pair but starts one: it is a mapping's key.
    private var isKeyPosition: Bool {
        guard let top = stack.last else { return false }
        return top.isMapping && top.pendingKey == nil
    }

    // MARK: - What libyaml lets through

    private mutating func checkStrictSyntax(scalar text: String, style: ScalarStyle, range: SourceRange) {
        let inFlow = stack.last?.isFlow ?? false
        switch style {
        case .singleQuoted, .doubleQuoted:
            if let glued = strict.gluedComment(after: range.end.offset, inFlow: inFlow) {
                strictProblem(at: glued, Messages.gluedComment)
            }
            checkContinuation(range)
        case .literal, .folded:
            if let glued = strict.gluedCommentInBlockHeader(at: range.start.offset) {
                strictProblem(at: glued, Messages.gluedComment)
            }
        case .plain:
            guard inFlow else { return }
            if StrictSyntax.isLoneDash(text) {
                strictProblem(at: range, Messages.loneDashInFlow)
            } else if let glued = strict.gluedComment(after: range.end.offset, inFlow: true) {
                strictProblem(at: glued, Messages.gluedComment)
            }
        }
    }

    /// A quoted scalar or flow collection over several lines, in a block collection: its
    /// lines must be indented more than that collection.
    private mutating func checkContinuation(_ range: SourceRange) {
        guard range.end.line > range.start.line, !stack.contains(where: \.isFlow),
            let block = stack.last
        else { return }
        if let found = strict.underIndentedLine(in: range, indent: block.start.column - 1) {
            strictProblem(at: found.range, Messages.underIndented(minimum: block.start.column, tab: found.tab))
        }
    }

    private mutating func strictProblem(at range: SourceRange, _ message: LocalizedText) {
        strictProblems += 1
        guard strictProblems <= Self.maxStrictProblems else { return }
        problems.append(Problem(.syntax, range: range, message: message))
    }

    /// Counts nodes towards the expansion limit; false (and stops) once it is passed.
    private mutating func countNode(_ count: Int, at range: SourceRange, throughAlias: Bool = false) -> Bool {
        nodeCount = nodeCount.addingReportingOverflow(count).partialValue
        if throughAlias { expandedAliases += 1 }
        if nodeCount > limits.maxNodes || nodeCount < 0 {
            problems.append(Problem(
                .limit, range: range,
                message: Messages.nodes(limit: limits.maxNodes, throughAliases: expandedAliases > 0)))
            stopped = true
            return false
        }
        return true
    }

    private mutating func finish(_ container: Container) {
        let end: SourcePosition
        if container.isFlow, let flowEnd = container.flowEnd {
            end = max(flowEnd, container.start)
        } else if let last = container.isMapping ? container.pairs.last?.value : container.items.last {
            // A block collection ends with its last value, not where libyaml sees the next token.
            end = max(last.range.end, container.start)
        } else {
            end = container.flowEnd ?? container.start
        }
        let content: Node.Content =
            container.isMapping ? .mapping(container.pairs) : .sequence(container.items)
        let node = Node(content, range: SourceRange(start: container.start, end: end), tag: container.tag)
        if let anchor = container.anchor {
            anchors[anchor] = (node, nodeCount - container.countAtStart + 1)
        }
        add(node)
    }

    private mutating func add(_ node: Node) {
        guard !stack.isEmpty else {
            if root == nil { root = node }
            return
        }
        let top = stack.count - 1
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        guard let key = stack[top].pendingKey else {
            stack[top].pendingKey = node
            return
        }
        stack[top].pendingKey = nil
        if case .scalar(let scalar) = key.content {
            if let first = firstOccurrence(of: key, text: scalar.text, in: stack[top]) {
                problems.append(Problem(
                    .duplicateKey, range: key.range, message: Messages.duplicateKey(scalar.text),
                    notes: [Problem.Note(range: first, message: Messages.firstOccurrence)]))
                return
            }
            if stack[top].pairs.count >= Self.scanLimit {
                if stack[top].keyIndex.isEmpty {
                    for pair in stack[top].pairs {
                        if case .scalar(let s) = pair.key.content { stack[top].keyIndex[s.text] = pair.key.range }
                    }
                }
                stack[top].keyIndex[scalar.text] = key.range
            }
        }
        stack[top].pairs.append(Pair(key: key, value: node))
    }

    /// Mappings up to this size find duplicate keys by scanning.
    private static let scanLimit = 32

    private func firstOccurrence(of key: Node, text: String, in container: Container) -> SourceRange? {
        if container.pairs.count > Self.scanLimit { return container.keyIndex[text] }
        for pair in container.pairs where pair.key.keyHash == key.keyHash {
            if case .scalar(let s) = pair.key.content, s.text == text { return pair.key.range }
        }
        return nil
    }

    /// After an error, keep what was built so far: close every open container.
    private mutating func closeOpenContainers() {
        while var container = stack.popLast() {
            if container.isMapping, let key = container.pendingKey {
                let null = Node(.scalar(Scalar(text: "", value: .null, style: .plain)),
                                range: SourceRange(at: key.range.end))
                container.pairs.append(Pair(key: key, value: null))
            }
            container.flowEnd = nil
            container.isFlow = false
            finish(container)
        }
    }

    // MARK: - Positions and errors

    private mutating func position(_ mark: (line: Int, column: Int)) -> SourcePosition {
        lastPosition = source.position(line: mark.line + firstLine, column: mark.column, after: lastPosition)
        return lastPosition
    }

    /// A block scalar's end mark lies after its trailing line breaks; point at its last character.
    private func trimmed(_ range: SourceRange) -> SourceRange {
        var end = range.end.offset
        let bytes = source.bytes
        while end > range.start.offset, end <= bytes.count,
            [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end - 1])
        {
            end -= 1
        }
        return SourceRange(start: range.start, end: source.position(offset: end))
    }

    private mutating func report(_ error: SyntaxError) {
        let start = position(error.problemMark)
        let bytes = source.bytes
        let width = start.offset < bytes.count ? SourceText.scalarWidth(leadByte: bytes[start.offset]) : 0
        let isAtLineBreak = start.offset >= bytes.count || bytes[start.offset] == 0x0A || bytes[start.offset] == 0x0D
        let end = isAtLineBreak ? start : SourcePosition(
            line: start.line, column: start.column + 1, offset: start.offset + width)
        let atTab = isTabInIndentation(at: start.offset)
        var notes: [Problem.Note] = []
        if let context = error.context, error.contextMark != error.problemMark {
            notes.append(Problem.Note(
                range: SourceRange(at: position(error.contextMark)), message: Messages.context(context)))
        }
        problems.append(Problem(
            .syntax, range: SourceRange(start: start, end: end),
            message: Messages.syntax(problem: error.problem, context: error.context, atTab: atTab),
            notes: notes))
    }

    /// A tab at the error position, or one before it with only blanks since the line start.
    private func isTabInIndentation(at offset: Int) -> Bool {
        let bytes = source.bytes
        var i = min(offset, bytes.count)
        if i < bytes.count, bytes[i] == 0x09 { return true }
        while i > 0 {
            let b = bytes[i - 1]
            if b == 0x0A || b == 0x0D { return false }
            if b == 0x09 { return true }
            if b != 0x20 { return false }
            i -= 1
        }
        return false
    }
}
