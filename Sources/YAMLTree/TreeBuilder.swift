/// Turns libyaml's event stream into a `NodeTree` with an explicit stack (no recursion, so
/// depth is bounded by the limit, not by the C or Swift stack).
struct TreeBuilder {
    let source: SourceText
    /// Lines of the file before the YAML (a Markdown front matter's opening `---`).
    let firstLine: Int
    let limits: ParseLimits

    /// The nodes made so far; `finishTree()` turns them into the document's tree.
    private var nodes = NodeTreeBuilder()
    private var rootIndex: Int?
    /// The most items or pairs of any list or map built (for `ParsedDocument.largestCollection`).
    private(set) var largestCollection = 0
    /// The most bytes of any scalar (for `ParsedDocument.longestScalar`).
    private(set) var longestScalar = 0
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
        /// Where this container's children start in `children`.
        var firstChild: Int
        /// Keys by text, built only for large mappings: small ones are scanned (cheaper than
        /// hashing every key of every manifest).
        var keyIndex: [String: SourceRange] = [:]
    }

    private var stack: [Container] = []
    /// The children of every open container, innermost last; a mapping's alternate key, value.
    /// One shared array instead of one growing array per container: each finished container
    /// copies its run into the tree, and adding a node touches no container in `stack`.
    private var children: [Int32] = []
    /// Anchored nodes with their expanded node count.
    private var anchors: [String: (node: Int, count: Int)] = [:]
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
        children.reserveCapacity(64)
        // Manifests run at about one node per 20 bytes: reserving for one per 12 spares the
        // arrays' regrowth (a copy of everything so far each time) on nearly every file.
        nodes = NodeTreeBuilder(expectedNodes: min(limits.maxNodes, source.bytes.count / 12 + 16))
    }

    mutating func consume(_ reader: EventReader) {
        while !stopped {
            guard reader.advance() else {
                if let error = reader.error { report(error) }
                stopped = true
                break
            }
            let kind = reader.kind
            if kind == .streamEnd { stopped = true } else { handle(kind, reader) }
        }
        closeOpenContainers()
    }

    // MARK: - Events

    /// Positions are computed only where an event needs them (a collection's start needs no
    /// end, its end no start): each is a lookup, or a walk on a line with non-ASCII text.
    private mutating func handle(_ kind: EventKind, _ event: EventReader) {
        switch kind {
        case .streamStart, .streamEnd, .documentEnd:
            break
        case .documentStart:
            let range = range(of: event)
            documents += 1
            if documents > 1 {
                problems.append(Problem(
                    .multipleDocuments, range: range, message: Messages.multipleDocuments))
                stopped = true
            } else {
                for problem in strict.directiveProblems(in: range) {
                    if problem.severity == .error {
                        strictProblem(at: problem.range, problem.message)
                    } else {
                        problems.append(problem)
                    }
                }
            }
        case .scalar:
            let range = range(of: event)
            guard countNode(1) else { return reportNodeLimit(at: range) }
            let byteLength = event.scalarLength
            if byteLength > limits.maxScalarLength {
                problems.append(Problem(
                    .limit, range: range,
                    message: Messages.scalarTooLong(length: byteLength, limit: limits.maxScalarLength)))
                stopped = true
                return
            }
            longestScalar = max(longestScalar, byteLength)
            let text = event.scalarText
            let style = event.scalarStyle
            let tag = event.tag
            checkStrictSyntax(scalar: text, style: style, range: range)
            let value = ScalarResolver.value(of: text, bytes: event.scalarBytes, style: style, tag: tag)
            // The words are at most 3 bytes long: most scalars skip the call.
            if style == .plain, tag == nil, byteLength <= 3, ScalarResolver.isAmbiguousBoolean(text) {
                problems.append(Problem(
                    .ambiguousBoolean, severity: .warning, range: range,
                    message: Messages.ambiguousBoolean(text)))
            }
            var nodeRange = range
            if style == .literal || style == .folded { nodeRange = trimmed(range) }
            let node = nodes.appendScalar(
                Scalar(text: text, valueUnlessString: value, style: style), range: nodeRange, tag: tag,
                isKey: isKeyPosition)
            if let anchor = event.anchor { anchors[anchor] = (node, 1) }
            add(node)
        case .sequenceStart, .mappingStart:
            let start = position(event.start)
            guard countNode(1) else { return reportNodeLimit(at: SourceRange(start: start, end: position(event.end))) }
            if stack.count >= limits.maxDepth {
                problems.append(Problem(
                    .limit, range: SourceRange(start: start, end: position(event.end)),
                    message: Messages.depth(limit: limits.maxDepth)))
                stopped = true
                return
            }
            stack.append(Container(
                isMapping: kind == .mappingStart, isFlow: event.isFlow, start: start, tag: event.tag,
                anchor: event.anchor, countAtStart: nodeCount, firstChild: children.count))
        case .sequenceEnd, .mappingEnd:
            guard var container = stack.popLast() else { return }
            let end = position(event.end)
            container.flowEnd = end
            if container.isFlow {
                if let glued = strict.gluedComment(after: end.offset, inFlow: isInFlow) {
                    strictProblem(at: glued, Messages.gluedComment)
                }
                checkContinuation(SourceRange(start: container.start, end: end))
            }
            finish(container)
        case .alias:
            let range = range(of: event)
            let name = event.aliasName
            guard let target = anchors[name] else {
                problems.append(Problem(
                    .unknownAnchor, range: range, message: Messages.unknownAnchor(name)))
                add(nodes.appendScalar(
                    Scalar(text: "", value: .null, style: .plain), range: range, tag: nil, isKey: isKeyPosition))
                return
            }
            guard countNode(target.count, throughAlias: true) else { return reportNodeLimit(at: range) }
            add(nodes.appendCopy(of: target.node, at: range))
        }
    }

    /// Whether the innermost open collection is in brackets. (Reads one field in place:
    /// `stack.last` would copy the whole container.)
    private var isInFlow: Bool {
        !stack.isEmpty && stack[stack.count - 1].isFlow
    }

    /// Whether the next node completes no pair but starts one: it is a mapping's key.
    private var isKeyPosition: Bool {
        guard !stack.isEmpty else { return false }
        let top = stack.count - 1
        return stack[top].isMapping && (children.count - stack[top].firstChild) & 1 == 0
    }

    // MARK: - What libyaml lets through

    private mutating func checkStrictSyntax(scalar text: String, style: ScalarStyle, range: SourceRange) {
        let inFlow = isInFlow
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
            guard inFlow else {
                if !isKeyPosition, let cut = strict.commentCuttingValue(after: range.end.offset) {
                    problems.append(Problem(.cutValue, severity: .warning, range: cut.range,
                        message: Messages.valueCut(value: text, comment: cut.comment)))
                }
                return
            }
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

    /// Counts nodes towards the expansion limit; false (and stops) once it is passed, the
    /// caller then reports it with `reportNodeLimit(at:)`.
    private mutating func countNode(_ count: Int, throughAlias: Bool = false) -> Bool {
        nodeCount = nodeCount.addingReportingOverflow(count).partialValue
        if throughAlias { expandedAliases += 1 }
        // The tree indexes its nodes with 32 bits: a limit raised past that still stops there.
        if nodeCount > min(limits.maxNodes, Int(Int32.max) - 1) || nodeCount < 0 {
            stopped = true
            return false
        }
        return true
    }

    private mutating func reportNodeLimit(at range: SourceRange) {
        problems.append(Problem(
            .limit, range: range,
            message: Messages.nodes(limit: limits.maxNodes, throughAliases: expandedAliases > 0)))
    }

    private mutating func finish(_ container: Container) {
        let first = container.firstChild
        let count = children.count - first
        let pairCount = count / 2
        let end: SourcePosition
        if container.isFlow, let flowEnd = container.flowEnd {
            end = max(flowEnd, container.start)
        } else if container.isMapping ? pairCount > 0 : count > 0 {
            // A block collection ends with its last value, not where libyaml sees the next token.
            let last = children[container.isMapping ? first + 2 * pairCount - 1 : children.count - 1]
            end = max(nodes.range(of: Int(last)).end, container.start)
        } else {
            end = container.flowEnd ?? container.start
        }
        let kept = container.isMapping ? first..<(first + 2 * pairCount) : first..<children.count
        let node = nodes.appendCollection(
            isMapping: container.isMapping, childIndices: children[kept],
            range: SourceRange(start: container.start, end: end), tag: container.tag)
        children.removeLast(count)
        largestCollection = max(largestCollection, container.isMapping ? pairCount : count)
        if let anchor = container.anchor {
            anchors[anchor] = (node, nodeCount - container.countAtStart + 1)
        }
        add(node)
    }

    private mutating func add(_ node: Int) {
        guard !stack.isEmpty else {
            if rootIndex == nil { rootIndex = node }
            return
        }
        let top = stack.count - 1
        let first = stack[top].firstChild
        // An item, or a key: it waits in `children` for its value.
        guard stack[top].isMapping, (children.count - first) & 1 == 1 else {
            children.append(Int32(node))
            return
        }
        let key = Int(children[children.count - 1])
        let pairCount = (children.count - 1 - first) / 2
        if let (text, hash) = nodes.keyText(of: key) {
            let keyRange = nodes.range(of: key)
            if let firstRange = firstOccurrence(of: text, hash: hash, top: top, pairCount: pairCount) {
                problems.append(Problem(
                    .duplicateKey, range: keyRange, message: Messages.duplicateKey(text),
                    notes: [Problem.Note(range: firstRange, message: Messages.firstOccurrence)]))
                // Only the first occurrence is kept: the key goes, its value is not added.
                children.removeLast()
                return
            }
            if pairCount >= Self.scanLimit {
                if stack[top].keyIndex.isEmpty {
                    var i = first
                    while i < children.count - 1 {
                        let pairKey = Int(children[i])
                        if let (pairText, _) = nodes.keyText(of: pairKey) {
                            stack[top].keyIndex[pairText] = nodes.range(of: pairKey)
                        }
                        i += 2
                    }
                }
                stack[top].keyIndex[text] = keyRange
            }
        }
        children.append(Int32(node))
    }

    /// Mappings up to this size find duplicate keys by scanning.
    private static let scanLimit = 32

    /// Where the mapping at `stack[top]`, with `pairCount` pairs so far, first has this key.
    private func firstOccurrence(of text: String, hash: Int, top: Int, pairCount: Int) -> SourceRange? {
        if pairCount > Self.scanLimit { return stack[top].keyIndex[text] }
        var i = stack[top].firstChild
        for _ in 0..<pairCount {
            let pairKey = Int(children[i])
            if nodes.keyHash(of: pairKey) == hash, let (pairText, _) = nodes.keyText(of: pairKey), pairText == text {
                return nodes.range(of: pairKey)
            }
            i += 2
        }
        return nil
    }

    /// The document's tree and its root node, once every event is consumed.
    mutating func finishTree() -> Node? {
        let builder = nodes
        nodes = NodeTreeBuilder()
        guard let rootIndex else {
            builder.discard()
            return nil
        }
        return Node(builder.finish(), rootIndex)
    }

    /// After an error, keep what was built so far: close every open container.
    private mutating func closeOpenContainers() {
        while var container = stack.popLast() {
            if container.isMapping, (children.count - container.firstChild) & 1 == 1 {
                // A key without its value gets a null one.
                let key = Int(children[children.count - 1])
                let value = nodes.appendScalar(
                    Scalar(text: "", value: .null, style: .plain), range: SourceRange(at: nodes.range(of: key).end),
                    tag: nil, isKey: false)
                children.append(Int32(value))
            }
            container.flowEnd = nil
            container.isFlow = false
            finish(container)
        }
    }

    // MARK: - Positions and errors

    private mutating func range(of event: EventReader) -> SourceRange {
        let start = position(event.start)
        return SourceRange(start: start, end: position(event.end))
    }

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
        // A reader error has a byte offset into what libyaml was given (from line `firstLine`).
        let inputStart = source.lineStarts[min(firstLine, source.lineStarts.count - 1)]
        let start = error.problemOffset.map { source.position(offset: inputStart + $0) } ?? position(error.problemMark)
        let context = error.contextMark != error.problemMark ? position(error.contextMark) : nil
        problems.append(strict.problem(for: error, at: start, context: context))
    }
}
