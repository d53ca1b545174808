/// A node of the YAML tree: scalar, sequence or mapping, with its source range.
///
/// Aliases are already expanded (a copy of the anchored node); tags are resolved
/// and only core tags survive (see `YAMLComposer`).
public struct YAMLNode: Sendable {
    public enum Kind: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var kind: Kind
    public var range: SourceRange
    /// A core tag written explicitly (`!!str`, `!!int`, ...), in short form; nil if none.
    public var tag: String?

    public init(kind: Kind, range: SourceRange, tag: String? = nil) {
        self.kind = kind
        self.range = range
        self.tag = tag
    }

    /// The scalar's text, or nil for a collection.
    public var scalar: String? {
        if case .scalar(let s, _) = kind { return s }
        return nil
    }

    /// The scalar's style, or nil for a collection.
    public var style: ScalarStyle? {
        if case .scalar(_, let style) = kind { return style }
        return nil
    }

    /// True for a plain scalar that YAML reads as null (`~`, `null`, empty),
    /// unless a `!!str` tag says otherwise.
    public var isNull: Bool {
        guard case .scalar(let s, .plain) = kind, tag == nil || tag == "!!null" else { return false }
        return s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
    }

    /// A short name of the node's shape for messages: "a mapping", "a list", "text".
    public var shapeDescription: String {
        switch kind {
        case .scalar: isNull ? "an empty value" : "a scalar"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// A key and its value in a mapping (keys are always scalars).
public struct YAMLPair: Sendable {
    public var key: String
    public var keyRange: SourceRange
    public var value: YAMLNode
}
