internal import CYAML

/// One libyaml event, copied out of C so the C event can be freed at once.
struct Event {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case alias(anchor: String)
        case scalar(text: String, byteLength: Int, style: ScalarStyle)
        case sequenceStart(flow: Bool)
        case sequenceEnd
        case mappingStart(flow: Bool)
        case mappingEnd
    }

    var kind: Kind
    var anchor: String?
    var tag: String?
    /// 0-based (line, column) as libyaml counts them: columns in Unicode scalars.
    var start: (line: Int, column: Int)
    var end: (line: Int, column: Int)
}

/// What libyaml said when it stopped.
struct SyntaxError: Error {
    var problem: String
    var problemMark: (line: Int, column: Int)
    var context: String?
    var contextMark: (line: Int, column: Int)
}

/// Owns a libyaml parser for one input; the C parser and the copy of the input are freed in
/// `deinit`, whatever path the caller takes out.
final class EventReader {
    private var parser = yaml_parser_t()
    private let input: UnsafeMutableBufferPointer<UInt8>

    init(bytes: ArraySlice<UInt8>) {
        // libyaml keeps a pointer to the input for the parser's whole life: give it a stable copy.
        input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        yaml_parser_initialize(&parser)
        yaml_parser_set_input_string(&parser, input.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(&parser)
        input.deallocate()
    }

    /// The next event, or the syntax error that stopped libyaml.
    func next() -> Result<Event, SyntaxError> {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else {
            return .failure(currentError())
        }
        defer { yaml_event_delete(&event) }
        let start = (Int(event.start_mark.line), Int(event.start_mark.column))
        let end = (Int(event.end_mark.line), Int(event.end_mark.column))
        var anchor: String?
        var tag: String?
        let kind: Event.Kind
        switch event.type {
        case YAML_STREAM_START_EVENT: kind = .streamStart
        case YAML_STREAM_END_EVENT: kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT: kind = .documentStart
        case YAML_DOCUMENT_END_EVENT: kind = .documentEnd
        case YAML_ALIAS_EVENT:
            kind = .alias(anchor: Self.string(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            anchor = Self.string(scalar.anchor)
            tag = Self.string(scalar.tag)
            let text = String(
                decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length),
                as: UTF8.self)
            kind = .scalar(text: text, byteLength: scalar.length, style: Self.style(scalar.style))
        case YAML_SEQUENCE_START_EVENT:
            anchor = Self.string(event.data.sequence_start.anchor)
            tag = Self.string(event.data.sequence_start.tag)
            kind = .sequenceStart(flow: event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE)
        case YAML_SEQUENCE_END_EVENT: kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            anchor = Self.string(event.data.mapping_start.anchor)
            tag = Self.string(event.data.mapping_start.tag)
            kind = .mappingStart(flow: event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE)
        case YAML_MAPPING_END_EVENT: kind = .mappingEnd
        default: kind = .streamEnd
        }
        return .success(Event(kind: kind, anchor: anchor, tag: tag, start: start, end: end))
    }

    private func currentError() -> SyntaxError {
        SyntaxError(
            problem: Self.cString(parser.problem) ?? "unknown error",
            problemMark: (Int(parser.problem_mark.line), Int(parser.problem_mark.column)),
            context: Self.cString(parser.context),
            contextMark: (Int(parser.context_mark.line), Int(parser.context_mark.column)))
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
