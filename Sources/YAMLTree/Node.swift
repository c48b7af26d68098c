/// A node of a YAML document, with where it sits in the file.
///
/// Mappings keep their pairs in source order (duplicates are reported by the parser and only the
/// first occurrence is kept), so reports follow the order the author wrote.
///
/// A class, immutable once built: the engine passes nodes around constantly (every path step,
/// every check), and copying a reference costs one retain where a struct with its strings and
/// arrays cost a dozen — the largest item of a run's profile before this change.
public final class Node: Sendable {
    public enum Content: Sendable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Pair])
    }

    public let content: Content
    /// From the first character of the node to just after its last one.
    public let range: SourceRange
    /// The explicit tag as written and resolved (`tag:yaml.org,2002:str`), if any.
    public let tag: String?

    /// A hash of a short scalar's text, so that looking a key up compares integers and touches
    /// a string only on a match (string compares retain and release, and lookups are constant).
    let keyHash: Int

    /// Whether this is a null scalar (`~`, `null`, nothing): kept rather than worked out, as
    /// every check asks it first and reading it from `content` copies the scalar.
    public let isNull: Bool

    public convenience init(_ content: Content, range: SourceRange, tag: String? = nil) {
        self.init(content, range: range, tag: tag, isKey: true)
    }

    /// The parser hashes only the scalars it places in key position.
    init(_ content: Content, range: SourceRange, tag: String?, isKey: Bool) {
        self.content = content
        self.range = range
        self.tag = tag
        if case .scalar(let scalar) = content {
            keyHash = isKey ? Node.hash(scalar.text) : 0
            if case .null = scalar.value { isNull = true } else { isNull = false }
        } else {
            keyHash = 0
            isNull = false
        }
    }

    /// A cheap signature of a key's text: its length and three of its bytes. Two different keys
    /// rarely share one (`nom`/`nombre_eig` differ by length), and a shared one only costs a
    /// string comparison; hashing every byte cost more than the lookups it saved.
    static func hash(_ text: String) -> Int {
        // On the contiguous bytes: `String.UTF8View` index arithmetic cost more than the rest.
        if let hash = text.utf8.withContiguousStorageIfAvailable(hash(bytes:)) { return hash }
        return hash(bytes: Array(text.utf8))
    }

    private static func hash<Bytes: RandomAccessCollection<UInt8>>(bytes: Bytes) -> Int where Bytes.Index == Int {
        let count = bytes.count
        guard count > 0 else { return 1 }
        let start = bytes.startIndex
        let first = Int(bytes[start])
        let last = Int(bytes[start + count - 1])
        let middle = Int(bytes[start + count / 2])
        return (count << 24) | (first << 16) | (middle << 8) | last | 1 << 62
    }
}

/// One `key: value` entry of a mapping.
public struct Pair: Sendable {
    public var key: Node
    public var value: Node

    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}

/// How a scalar was written. Quoted and block scalars are always strings.
public enum ScalarStyle: String, Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// A scalar's value under the YAML 1.2 core schema.
public enum ScalarValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
}

public struct Scalar: Sendable {
    /// The scalar's text after YAML unescaping and folding, before typing.
    public var text: String
    public var value: ScalarValue
    public var style: ScalarStyle

    public init(text: String, value: ScalarValue, style: ScalarStyle) {
        self.text = text
        self.value = value
        self.style = style
    }
}

extension Node {
    public var scalar: Scalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    public var items: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var pairs: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The pair whose key is the plain string `key`, if this is a mapping that has one.
    public func pair(forKey key: String) -> Pair? {
        guard case .mapping(let pairs) = content else { return nil }
        let wanted = Node.hash(key)
        // Through the buffer, comparing hashes in place: iterating `pairs` copied every pair,
        // two retains and two releases each, most of the cost of walking a rule's path.
        let found = pairs.withUnsafeBufferPointer { buffer -> Int? in
            for i in buffer.indices where buffer[i].key.keyHash == wanted {
                if case .scalar(let scalar) = buffer[i].key.content, scalar.text == key { return i }
            }
            return nil
        }
        return found.map { pairs[$0] }
    }

    /// The same node placed elsewhere: an alias shows its anchor's content at its own position.
    public func moved(to range: SourceRange) -> Node {
        Node(content, range: range, tag: tag, isKey: true)
    }

    public subscript(key: String) -> Node? { pair(forKey: key)?.value }

    /// A short name of the node's kind, for messages.
    public var kindName: String {
        switch content {
        case .scalar(let s):
            switch s.value {
            case .null: return "null"
            case .bool: return "boolean"
            case .int: return "integer"
            case .float: return "number"
            case .string: return "string"
            }
        case .sequence: return "list"
        case .mapping: return "map"
        }
    }
}
