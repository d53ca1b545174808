/// Parses `ui_strings:`, a mapping from a catalogue message id to the text that
/// replaces it. Only the shape is read here: which ids exist, and whether each
/// text is a Fluent pattern with the message's variables, is checked against
/// the catalogue by `UIStringChecks`.
enum UIStringsParser {
    /// The entries that could be read; when one could not (or the whole is not a
    /// mapping), `ui_strings` is also marked unreadable, so the lints that depend
    /// on what it covers stay silent.
    static func parse(_ node: YAMLNode, _ ctx: inout ParseContext) -> [UIString] {
        let mark = ctx.mark
        let strings = read(node, &ctx)
        if !ctx.isClean(since: mark) || node.isPlaceholder { ctx.unreadable.insert("ui_strings") }
        return strings
    }

    private static func read(_ node: YAMLNode, _ ctx: inout ParseContext) -> [UIString] {
        if node.isPlaceholder { return [] }
        guard case .mapping(let pairs) = node.kind else {
            ctx.report(.wrongNodeKind, "'ui_strings' must be a mapping from a message id to its text (page-submit: Send), not \(node.shapeDescription)",
                       node.range)
            return []
        }
        var strings: [UIString] = []
        for pair in pairs {
            guard let text = ctx.string(pair.value, "the text of '\(pair.key)' in 'ui_strings'"),
                  let style = pair.value.style else { continue }
            strings.append(UIString(id: Located(pair.key, pair.keyRange), pattern: text, style: style))
        }
        return strings
    }
}
