import Testing
@testable import YAMLTree

/// The node at a dotted path of plain keys and `[n]` indexes, for tests.
func node(_ document: ParsedDocument, _ path: String) -> Node? {
    var current = document.root
    for part in path.split(separator: ".") {
        var key = Substring(part)
        var indexes: [Int] = []
        while let open = key.lastIndex(of: "["), key.hasSuffix("]") {
            indexes.insert(Int(key[key.index(after: open)..<key.index(before: key.endIndex)])!, at: 0)
            key = key[..<open]
        }
        if !key.isEmpty { current = current?[String(key)] }
        for index in indexes {
            guard let items = current?.items, index < items.count else { return nil }
            current = items[index]
        }
    }
    return current
}

/// "line:column-line:column" of a range, the form tests state positions in.
func span(_ range: SourceRange) -> String {
    "\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
}

func codes(_ document: ParsedDocument) -> [Problem.Code] { document.problems.map(\.code) }
