/// How a scalar was written; the spec layer types scalars by it
/// (a quoted scalar is always a string).
public enum ScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// One parse event, as libyaml reports it, with a Swift copy of every string.
public enum YAMLEventKind: Sendable, Hashable {
    case streamStart
    case streamEnd
    case documentStart(implicit: Bool)
    case documentEnd(implicit: Bool)
    case mappingStart(anchor: String?, tag: String?, flow: Bool)
    case mappingEnd
    case sequenceStart(anchor: String?, tag: String?, flow: Bool)
    case sequenceEnd
    case scalar(value: String, anchor: String?, tag: String?, style: ScalarStyle)
    case alias(anchor: String)
}

/// An event and the source range it covers.
public struct YAMLEvent: Sendable, Hashable {
    public var kind: YAMLEventKind
    public var range: SourceRange
}

/// A reader, scanner or parser error reported by libyaml.
public struct YAMLSyntaxError: Error, Sendable {
    /// libyaml's problem text, e.g. "found character that cannot start any token".
    public var problem: String
    /// libyaml's context text, e.g. "while scanning a simple key", if any.
    public var context: String?
    /// Where the problem is; reader errors carry `byteOffset` instead.
    public var location: SourceLocation?
    /// Byte offset of a reader error (an encoding or control-character problem).
    public var byteOffset: Int?
    /// Where the context started, if libyaml gave one.
    public var contextLocation: SourceLocation?
}
