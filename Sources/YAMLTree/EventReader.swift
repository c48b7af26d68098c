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
    /// Where libyaml's reader stopped (an invalid byte, a control character), in bytes from the
    /// start of the input it was given: the reader sets this, not `problemMark`, which stays 0:0.
    var problemOffset: Int? = nil
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

    /// Whether libyaml was handed the input already decoded (see `preload`).
    let isPreloaded: Bool

    /// - Parameters:
    ///   - scan: the input's scan, when the caller has one; otherwise the reader makes it.
    ///   - preload: false makes libyaml decode the input itself, as the tests compare.
    init(input: UnsafeBufferPointer<UInt8>, scan: UTF8Scan? = nil, preload: Bool = true) {
        parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        event.initialize(to: yaml_event_t())
        guard yaml_parser_initialize(parser) == 1 else {
            // Out of memory: the first `advance()` reports libyaml's own error.
            isPreloaded = false
            return
        }
        yaml_parser_set_input_string(parser, input.baseAddress ?? EventReader.emptyInput, input.count)
        isPreloaded = preload && Self.preload(input, scan: scan ?? UTF8Scan(input), into: parser)
    }

    /// Fills libyaml's working buffer with the whole input, as its reader would have left it
    /// once at the end of the input, so the reader never runs.
    ///
    /// libyaml's reader (`yaml_parser_update_buffer`) decodes UTF-8 into that buffer one
    /// character at a time, checking each: a tenth of all the instructions of a check. For
    /// UTF-8 input, the decoded text is the input itself, minus a leading byte order mark, plus
    /// a NUL that marks the end. So when one scan of ours finds the input valid, made only of
    /// characters the reader accepts, and small enough for the buffer libyaml already
    /// allocated (48 KiB), we copy it there and set the reader's state to "end of input reached,
    /// nothing left to decode": the reader's first test then returns at once on every call.
    /// Any other input takes libyaml's own path, which reports its errors exactly as before.
    /// Marks (line, column, index) are counted by the scanner, not the reader, so they are the
    /// same either way. A test compares the events of both paths over the YAML test suite.
    ///
    /// This relies on the reader's fields in `yaml_parser_t`, public in `yaml.h` and unchanged
    /// since libyaml 0.1.
    private static func preload(
        _ input: UnsafeBufferPointer<UInt8>, scan: UTF8Scan, into parser: UnsafeMutablePointer<yaml_parser_t>
    ) -> Bool {
        var text = input
        var characters = scan.characters
        if text.starts(with: [0xEF, 0xBB, 0xBF]) {
            // The reader skips a leading byte order mark without counting it in the marks.
            text = UnsafeBufferPointer(rebasing: text.dropFirst(3))
            characters -= 1
        }
        guard scan.firstInvalid == nil, scan.isPrintable,
            let start = parser.pointee.buffer.start, let end = parser.pointee.buffer.end,
            text.count < start.distance(to: end)
        else { return false }
        if let source = text.baseAddress { start.update(from: source, count: text.count) }
        start[text.count] = 0
        parser.pointee.buffer.pointer = start
        parser.pointee.buffer.last = start + text.count + 1
        parser.pointee.unread = characters + 1
        parser.pointee.encoding = YAML_UTF8_ENCODING
        parser.pointee.offset = text.count
        parser.pointee.eof = 1
        return true
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
            contextMark: (Int(parser.pointee.context_mark.line), Int(parser.pointee.context_mark.column)),
            problemOffset: parser.pointee.error == YAML_READER_ERROR ? Int(parser.pointee.problem_offset) : nil)
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
