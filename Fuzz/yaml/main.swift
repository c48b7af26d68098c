// libFuzzer target (a): bytes → YAML tree. Built by scripts/fuzz.sh, not by SwiftPM.

import YAMLTree
//
// Besides "no crash, no leak, no hang", it checks what every caller relies on: each problem's
// range lies inside the input, starts before it ends, and its source line can be shown.

/// The first byte picks the variant, so one corpus reaches every path: plain YAML or Markdown
/// front matter, a mapping required or not, default or tiny limits (to reach every limit).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let selector = bytes.first ?? 0
    let kind: InputKind = selector & 1 == 0 ? .yaml : .markdownFrontMatter
    let limits = selector & 2 == 0
        ? ParseLimits.default
        : ParseLimits(maxFileSize: 4_096, maxDepth: 4, maxNodes: 40, maxScalarLength: 16)
    let document = YAMLParser.parse(bytes, kind: kind, limits: limits, requireMapping: selector & 4 == 0)
    checkInvariants(document, size: size)
    return 0
}

func checkInvariants(_ document: ParsedDocument, size: Int) {
    let source = document.source
    func check(_ range: SourceRange, _ what: String) {
        for position in [range.start, range.end] {
            require(position.offset >= 0 && position.offset <= size, "\(what): offset \(position.offset) outside 0...\(size)")
            require(position.line >= 1 && position.line <= source.lineCount, "\(what): line \(position.line) of \(source.lineCount)")
            require(position.column >= 1, "\(what): column \(position.column)")
        }
        require(range.start.offset <= range.end.offset, "\(what): range ends before it starts")
        require(source.line(range.start.line) != nil, "\(what): no source line")
    }
    for problem in document.problems {
        check(problem.range, problem.code.rawValue)
        for note in problem.notes { check(note.range, problem.code.rawValue + " note") }
        require(!problem.message.fr.isEmpty && !problem.message.en.isEmpty, "empty message")
    }
    // Walk the tree with an explicit stack: every node's range is inside the input too.
    var stack: [Node] = document.root.map { [$0] } ?? []
    while let node = stack.popLast() {
        check(node.range, "node")
        if let items = node.items { stack += items }
        if let pairs = node.pairs { for pair in pairs { stack.append(pair.key); stack.append(pair.value) } }
    }
}

/// `precondition` drops its message in optimised builds; a fuzzing failure needs it.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
