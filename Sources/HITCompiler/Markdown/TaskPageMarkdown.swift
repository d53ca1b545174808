import Foundation

/// Markdown for the page: cmark-gfm in safe mode, headings moved below the
/// page's own, and an inline form for places that allow phrasing content only.
enum TaskPageMarkdown {
    /// Block HTML with Markdown headings demoted so the first level becomes `headingsBelow + 1`.
    static func block(_ markdown: String, headingsBelow level: Int) -> String {
        modernTableAlignment(MarkdownRenderer.html(markdown, headingsBelow: level))
    }

    /// cmark-gfm writes table alignment as `align="..."`, which HTML5 made obsolete
    /// (the W3C checker reports it as an error); an inline style says the same.
    static func modernTableAlignment(_ html: String) -> String {
        guard html.containsASCII(" align=\"") else { return html }
        var out = html
        for side in ["left", "center", "right"] {
            out = out.replacingASCII(" align=\"\(side)\"", with: " style=\"text-align: \(side)\"")
        }
        return out
    }

    /// Phrasing HTML for a one-paragraph text (an option hint inside a `<label>`);
    /// anything with block structure falls back to escaped plain text.
    static func inline(_ markdown: String) -> String {
        let html = MarkdownRenderer.html(markdown).trimmingWhitespace()
        if html.hasPrefix("<p>"), html.hasSuffix("</p>") {
            let inner = html.dropFirst(3).dropLast(4)
            let blockTags = ["<p>", "<p ", "<ul", "<ol", "<li", "<div", "<pre", "<table", "<blockquote", "<h", "<hr"]
            if !blockTags.contains(where: { inner.containsASCII($0) }) { return String(inner) }
        }
        return escape(markdown)
    }

    /// `&`, `<`, `>`, `"`, `'` escaped.
    static func escape(_ text: String) -> String {
        MarkupEscaping.escaped(text)
    }

    /// Headings moved below the page's own (`HeadingDemotion`).
    static func demoteHeadings(_ html: String, by: Int) -> String {
        HeadingDemotion.html(html, below: by)
    }
}
