import YAMLTree

/// Every node of a document as `path  type  value  line:col`, so a rule author sees which path to
/// write in `given` and how each value was typed.
public enum NodeListing {
    public struct Row: Sendable {
        public var path: String
        public var type: String
        public var value: String
        public var position: SourcePosition
    }

    public static func rows(_ root: Node) -> [Row] {
        var rows: [Row] = []
        // Explicit stack: the tree is bounded by the depth limit, but no recursion is needed.
        var pending: [(node: Node, path: String)] = [(root, "")]
        while let (node, path) = pending.popLast() {
            let shownPath = path.isEmpty ? "." : path
            switch node.content {
            case .scalar(let scalar):
                rows.append(Row(
                    path: shownPath, type: typeName(node), value: display(scalar),
                    position: node.range.start))
            case .sequence(let items):
                rows.append(Row(
                    path: shownPath, type: "list", value: "(\(items.count))", position: node.range.start))
                for (index, item) in items.enumerated().reversed() {
                    pending.append((item, "\(path)[\(index)]"))
                }
            case .mapping(let pairs):
                rows.append(Row(
                    path: shownPath, type: "map", value: "(\(pairs.count))", position: node.range.start))
                for pair in pairs.reversed() {
                    let key = PlainJSON.keyText(pair.key)
                    pending.append((pair.value, path.isEmpty ? key : "\(path).\(key)"))
                }
            }
        }
        return rows
    }

    /// Rows aligned in columns.
    public static func render(_ root: Node) -> String {
        let rows = rows(root)
        let pathWidth = min(rows.map { $0.path.count }.max() ?? 0, 60)
        var out = ""
        for row in rows {
            // Keys and values come from the file: nothing in them may act on the terminal.
            let path = visibleControls(row.path, keepTabs: false)
            let pad = String(repeating: " ", count: max(pathWidth - path.count, 0))
            let typePad = String(repeating: " ", count: max(8 - row.type.count, 0))
            out += "\(path)\(pad)  \(row.type)\(typePad)  \(visibleControls(row.value, keepTabs: false))  \(row.position.line):\(row.position.column)\n"
        }
        return safeForLogs(out)
    }

    /// The type name a rule's `type:` check would use; dates are strings shaped `YYYY-MM-DD`.
    static func typeName(_ node: Node) -> String {
        if let scalar = node.scalar, case .string(let s) = scalar.value, isDateShaped(s) {
            return "date"
        }
        return node.kindName
    }

    static func isDateShaped(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return false }
        return b.enumerated().allSatisfy { i, c in
            i == 4 || i == 7 || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
        }
    }

    private static func display(_ scalar: Scalar) -> String {
        switch scalar.value {
        case .string(let s):
            var out = ""
            let shown = s.count > 60 ? String(s.prefix(57)) + "…" : s
            PlainJSON.writeString(shown, into: &out)
            return out
        case .null: return "null"
        default:
            return scalar.text
        }
    }
}
