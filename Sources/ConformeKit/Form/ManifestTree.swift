import YAMLTree

/// A manifest as the guided form builds it, before it is written as YAML: maps keep their keys
/// in order, scalars keep the text they were written with and what YAML makes of it.
public indirect enum ManifestTree: Sendable, Equatable {
    case scalar(text: String, value: ScalarValue)
    case list([ManifestTree])
    case map([Entry])

    public struct Entry: Sendable, Equatable {
        public var key: String
        public var value: ManifestTree

        public init(key: String, value: ManifestTree) {
            self.key = key
            self.value = value
        }
    }

    /// A text value: always a string, whatever it looks like (`non`, `007`, `true`).
    public static func text(_ text: String) -> ManifestTree { .scalar(text: text, value: .string(text)) }

    /// The tree of a parsed node. Keys that are not scalars (`? [a, b]: c`) cannot be written
    /// back as the form writes keys: they are left out and counted in `dropped`.
    public init(_ node: Node, dropped: inout Int) {
        switch node.content {
        case .scalar(let scalar):
            self = .scalar(text: scalar.text, value: scalar.value)
        case .sequence(let items):
            self = .list(items.map { ManifestTree($0, dropped: &dropped) })
        case .mapping(let pairs):
            var entries: [Entry] = []
            for pair in pairs {
                guard let key = pair.key.scalar?.text else {
                    dropped += 1
                    continue
                }
                entries.append(Entry(key: key, value: ManifestTree(pair.value, dropped: &dropped)))
            }
            self = .map(entries)
        }
    }

    public var entries: [Entry]? {
        if case .map(let entries) = self { return entries }
        return nil
    }

    public subscript(key: String) -> ManifestTree? {
        entries?.first { $0.key == key }?.value
    }

    /// Puts `value` at `path` (keys and list indices), making the maps and lists on the way.
    /// A place already holding something else keeps it: what the user typed in the form is
    /// set first and wins over what was kept from a loaded file.
    mutating func insert(_ value: ManifestTree, at path: ArraySlice<PathStep>) {
        guard let step = path.first else {
            if case .map(let mine) = self, case .map(let theirs) = value {
                var merged = mine
                for entry in theirs {
                    if let index = merged.firstIndex(where: { $0.key == entry.key }) {
                        merged[index].value.insert(entry.value, at: [])
                    } else {
                        merged.append(entry)
                    }
                }
                self = .map(merged)
            }
            return
        }
        let rest = path.dropFirst()
        switch step {
        case .key(let key):
            var entries = self.entries ?? []
            if self.entries == nil, !isEmptyPlaceholder { return }
            if let index = entries.firstIndex(where: { $0.key == key }) {
                entries[index].value.insert(value, at: rest)
            } else {
                var child = rest.isEmpty ? value : ManifestTree.placeholder(for: rest.first!)
                if !rest.isEmpty { child.insert(value, at: rest) }
                entries.append(Entry(key: key, value: child))
            }
            self = .map(entries)
        case .index(let index):
            var items: [ManifestTree]
            if case .list(let existing) = self { items = existing } else if isEmptyPlaceholder { items = [] } else { return }
            while items.count <= index { items.append(.map([])) }
            if rest.isEmpty, case .map(let entries) = items[index], entries.isEmpty {
                items[index] = value
            } else {
                items[index].insert(value, at: rest)
            }
            self = .list(items)
        }
    }

    /// An empty map or list made on the way to a value: it may still become either.
    private var isEmptyPlaceholder: Bool {
        switch self {
        case .map(let entries): entries.isEmpty
        case .list(let items): items.isEmpty
        case .scalar: false
        }
    }

    private static func placeholder(for step: PathStep) -> ManifestTree {
        switch step {
        case .key: .map([])
        case .index: .list([])
        }
    }
}

/// One step of a concrete place in a manifest: a key, or a position in a list.
public enum PathStep: Sendable, Hashable, CustomStringConvertible {
    case key(String)
    case index(Int)

    public var description: String {
        switch self {
        case .key(let key): key
        case .index(let index): "[\(index)]"
        }
    }

    /// `mission.voeux[1].profil`, as diagnostics and the form's field names write places.
    public static func name(_ steps: some Sequence<PathStep>) -> String {
        var text = ""
        for step in steps {
            switch step {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }

    /// The steps of a name written by `name(_:)`; nil when it is not one (a submitted field
    /// name is anyone's text).
    public static func parse(_ name: String) -> [PathStep]? {
        var steps: [PathStep] = []
        var key = ""
        var chars = name.makeIterator()
        var afterBracket = false
        func flushKey() -> Bool {
            guard !key.isEmpty else { return afterBracket }
            steps.append(.key(key))
            key = ""
            return true
        }
        while let char = chars.next() {
            switch char {
            case ".":
                guard flushKey() else { return nil }
                afterBracket = false
            case "[":
                guard flushKey() else { return nil }
                var digits = ""
                while let digit = chars.next(), digit != "]" { digits.append(digit) }
                guard let index = Int(digits), index >= 0, digits.allSatisfy(\.isASCII), digits.count <= 6 else { return nil }
                steps.append(.index(index))
                afterBracket = true
            case "]":
                return nil
            default:
                if afterBracket { return nil }
                key.append(char)
            }
        }
        if !key.isEmpty { steps.append(.key(key)) } else if !afterBracket { return nil }
        return steps.isEmpty ? nil : steps
    }
}
