internal import CLibYAML

/// Pulls events from libyaml's event API. The only code that touches libyaml.
///
/// The parser reads from a copy of the bytes that this class owns, or, without a
/// copy, from a buffer the caller keeps alive while the reader is used
/// (`init(borrowing:)`). Every string is copied out with its explicit length
/// before the event is deleted. libyaml's 0-based marks count Unicode scalars; they become
/// 1-based `SourceLocation`s.
///
/// The encoding is left for libyaml to detect, so a leading UTF-8 byte-order mark
/// is skipped without counting as a column. (Fixing the encoding to UTF-8 makes
/// libyaml read the mark as a character of line 1, which shifts that line's
/// columns and breaks a block mapping that goes on to line 2.) The composer
/// passes only validated UTF-8, so no other encoding reaches libyaml from it.
final class LibYAMLEventReader {
    private var parser = yaml_parser_t()
    /// The copy this reader owns and frees, if any.
    private let owned: UnsafeMutableBufferPointer<UInt8>?
    private var finished = false

    /// A reader of a copy of `bytes`.
    init(bytes: [UInt8]) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
        _ = copy.initialize(from: bytes)
        owned = copy
        yaml_parser_initialize(&parser)
        yaml_parser_set_input_string(&parser, copy.baseAddress, bytes.count)
    }

    /// A reader of `buffer` itself, which must stay alive and unchanged while the
    /// reader is used (the composer reads a spec's bytes inside `withUnsafeBufferPointer`).
    init(borrowing buffer: UnsafeBufferPointer<UInt8>) {
        yaml_parser_initialize(&parser)
        if let base = buffer.baseAddress, !buffer.isEmpty {
            owned = nil
            yaml_parser_set_input_string(&parser, base, buffer.count)
        } else {
            // libyaml needs an address even for no input.
            let empty = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1)
            owned = empty
            yaml_parser_set_input_string(&parser, empty.baseAddress, 0)
        }
    }

    deinit {
        yaml_parser_delete(&parser)
        owned?.deallocate()
    }

    /// The next event, or nil after the stream end. Throws libyaml's error once;
    /// after it, returns nil.
    func next() throws(YAMLSyntaxError) -> YAMLEvent? {
        if finished { return nil }
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else {
            finished = true
            throw currentError()
        }
        defer { yaml_event_delete(&event) }
        let range = SourceRange(start: location(event.start_mark), end: location(event.end_mark))
        let kind: YAMLEventKind
        switch event.type {
        case YAML_STREAM_START_EVENT:
            kind = .streamStart
        case YAML_STREAM_END_EVENT:
            finished = true
            kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            kind = .documentStart(implicit: event.data.document_start.implicit != 0)
        case YAML_DOCUMENT_END_EVENT:
            kind = .documentEnd(implicit: event.data.document_end.implicit != 0)
        case YAML_MAPPING_START_EVENT:
            let m = event.data.mapping_start
            kind = .mappingStart(anchor: string(m.anchor), tag: string(m.tag), flow: m.style == YAML_FLOW_MAPPING_STYLE)
        case YAML_MAPPING_END_EVENT:
            kind = .mappingEnd
        case YAML_SEQUENCE_START_EVENT:
            let s = event.data.sequence_start
            kind = .sequenceStart(anchor: string(s.anchor), tag: string(s.tag), flow: s.style == YAML_FLOW_SEQUENCE_STYLE)
        case YAML_SEQUENCE_END_EVENT:
            kind = .sequenceEnd
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            let value = s.value.map { pointer in
                String(decoding: UnsafeBufferPointer(start: pointer, count: s.length), as: UTF8.self)
            } ?? ""
            kind = .scalar(value: value, anchor: string(s.anchor), tag: string(s.tag), style: style(s.style))
        case YAML_ALIAS_EVENT:
            kind = .alias(anchor: string(event.data.alias.anchor) ?? "")
        default:
            // YAML_NO_EVENT: libyaml signals nothing more to read.
            finished = true
            return nil
        }
        return YAMLEvent(kind: kind, range: range)
    }

    private func currentError() -> YAMLSyntaxError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown libyaml error"
        let context = parser.context.map { String(cString: $0) }
        let contextLocation = context == nil ? nil : self.location(parser.context_mark)
        if parser.error == YAML_READER_ERROR {
            // The reader reports a byte offset, not a line and column.
            return YAMLSyntaxError(problem: problem, context: context, location: nil,
                                   byteOffset: Int(parser.problem_offset), contextLocation: contextLocation)
        }
        return YAMLSyntaxError(problem: problem, context: context, location: location(parser.problem_mark),
                               byteOffset: nil, contextLocation: contextLocation)
    }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
