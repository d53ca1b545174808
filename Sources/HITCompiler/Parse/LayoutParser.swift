/// Parses `hit.layout`: a list of blocks, each a mapping with exactly one block
/// key (`text`, `image`, `link`, `audio`, `video`, `markdown`, `note`,
/// `question`, `columns`) and that block's modifiers (`style`, `alt`, `label`).
/// `label` is the link text of a `link` block and the caption of a `text`,
/// `markdown`, `image`, `audio` or `video` block.
///
/// Slips are reported once and then read as meant, so they do not cascade into
/// "question not placed" errors: a misspelled block key that is close to one
/// (`questoin:`) is read as that block, and an entry with two block keys is read
/// as two blocks.
enum LayoutParser {
    static let blockKeys = ["text", "image", "link", "audio", "video", "markdown", "note", "question", "columns"]
    static let modifiers: [String: [String]] = [
        "text": ["style", "label"], "image": ["alt", "label"], "link": ["label"],
        "audio": ["label"], "video": ["label"], "markdown": ["label"],
    ]

    static func parse(_ node: YAMLNode, _ ctx: inout ParseContext, depth: Int = 0) -> [LayoutBlock] {
        guard let items = ctx.sequence(node, depth == 0 ? "'hit.layout'" : "a column") else { return [] }
        if items.isEmpty {
            ctx.report(.emptyList, depth == 0 ? "'hit.layout' must hold at least one block" : "a column must hold at least one block", node.range)
        }
        return items.flatMap { parseEntry($0, &ctx, depth: depth) }
    }

    /// The blocks of one list entry: normally one.
    private static func parseEntry(_ node: YAMLNode, _ ctx: inout ParseContext, depth: Int) -> [LayoutBlock] {
        let validKeys = SpecSchema.keys(.layoutBlock)
        guard let m = ctx.mapping(node, "a layout block", allowed: validKeys) else { return [] }
        // Block keys as written, or else the unknown key whose did-you-mean (already reported) is a block key.
        var present = m.pairs.filter { blockKeys.contains($0.key) }.map { (key: $0.key, pair: $0) }
        if present.isEmpty {
            present = m.pairs.filter { !validKeys.contains($0.key) }
                .compactMap { pair in Suggestions.closest(to: pair.key, in: blockKeys).map { (key: $0, pair: pair) } }
                .prefix(1).map { $0 }
            if present.isEmpty {
                if !m.pairs.contains(where: { !validKeys.contains($0.key) }) {
                    ctx.report(.missingKey, "a layout block needs one of: \(blockKeys.joined(separator: ", "))", SourceRange(at: node.range.start))
                }
                return []
            }
        }
        for extra in present.dropFirst() {
            ctx.report(.unknownKey, "a layout block has one block key; '\(extra.key)' starts another block",
                       extra.pair.keyRange, notes: [DiagnosticNote("start a new list entry with '- \(extra.key): ...'")])
        }
        let block = present[0].key
        let allowedModifiers = present.flatMap { modifiers[$0.key] ?? [] }
        for pair in m.pairs where validKeys.contains(pair.key) && !blockKeys.contains(pair.key) && !allowedModifiers.contains(pair.key) {
            ctx.report(.unknownKey, "'\(pair.key)' does not apply to a '\(block)' block", pair.keyRange,
                       notes: [DiagnosticNote(allowedModifiers.isEmpty ? "a '\(block)' block takes no other keys"
                                                : "a '\(block)' block also takes: \(allowedModifiers.joined(separator: ", "))")])
        }
        return present.compactMap { parseBlock($0.key, $0.pair.value, m, node, &ctx, depth: depth) }
    }

    /// One block of kind `block` whose value is `value`; modifiers are read from `m`.
    private static func parseBlock(_ block: String, _ value: YAMLNode, _ m: MappingView, _ node: YAMLNode,
                                   _ ctx: inout ParseContext, depth: Int) -> LayoutBlock? {
        let kind: LayoutBlock.Kind
        switch block {
        case "text":
            guard let f = ctx.string(value, "the 'text' block's field") else { return nil }
            let style = m["style"].flatMap { ctx.word($0, "text style", as: LayoutBlock.TextStyle.self)?.value } ?? .body
            kind = .text(field: f, style: style)
        case "image":
            guard let f = ctx.string(value, "the 'image' block's field") else { return nil }
            kind = .image(field: f, alt: m["alt"].flatMap { ctx.string($0, "'alt'") })
        case "link":
            guard let f = ctx.string(value, "the 'link' block's field") else { return nil }
            kind = .link(field: f, label: m["label"].flatMap { ctx.string($0, "'label'")?.value })
        case "audio":
            guard let f = ctx.string(value, "the 'audio' block's field") else { return nil }
            kind = .audio(field: f)
        case "video":
            guard let f = ctx.string(value, "the 'video' block's field") else { return nil }
            kind = .video(field: f)
        case "markdown":
            guard let f = ctx.string(value, "the 'markdown' block's field") else { return nil }
            kind = .markdown(field: f)
        case "note":
            guard let text = ctx.string(value, "the 'note' block's text") else { return nil }
            kind = .note(text)
        case "question":
            guard let q = ctx.string(value, "the 'question' block's question id") else { return nil }
            kind = .question(q)
        default: // columns
            guard let columns = ctx.sequence(value, "'columns'") else { return nil }
            if columns.count < 2 {
                ctx.report(.emptyList, "'columns' needs at least two columns", value.range)
            }
            kind = .columns(columns.map { parse($0, &ctx, depth: depth + 1) })
        }
        var caption: String?
        if block != "link", modifiers[block]?.contains("label") == true, let l = m["label"] {
            caption = ctx.string(l, "'label'")?.value
        }
        return LayoutBlock(kind: kind, range: node.range, caption: caption)
    }
}
