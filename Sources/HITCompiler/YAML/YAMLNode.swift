/// A node of the YAML tree: scalar, sequence or mapping, with its source range.
///
/// Aliases are already expanded (a copy of the anchored node); tags are resolved
/// and only core tags survive (see `YAMLComposer`).
struct YAMLNode: Sendable {
    /// The node's shape and content.
    enum Kind: Sendable {
        /// Text and how it was written.
        case scalar(String, ScalarStyle)
        /// Items in order.
        case sequence([YAMLNode])
        /// Key-value pairs in the order written (keys are unique).
        case mapping([YAMLPair])
    }

    /// The node's shape and content.
    var kind: Kind
    /// From the node's first character (or its anchor or tag) to just past its end;
    /// for an alias, the alias itself.
    var range: SourceRange
    /// A core tag written explicitly (`!!str`, `!!int`, ...), in short form; nil if none.
    var tag: String?
    /// True for a stand-in the composer put where a node could not be built (an
    /// undefined alias): the problem is reported, so readers skip it silently.
    var isPlaceholder = false

    /// A node; `tag` in short form (`!!str`) or nil.
    init(kind: Kind, range: SourceRange, tag: String? = nil) {
        self.kind = kind
        self.range = range
        self.tag = tag
    }

    /// The scalar's text, or nil for a collection.
    var scalar: String? {
        if case .scalar(let s, _) = kind { return s }
        return nil
    }

    /// The scalar's style, or nil for a collection.
    var style: ScalarStyle? {
        if case .scalar(_, let style) = kind { return style }
        return nil
    }

    /// True for a plain scalar that YAML's core schema reads as null (empty, `~`,
    /// `null`, `Null`, `NULL`), unless a tag other than `!!null` says otherwise
    /// (`!!str`, or the non-specific `!`, which the composer turns into `!!str`).
    var isNull: Bool {
        guard case .scalar(let s, .plain) = kind, tag == nil || tag == "!!null" else { return false }
        return s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
    }

    /// A short name of the node's shape for messages: "a mapping", "a list", "text".
    var shapeDescription: String {
        switch kind {
        case .scalar: isNull ? "an empty value" : "a scalar"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// A key and its value in a mapping (keys are always scalars).
struct YAMLPair: Sendable {
    /// The key's text.
    var key: String
    /// Where the key is written.
    var keyRange: SourceRange
    /// The value (an empty plain scalar when none is written).
    var value: YAMLNode

    /// A pair; tests and tools build trees with it.
    init(key: String, keyRange: SourceRange, value: YAMLNode) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
    }
}
