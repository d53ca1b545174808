import Foundation
import Testing
@testable import HITCompiler

/// Spec text and example values in the guideline document stay text: in the
/// HTML they are escaped, in the Markdown they neither become markup nor
/// change the document's structure (checked by reading the Markdown back).
struct GuidelinesSafetyTests {
    static let dollarBrace = GuidelinesFixtures.dollarBrace
    static let img = "<img src=x onerror=alert(1)>"
    static let escapedImg = "&lt;img src=x onerror=alert(1)&gt;"

    static func hostile() throws -> GuidelinesFixtures.Rendered {
        try GuidelinesFixtures.renderYAML(GuidelinesFixtures.hostile, name: "hostile")
    }

    @Test func hostileTextIsEscapedInTheHTML() throws {
        let html = try Self.hostile().html
        for banned in ["<img src=x", "<script", "<b>", "<iframe", "javascript:", "onerror=alert(1)>"] {
            #expect(!html.contains(banned), "found \(banned)")
        }
        #expect(PageSafety.placeholderCount(html) == 0)
        for needle in [
            "<title>Guidelines: Title &#36;{title} \(Self.escapedImg)</title>",
            "<h1>Title &#36;{title} \(Self.escapedImg)</h1>",
            "<p class=\"hitc-description\"># Not a heading | pipe &#36;{description}</p>",
            "<dd>&lt;script&gt;alert(1)&lt;/script&gt; &#36;{goal}</dd>",
            "<h2 id=\"section-1-title\">Section &#36;{section} \(Self.escapedImg)</h2>",
            // An example's text value, its answers and its why.
            "data-field=\"title\" dir=\"auto\">\(Self.escapedImg) &#36;{title}\n# not a heading</h3>",
            "<strong>A | &lt;b&gt;bold&lt;/b&gt; &#36;{a}</strong>",
            "“\(Self.escapedImg) | &#36;{t}”",
            "<strong>Why:</strong> Because \(Self.escapedImg) &#36;{why}",
            "<td>First | \(Self.escapedImg) &#36;{notes}</td>",
            "Write to \(Self.escapedImg).",
        ] {
            #expect(html.contains(needle), "missing: \(needle)")
        }
        // Markdown in the spec is rendered in safe mode: raw HTML omitted, unsafe links dropped.
        #expect(html.contains("<h3>Heading in body</h3>"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func hostileTextStaysTextInTheMarkdown() throws {
        let md = try Self.hostile().markdown
        #expect(md.hasPrefix("# Title \\\(Self.dollarBrace)title} \\<img src=x onerror=alert(1)\\>\n"))
        #expect(md.contains("\n\\# Not a heading \\| pipe \\\(Self.dollarBrace)description}\n"))
        // Read back as a wiki would: the text shows literally, nothing becomes markup.
        let html = MarkdownRenderer.html(md)
        #expect(!html.contains("raw HTML omitted"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("javascript:"))
        #expect(html.components(separatedBy: "<h1>").count - 1 == 1)
        #expect(!html.contains("<h1>Not a heading"))
        #expect(!html.contains("<h1>not a heading"))
        #expect(!html.contains("<ol>"))
        #expect(!html.contains("<em>not em</em>"))
        for needle in [
            "<h1>Title \(Self.dollarBrace)title} \(Self.escapedImg)</h1>",
            "<p># Not a heading | pipe \(Self.dollarBrace)description}</p>",
            "| metric | *not em*",
            // Table cells keep their pipes; the table keeps its columns.
            "<td>A | &lt;b&gt;bold&lt;/b&gt; \(Self.dollarBrace)a}</td>",
            "<td>Hint \(Self.escapedImg) | pipe</td>",
            "<td>First | \(Self.escapedImg) \(Self.dollarBrace)notes}</td>",
            "<h3>1. Why? \(Self.dollarBrace)why}</h3>",
            "<td>- B</td>",
            // The author's Markdown: headings below the section's, raw HTML as text, unsafe link as its text.
            "<h3>Heading in body</h3>",
            "<p>\(Self.escapedImg) x</p>",
            // The example: item, answers and why, all literal.
            "<strong>\(Self.escapedImg) \(Self.dollarBrace)title}<br />\n# not a heading</strong>",
            "&lt;script&gt;alert(1)&lt;/script&gt; **ok**",  // a `<script>` line is an HTML block: all of it literal
            "<td>“\(Self.escapedImg) | \(Self.dollarBrace)t}”</td>",
            "Because \(Self.escapedImg) \(Self.dollarBrace)why}<br />\n# not a heading<br />\n1. not a list<br />\n---",
            "<h3>Q \(Self.escapedImg) \(Self.dollarBrace)q}?</h3>",
            "Write to \(Self.escapedImg).",
        ] {
            #expect(html.contains(needle), "missing: \(needle)")
        }
    }

    @Test func plainTextEscaping() {
        #expect(MarkdownText.plain("a*b*_c_ `d` [e](f) <g> | ~h~ #i $j \\k").markdownSource
            == "a\\*b\\*\\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\| \\~h\\~ \\#i \\$j \\\\k")
        #expect(MarkdownText.plain("# h").markdownSource == "\\# h")
        #expect(MarkdownText.plain("- item").markdownSource == "\\- item")
        #expect(MarkdownText.plain("-5 degrees").markdownSource == "-5 degrees")
        #expect(MarkdownText.plain("===").markdownSource == "\\===")
        #expect(MarkdownText.plain("12. item").markdownSource == "12\\. item")
        #expect(MarkdownText.plain("1.3.0").markdownSource == "1.3.0")
        #expect(MarkdownText.plain("ben & jerry's &amp; &#39;").markdownSource == "ben & jerry's \\&amp; \\&\\#39;")
        #expect(MarkdownText.plain("two\nlines\r\nthree").markdownSource == "two lines three")
        #expect(MarkdownText.lines("one\n- two\n\nfour").markdownSource == "one\\\n\\- two\\\n\\\nfour")
        #expect(MarkdownText.code("a`b").markdownSource == "``a`b``")
        #expect(MarkdownText.code("`x").markdownSource == "`` `x ``")
        #expect(MarkdownText.codeBlock("a\n```\nb").markdownSource == "````\na\n```\nb\n````")
        #expect(MarkdownText.link("a [b]", url: "https://x.com/a b>c").markdownSource == "[a \\[b\\]](<https://x.com/a%20b%3Ec>)")
        #expect(MarkdownText.escapePipes("a | b \\| c `d|e`") == "a \\| b \\| c `d\\|e`")
        #expect(MarkdownText.lines("a").quoted().markdownSource == "> a")
        #expect(MarkdownText.block("x\n\ny", headingsBelow: 0).quoted().markdownSource == "> x\n>\n> y")
        // Every line of plain text reads back as the same text.
        for text in ["a*b*", "# h", "1. x", "<b>x</b>", "[a](b)", "a | b", "~~s~~", "&amp;", "\\*", "+ x", "> q", "`c`", "![i](u)",
                     "-", "***", "a_b_c", "\"q\" 'r'", "<!-- c -->", "www.x.com"] {
            let html = MarkdownRenderer.html(MarkdownText.plain(text).markdownSource)
            let expected = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            #expect(html == "<p>\(expected)</p>\n" || text == "www.x.com", "\(text) → \(html)")
        }
    }

    /// All the Markdown the example specs hold: summaries, sections, hints, FAQ answers, Markdown fields of examples.
    static func exampleMarkdown() throws -> [String] {
        var texts: [String] = []
        for url in Paths.exampleSpecs {
            let spec = try TaskPageFixtures.spec(at: url)
            let g = try #require(spec.guidelines)
            texts += [g.summary?.value].compactMap { $0 } + g.sections.compactMap(\.body?.value)
            texts += try TaskPageFixtures.checked(at: url).sectionBodies.values.sorted()
            texts += g.faq.map(\.answer.value) + spec.hit.questions.compactMap(\.hint)
            let markdownFields = Set(spec.data.fields.filter { $0.type.value == .markdown }.map(\.name))
            texts += g.examples.flatMap { $0.item.filter { markdownFields.contains($0.name.value) }.flatMap { $0.values.map(\.value) } }
        }
        return texts
    }

    @Test func rewrittenMarkdownRendersLikeTheOriginal() throws {
        let texts = try Self.exampleMarkdown()
        #expect(texts.count > 30)
        for text in texts {
            let original = MarkdownRenderer.html(text, headingsBelow: 0)  // headings by rank, as the rewrite does
            #expect(MarkdownRenderer.html(MarkdownRenderer.commonmark(text, headingsBelow: 0)) == original, "\(text)")
            #expect(MarkdownRenderer.html(MarkdownText.block(text, headingsBelow: 0).quoted().markdownSource)
                == "<blockquote>\n" + original + "</blockquote>\n", "\(text)")
        }
    }

    @Test func markdownIsRewrittenToStayInItsPlace() {
        #expect(MarkdownRenderer.commonmark("# A\n\nSetext\n---\n\ntext", headingsBelow: 2) == "### A\n\n#### Setext\n\ntext")
        // By rank: the text's highest level sits right below the document's, no level skipped.
        #expect(MarkdownRenderer.commonmark("###### deep", headingsBelow: 3) == "#### deep")
        #expect(MarkdownRenderer.commonmark("### a\n\n##### b\n\n### c", headingsBelow: 2) == "### a\n\n#### b\n\n### c")
        #expect(MarkdownRenderer.commonmark("# 1\n\n## 2\n\n### 3\n\n#### 4", headingsBelow: 4) == "##### 1\n\n###### 2\n\n###### 3\n\n###### 4")
        #expect(MarkdownRenderer.html("### a\n\n##### b `<h1>`", headingsBelow: 2) == "<h3>a</h3>\n<h4>b <code>&lt;h1&gt;</code></h4>\n")
        #expect(MarkdownRenderer.html("no headings", headingsBelow: 2) == "<p>no headings</p>\n")
        #expect(MarkdownRenderer.commonmark("a <b onclick=x>b</b>", headingsBelow: 0) == "a \\<b onclick=x\\>b\\</b\\>")
        #expect(MarkdownRenderer.commonmark("<div>\nhi\n</div>", headingsBelow: 0) == "\\<div\\>\nhi\n\\</div\\>")
        #expect(MarkdownRenderer.commonmark("[x](javascript:alert(1)) [y](https://e.com) [z](#top) ![i](data:x)", headingsBelow: 0)
            == "x [y](https://e.com) [z](#top) i")
        #expect(MarkdownRenderer.commonmarkInline("a\nb  \nc") == "a b c")
        // A list at the very start keeps its items' indentation, so no item nests under the first.
        let list = MarkdownRenderer.commonmark("- a\n- b", headingsBelow: 0)
        #expect(MarkdownRenderer.html(list) == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
        #expect(MarkdownRenderer.html(MarkdownText.block("- a\n- b", headingsBelow: 0).quoted().markdownSource)
            == "<blockquote>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n</blockquote>\n")
        #expect(MarkdownRenderer.commonmarkInline("- a") == nil)
        #expect(MarkdownRenderer.commonmarkInline("a\n\nb") == nil)
        #expect(MarkdownRenderer.commonmarkInline("") == "")
        #expect(MarkdownText.inline("ends with #").markdownSource == "ends with \\#")
        #expect(MarkdownText.inline("- a\n- b").markdownSource == "\\- a - b")
    }
}
