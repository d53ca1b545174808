/// How a scalar was written; the spec layer types scalars by it
/// (a quoted scalar is always a string).
enum ScalarStyle: Sendable, Hashable {
    /// Unquoted: `name: value`.
    case plain
    /// `'text'`.
    case singleQuoted
    /// `"text"`, with escapes.
    case doubleQuoted
    /// A `|` block: line breaks kept.
    case literal
    /// A `>` block: line breaks folded into spaces.
    case folded
}

/// One parse event, as libyaml reports it, with a Swift copy of every string.
///
/// Tags are resolved to full URIs (`tag:yaml.org,2002:str`, `!local`, or `!`
/// for the non-specific tag); anchors are names without the `&`.
enum YAMLEventKind: Sendable, Hashable {
    /// The start of the input.
    case streamStart
    /// The end of the input.
    case streamEnd
    /// A document starts; `implicit` is false when a `---` marker opens it.
    case documentStart(implicit: Bool)
    /// A document ends; `implicit` is false when a `...` marker closes it.
    case documentEnd(implicit: Bool)
    /// A mapping opens; `flow` for `{...}`, else a block mapping.
    case mappingStart(anchor: String?, tag: String?, flow: Bool)
    /// The open mapping closes.
    case mappingEnd
    /// A sequence opens; `flow` for `[...]`, else a block sequence.
    case sequenceStart(anchor: String?, tag: String?, flow: Bool)
    /// The open sequence closes.
    case sequenceEnd
    /// A scalar, its text already unescaped and folded.
    case scalar(value: String, anchor: String?, tag: String?, style: ScalarStyle)
    /// An alias `*anchor`.
    case alias(anchor: String)
}

/// An event and the source range it covers.
struct YAMLEvent: Sendable, Hashable {
    /// What happened.
    var kind: YAMLEventKind
    /// Where: from the node's properties (anchor, tag) or first character to just past its end.
    var range: SourceRange
}

/// A reader, scanner or parser error reported by libyaml.
struct YAMLSyntaxError: Error, Sendable {
    /// libyaml's problem text, e.g. "found character that cannot start any token".
    var problem: String
    /// libyaml's context text, e.g. "while scanning a simple key", if any.
    var context: String?
    /// Where the problem is; reader errors carry `byteOffset` instead.
    var location: SourceLocation?
    /// Byte offset of a reader error (an encoding or control-character problem).
    var byteOffset: Int?
    /// Where the context started, if libyaml gave one.
    var contextLocation: SourceLocation?
}
