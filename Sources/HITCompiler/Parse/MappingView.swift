/// A mapping node being read: key lookup and required-key reporting.
struct MappingView {
    let node: YAMLNode
    let pairs: [YAMLPair]
    /// How messages name this mapping, e.g. "question 'relevance'".
    let what: String

    /// The value of `key`, if present.
    subscript(_ key: String) -> YAMLNode? {
        pairs.first { $0.key == key }?.value
    }

    /// The pair for `key`, if present.
    func pair(_ key: String) -> YAMLPair? {
        pairs.first { $0.key == key }
    }

    /// The value of `key`, or a missing-key diagnostic.
    func required(_ key: String, _ context: inout ParseContext) -> YAMLNode? {
        if let value = self[key] { return value }
        context.report(.missingKey, "\(what) is missing the required key '\(key)'", SourceRange(at: node.range.start))
        return nil
    }
}
