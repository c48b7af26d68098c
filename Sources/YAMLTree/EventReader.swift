internal import CYAML

/// The kinds of libyaml events.
enum EventKind {
    case streamStart, streamEnd, documentStart, documentEnd
    case alias, scalar
    case sequenceStart, sequenceEnd
    case mappingStart, mappingEnd
}

/// What libyaml said when it stopped.
struct SyntaxError: Error {
    var problem: String
    var problemMark: (line: Int, column: Int)
    var context: String?
    var contextMark: (line: Int, column: Int)
}

/// Owns a libyaml parser for one input and its current event; the C parser and event are freed
/// in `deinit`, whatever path the caller takes out. libyaml reads the input in place: the
/// reader must not outlive the buffer it was given (`YAMLParser.parse` makes and drops it
/// inside `withUnsafeBufferPointer`).
///
/// The current event is read in place through accessors, not copied into a Swift value: an
/// event struct (or enum) with its strings cost an outlined copy and destroy per event, and
/// only a scalar's text is always needed.
final class EventReader {
    /// Behind pointers rather than stored `var`s: passing a class's stored property inout to
    /// C costs a dynamic exclusivity check on every event.
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    /// Why `advance()` returned false, when libyaml stopped on an error.
    private(set) var error: SyntaxError?

    /// What an empty input points at (an empty buffer may have no address; libyaml wants one).
    nonisolated(unsafe) private static let emptyInput: UnsafePointer<UInt8> = {
        let byte = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        byte.initialize(to: 0)
        return UnsafePointer(byte)
    }()

    init(input: UnsafeBufferPointer<UInt8>) {
        parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        event.initialize(to: yaml_event_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, input.baseAddress ?? EventReader.emptyInput, input.count)
    }

    deinit {
        // Deleting a zeroed event (none yet, or after an error) is a no-op.
        yaml_event_delete(event)
        event.deallocate()
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// Moves to the next event; false when libyaml stopped on a syntax error (then in `error`).
    func advance() -> Bool {
        yaml_event_delete(event)
        guard yaml_parser_parse(parser, event) == 1 else {
            error = currentError()
            return false
        }
        return true
    }

    var kind: EventKind {
        switch event.pointee.type {
        case YAML_STREAM_START_EVENT: .streamStart
        case YAML_DOCUMENT_START_EVENT: .documentStart
        case YAML_DOCUMENT_END_EVENT: .documentEnd
        case YAML_ALIAS_EVENT: .alias
        case YAML_SCALAR_EVENT: .scalar
        case YAML_SEQUENCE_START_EVENT: .sequenceStart
        case YAML_SEQUENCE_END_EVENT: .sequenceEnd
        case YAML_MAPPING_START_EVENT: .mappingStart
        case YAML_MAPPING_END_EVENT: .mappingEnd
        default: .streamEnd
        }
    }

    /// 0-based (line, column) as libyaml counts them: columns in Unicode scalars.
    var start: (line: Int, column: Int) {
        (Int(event.pointee.start_mark.line), Int(event.pointee.start_mark.column))
    }

    var end: (line: Int, column: Int) {
        (Int(event.pointee.end_mark.line), Int(event.pointee.end_mark.column))
    }

    /// A scalar event's text, after unescaping and folding.
    ///
    /// Built by copying into the string's own storage: for a short ASCII text (most keys and
    /// values) the standard library then skips the UTF-8 validation that `String(decoding:)`
    /// runs on every scalar; other texts are validated (and, were libyaml ever to produce
    /// invalid UTF-8, repaired) as before.
    var scalarText: String {
        let bytes = scalarBytes
        guard let source = bytes.baseAddress, bytes.count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            buffer.baseAddress!.initialize(from: source, count: bytes.count)
            return bytes.count
        }
    }

    /// A scalar event's text as bytes, valid until the next `advance()`.
    var scalarBytes: UnsafeBufferPointer<UInt8> {
        let scalar = event.pointee.data.scalar
        return UnsafeBufferPointer(start: scalar.value, count: scalar.length)
    }

    /// A scalar event's length in bytes.
    var scalarLength: Int { event.pointee.data.scalar.length }

    var scalarStyle: ScalarStyle { Self.style(event.pointee.data.scalar.style) }

    /// An alias event's anchor name.
    var aliasName: String { Self.string(event.pointee.data.alias.anchor) ?? "" }

    /// A scalar's, sequence's or mapping's anchor, if any.
    var anchor: String? {
        switch event.pointee.type {
        case YAML_SCALAR_EVENT: Self.string(event.pointee.data.scalar.anchor)
        case YAML_SEQUENCE_START_EVENT: Self.string(event.pointee.data.sequence_start.anchor)
        case YAML_MAPPING_START_EVENT: Self.string(event.pointee.data.mapping_start.anchor)
        default: nil
        }
    }

    /// A scalar's, sequence's or mapping's explicit tag, resolved, if any.
    var tag: String? {
        switch event.pointee.type {
        case YAML_SCALAR_EVENT: Self.string(event.pointee.data.scalar.tag)
        case YAML_SEQUENCE_START_EVENT: Self.string(event.pointee.data.sequence_start.tag)
        case YAML_MAPPING_START_EVENT: Self.string(event.pointee.data.mapping_start.tag)
        default: nil
        }
    }

    /// A sequence or mapping start in brackets.
    var isFlow: Bool {
        switch event.pointee.type {
        case YAML_SEQUENCE_START_EVENT: event.pointee.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
        case YAML_MAPPING_START_EVENT: event.pointee.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
        default: false
        }
    }

    private func currentError() -> SyntaxError {
        SyntaxError(
            problem: Self.cString(parser.pointee.problem) ?? "unknown error",
            problemMark: (Int(parser.pointee.problem_mark.line), Int(parser.pointee.problem_mark.column)),
            context: Self.cString(parser.pointee.context),
            contextMark: (Int(parser.pointee.context_mark.line), Int(parser.pointee.context_mark.column)))
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func cString(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
