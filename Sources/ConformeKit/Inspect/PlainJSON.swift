import YAMLTree

/// A YAML tree as plain JSON, for `conforme inspect --json` and for comparing with the YAML test
/// suite. Keys are written in source order; non-string keys by their text.
public enum PlainJSON {
    public static func render(_ node: Node, pretty: Bool = true) -> String {
        var out = ""
        write(node, into: &out, indent: pretty ? 0 : nil)
        return out
    }

    private static func write(_ node: Node, into out: inout String, indent: Int?) {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: out += "null"
            case .bool(let b): out += b ? "true" : "false"
            case .int(let i): out += String(i)
            case .float(let d):
                // JSON has no infinity or NaN: write them as YAML spells them, as strings.
                if d.isNaN { out += "\".nan\"" }
                else if d.isInfinite { out += d > 0 ? "\".inf\"" : "\"-.inf\"" }
                else { out += String(d) }
            case .string(let s): writeString(s, into: &out)
            }
        case .sequence(let items):
            writeContainer(items, open: "[", close: "]", into: &out, indent: indent) { item, out, inner in
                write(item, into: &out, indent: inner)
            }
        case .mapping(let pairs):
            writeContainer(pairs, open: "{", close: "}", into: &out, indent: indent) { pair, out, inner in
                writeString(keyText(pair.key), into: &out)
                out += indent == nil ? ":" : ": "
                write(pair.value, into: &out, indent: inner)
            }
        }
    }

    private static func writeContainer<Elements: Collection>(
        _ elements: Elements, open: String, close: String, into out: inout String, indent: Int?,
        element: (Elements.Element, inout String, Int?) -> Void
    ) {
        guard !elements.isEmpty else {
            out += open + close
            return
        }
        out += open
        let inner = indent.map { $0 + 2 }
        for (index, value) in elements.enumerated() {
            if index > 0 { out += "," }
            if let inner { out += "\n" + String(repeating: " ", count: inner) }
            element(value, &out, inner)
        }
        if let indent { out += "\n" + String(repeating: " ", count: indent) }
        out += close
    }

    static func keyText(_ key: Node) -> String {
        if let scalar = key.scalar {
            if scalar.value == .null { return "" }
            return scalar.text
        }
        return render(key, pretty: false)
    }

    /// JSON string escaping, the reporters' own (one escaper for the whole module).
    public static func writeString(_ s: String, into out: inout String) {
        JSONValue.writeString(s, to: &out)
    }
}
