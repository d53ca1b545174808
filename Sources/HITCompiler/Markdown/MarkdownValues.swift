/// The author's Markdown as block content, carried by a view model as written:
/// lowering never renders it. The render stage turns it into HTML when the view
/// is encoded for the templates (`TemplateContext`), so a template prints
/// `{{{nameHTML}}}` as before.
struct MarkdownBlock: Encodable, Sendable, Hashable {
    /// The Markdown as written in the spec (or a section file, or a data value).
    let source: String
    /// The rank the Markdown's own headings move below (`TaskPageMarkdown.block`).
    let headingsBelow: Int
    /// Each table in a focusable scroll box (guidelines.html), so a phone scrolls a wide table.
    let scrollingTables: Bool

    /// The Markdown `source`, its headings to sit below `headingsBelow`.
    init(_ source: String, headingsBelow: Int, scrollingTables: Bool = false) {
        self.source = source
        self.headingsBelow = headingsBelow
        self.scrollingTables = scrollingTables
    }

    /// The HTML: cmark-gfm in safe mode, headings demoted, tables aligned by style
    /// (and in a scroll box with `scrollingTables`).
    var html: String {
        let html = TaskPageMarkdown.block(source, headingsBelow: headingsBelow)
        guard scrollingTables else { return html }
        return html.replacingASCII("<table>", with: "<div class=\"g-table-wrap\" tabindex=\"0\"><table>")
            .replacingASCII("</table>", with: "</table></div>")
    }

    /// Encodes as its HTML.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(html)
    }
}

/// The author's one-paragraph Markdown for phrasing content (an option hint
/// inside a `<label>`, an FAQ question), carried as written; rendered as
/// `MarkdownBlock` is (`TaskPageMarkdown.inline`: block structure falls back to escaped text).
struct MarkdownInline: Encodable, Sendable, Hashable {
    /// The Markdown as written.
    let source: String

    /// The Markdown `source`.
    init(_ source: String) { self.source = source }

    /// The phrasing HTML.
    var html: String { TaskPageMarkdown.inline(source) }

    /// Encodes as its HTML.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(html)
    }
}
