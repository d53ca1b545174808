internal import CCmarkGFM
import Foundation

/// Markdown written back as Markdown, for documents that embed an author's
/// Markdown in a Markdown file of their own (guidelines.md). The text is parsed
/// and re-written by cmark-gfm, so the author's structure stays inside the place
/// it is embedded in:
///
/// - headings move below the embedding document's own (`headingsBelow`), by
///   rank: the highest level the text uses becomes `headingsBelow + 1`, the next
///   one used `+ 2`, and so on up to 6, so no level is skipped;
/// - raw HTML becomes literal text (the HTML form omits it; here a reader sees it);
/// - links and images to anything but http(s), mailto or a relative address are
///   reduced to their text (the HTML form drops such URLs too).
///
/// The task-list extension is not attached: cmark-gfm 0.29's CommonMark writer
/// nests the list item that follows a task item, so `[x]` stays literal text.
extension MarkdownRenderer {
    /// CommonMark text for `markdown` (block content, ends without a newline).
    static func commonmark(_ markdown: String, headingsBelow level: Int) -> String {
        CommonMarkRewrite.render(markdown, headingsBelow: level, inline: false) ?? ""
    }

    /// The inline content of a one-paragraph text, on one line (line breaks become
    /// spaces); nil when the Markdown holds anything but one paragraph.
    static func commonmarkInline(_ markdown: String) -> String? {
        CommonMarkRewrite.render(markdown, headingsBelow: 6, inline: true)
    }
}

extension MarkdownRenderer {
    /// HTML with headings moved below `level` by rank (`HeadingDemotion`).
    static func html(_ markdown: String, headingsBelow level: Int) -> String {
        HeadingDemotion.html(html(markdown), below: level)
    }
}

/// The cmark-gfm side of `MarkdownRenderer.commonmark`: parse, rewrite the tree, write.
private enum CommonMarkRewrite {
    static let extensions = ["table", "strikethrough", "autolink"]

    static func render(_ markdown: String, headingsBelow level: Int, inline: Bool) -> String? {
        MarkdownRenderer.registerExtensions()
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        let bytes = Array(markdown.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return nil }
        defer { cmark_node_free(document) }
        if inline {
            let first = cmark_node_first_child(document)
            if first == nil { return "" }
            guard cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH, cmark_node_next(first) == nil else { return nil }
        }
        rewrite(document, headingsBelow: level, inline: inline)
        guard let rendered = cmark_render_commonmark(document, CMARK_OPT_DEFAULT, 0) else { return nil }
        defer { free(rendered) }
        // Leading spaces stay: cmark-gfm indents list items, and a first item that
        // lost them would make the following ones a nested list.
        var text = Substring(String(cString: rendered))
        while text.first == "\n" { text = text.dropFirst() }
        while let last = text.last, last == "\n" || last == " " { text = text.dropLast() }
        return inline ? String(text.trimmingWhitespace()) : String(text)
    }

    /// Collects the nodes to change first (the tree must not change under the iterator), then changes them.
    private static func rewrite(_ document: OpaquePointer, headingsBelow level: Int, inline: Bool) {
        var nodes: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING || type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE
                || type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE
                || (inline && (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)) {
                nodes.append(node)
            }
        }
        cmark_iter_free(iterator)
        let levels = Set(nodes.filter { cmark_node_get_type($0) == CMARK_NODE_HEADING }.map { Int(cmark_node_get_heading_level($0)) })
        let rank = HeadingDemotion.ranks(levels, below: level)
        for node in nodes {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                let old = Int(cmark_node_get_heading_level(node))
                cmark_node_set_heading_level(node, Int32(rank[old] ?? old))
            case CMARK_NODE_HTML_INLINE:
                replace(node, withText: literal(node))
            case CMARK_NODE_HTML_BLOCK:
                htmlBlockAsParagraph(node)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                replace(node, withText: " ")
            default:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if !isSafe(url) { unwrap(node) }
            }
        }
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func text(_ string: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        cmark_node_set_literal(node, string)
        return node
    }

    private static func replace(_ node: OpaquePointer, withText string: String) {
        guard let new = text(string) else { return }
        cmark_node_insert_before(node, new)
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// A raw HTML block becomes a paragraph of its lines as literal text.
    private static func htmlBlockAsParagraph(_ node: OpaquePointer) {
        guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) else { return }
        let lines = literal(node).split(separator: "\n", omittingEmptySubsequences: true)
            .map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
        for (i, line) in lines.enumerated() {
            if i > 0, let br = cmark_node_new(CMARK_NODE_SOFTBREAK) { cmark_node_append_child(paragraph, br) }
            if let t = text(line) { cmark_node_append_child(paragraph, t) }
        }
        cmark_node_insert_before(node, paragraph)
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// A link keeps its content in place; an image becomes its alt text.
    private static func unwrap(_ node: OpaquePointer) {
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            cmark_node_insert_before(node, child)
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// http(s), mailto, or no scheme at all (relative addresses and `#fragments`).
    static func isSafe(_ url: String) -> Bool {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.firstIndex(of: ":") else { return true }
        let scheme = trimmed[..<colon]
        if scheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
        return ["http", "https", "mailto"].contains(scheme.lowercased())
    }
}
