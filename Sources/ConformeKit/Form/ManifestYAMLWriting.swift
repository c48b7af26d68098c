import YAMLTree

/// Writes a `ManifestTree` as block YAML, two spaces per level, with comment lines above the
/// places the caller describes (as `conforme init` does, from the form's labels and rules).
enum ManifestYAMLWriting {
    /// `comments`: lines (without `# `) to write above the value at a place, by its name
    /// (`mission.voeux[0].profil`).
    static func document(_ tree: ManifestTree, header: [String], comments: [String: [String]]) -> String {
        var out = header.map { comment($0, indent: 0) + "\n" }.joined()
        if !header.isEmpty { out += "\n" }
        // A document with nothing is no YAML data at all: an empty map says « nothing yet ».
        guard case .map(let entries) = tree, !entries.isEmpty else { return out + "{}\n" }
        var writer = Writer(comments: comments)
        for (position, entry) in entries.enumerated() {
            // A blank line between the dossier's parts, as people write it.
            if position > 0, !entry.value.isScalar { writer.lines.append("") }
            writer.entry(entry, steps: [], indent: 0)
        }
        return out + writer.lines.map { $0 + "\n" }.joined()
    }

    private static func comment(_ text: String, indent: Int) -> String {
        // A comment is one line: a line break typed in a label would start YAML.
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return String(repeating: " ", count: indent) + (flat.isEmpty ? "#" : "# " + flat)
    }

    private struct Writer {
        let comments: [String: [String]]
        var lines: [String] = []

        mutating func entry(_ entry: ManifestTree.Entry, steps: [PathStep], indent: Int) {
            let steps = steps + [.key(entry.key)]
            for line in comments[PathStep.name(steps)] ?? [] { lines.append(comment(line, indent: indent)) }
            let key = YAMLScalarWriting.key(entry.key)
            value(entry.value, steps: steps, indent: indent, lead: String(repeating: " ", count: indent) + key + ":")
        }

        /// `lead` is what comes before the value on its first line (`  key:` or `  -`).
        mutating func value(_ tree: ManifestTree, steps: [PathStep], indent: Int, lead: String) {
            switch tree {
            case .scalar(let text, let value):
                let rendered = YAMLScalarWriting.render(text: text, value: value, indent: indent + 2)
                append(lead + (rendered.isEmpty ? "" : " " + rendered))
            case .map(let entries) where entries.isEmpty:
                append(lead + " {}")
            case .list(let items) where items.isEmpty:
                append(lead + " []")
            case .map(let entries):
                append(lead)
                for entry in entries { self.entry(entry, steps: steps, indent: indent + 2) }
            case .list(let items):
                append(lead)
                for (index, item) in items.enumerated() {
                    self.item(item, steps: steps + [.index(index)], indent: indent + 2)
                }
            }
        }

        /// A list item: `- value`, or for a map its first key on the dash's line.
        mutating func item(_ tree: ManifestTree, steps: [PathStep], indent: Int) {
            let dash = String(repeating: " ", count: indent) + "-"
            guard case .map(let entries) = tree, let first = entries.first else {
                value(tree, steps: steps, indent: indent, lead: dash)
                return
            }
            // The item's first key shares the dash's line; its comments go above the dash.
            let firstSteps = steps + [.key(first.key)]
            for line in comments[PathStep.name(firstSteps)] ?? [] { lines.append(comment(line, indent: indent)) }
            let start = lines.count
            value(first.value, steps: firstSteps, indent: indent + 2,
                lead: String(repeating: " ", count: indent + 2) + YAMLScalarWriting.key(first.key) + ":")
            lines[start] = dash + " " + lines[start].dropFirst(indent + 2)
            for entry in entries.dropFirst() { self.entry(entry, steps: steps, indent: indent + 2) }
        }

        mutating func append(_ line: String) {
            // A literal block's lines come in one string: one entry per line.
            lines.append(contentsOf: line.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
    }
}

extension ManifestTree {
    var isScalar: Bool {
        if case .scalar = self { return true }
        return false
    }
}
