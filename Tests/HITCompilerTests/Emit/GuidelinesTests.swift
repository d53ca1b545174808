import Foundation
import Testing
@testable import HITCompiler

/// guidelines.html and guidelines.md: every example spec renders with every
/// part of the document, the HTML is standalone and script-free, the Markdown
/// keeps its structure, and the output is deterministic.
struct GuidelinesTests {
    static func escape(_ text: String) -> String { TaskPageMarkdown.escape(text) }

    @Test(arguments: Paths.exampleSpecs)
    func examplesRenderEveryPart(url: URL) throws {
        let r = try GuidelinesFixtures.renderExample(url)
        let spec = r.spec
        let html = r.html
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(spec.language.value.text)\" dir=\"\(TextDirection.of(languageTag: spec.language.value.text).rawValue)\">"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\""
            + "default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src https: data:; media-src https:; "
            + "base-uri &#39;none&#39;; form-action &#39;none&#39;\">"))
        for banned in ["<script", "<link", "<iframe", "<form", "<input", "<textarea", "<select", "<button", "<template"] {
            #expect(!html.contains(banned), "\(r.name): \(banned)")
        }
        #expect(html.contains("<h1>\(Self.escape(spec.title?.value ?? ""))</h1>"))
        // hitc's own words in the spec's language (its catalogue; English without one).
        let words = MessageCatalogue.forLanguage(spec.language.value.text)
        #expect(html.contains(Self.escape(words.format("guide-kicker-version", ["version": .text(spec.version?.value.description ?? "?")]))))
        let g = try #require(spec.guidelines)
        for section in g.sections {
            #expect(html.contains("-title\">\(Self.escape(section.title.value))</h2>"), "\(r.name): \(section.title.value)")
            #expect(r.markdown.contains("\n## \(MarkdownText.plain(section.title.value))\n"), "\(r.name): \(section.title.value)")
        }
        // Every option label, in a row of its question's table.
        for q in spec.hit.questions {
            #expect(html.contains("<h3>\(Self.escape(q.prompt.value))</h3>"))
            #expect(r.markdown.contains("\n### \(MarkdownText.plain(q.prompt.value))\n"))
            for option in q.choice?.options ?? [] {
                let key = option.key.map { " <kbd>\(Self.escape($0.value))</kbd>" } ?? ""
                // An exclusive option says so next to its label.
                let clears = option.exclusive ? " <span class=\"g-exclusive\">\(Self.escape(words.format("guide-clears-others")))</span>" : ""
                #expect(html.contains("<tr><th scope=\"row\">\(Self.escape(option.label))\(key)\(clears)</th>"), "\(r.name): \(option.label)")
                let mdClears = option.exclusive ? " " + MarkdownText.cell(words.format("guide-clears-others")).markdownSource : ""
                #expect(r.markdown.contains("\n| \(MarkdownText.cell(option.label))\(mdClears) |"), "\(r.name): \(option.label)")
            }
        }
        // Every example, its why and its expected answers by label.
        for (i, example) in g.examples.enumerated() {
            let heading = words.format("guide-example", ["number": .number(i + 1)])
            #expect(html.contains("<h3 class=\"hitc-item-title\" id=\"example-\(i + 1)-title\">\(Self.escape(heading))</h3>"))
            #expect(r.markdown.contains("\n### \(MarkdownText.plain(heading))\n"))
            if let why = example.why?.value {
                #expect(html.contains(Self.escape(why)), "\(r.name): example \(i + 1)")
                #expect(r.markdown.contains("**\(MarkdownText.plain(words.format("guide-why")))** " + MarkdownText.lines(why).markdownSource),
                        "\(r.name): example \(i + 1)")
            }
            for answer in example.answers {
                guard let q = spec.hit.question(answer.name.value), let choice = q.choice else { continue }
                for value in answer.values {
                    let label = try #require(choice.options.first { $0.value == value.value }?.label)
                    #expect(html.contains("<strong>\(Self.escape(label))</strong>"))
                }
            }
        }
        #expect(html.components(separatedBy: "<article class=\"g-example\"").count - 1 == g.examples.count)
        for entry in g.faq {
            #expect(r.markdown.contains("\n### \(MarkdownText.inline(entry.question.value))\n"))
        }
        for change in g.changelog { #expect(html.contains(Self.escape(change.notes.value))) }
        if let contact = spec.communication?.contact?.value {
            #expect(html.contains("<a href=\"mailto:\(contact)\">\(contact)</a>"))
            #expect(r.markdown.contains("<\(contact)>"))
        }
        // Every table-of-contents link has its target.
        let anchors = html.matches(of: /<a href="#([^"]+)">/).map { String($0.output.1) }
        #expect(anchors.count > g.sections.count)
        for anchor in anchors { #expect(html.contains("id=\"\(anchor)\""), "\(r.name): #\(anchor)") }
        // The Markdown: one title, one options table per choice question, every part's heading.
        let md = r.markdown
        #expect(md.hasPrefix("# \(MarkdownText.plain(spec.title?.value ?? ""))\n"))
        #expect(md.hasSuffix("\n") && !md.hasSuffix("\n\n"))
        let choiceQuestions = spec.hit.questions.filter { $0.choice != nil }.count
        #expect(md.components(separatedBy: "\n| \(MarkdownText.cell(words.format("guide-col-option")).markdownSource) |").count - 1
                == choiceQuestions)
        for id in ["guide-contents", "guide-purpose", "guide-summary", "guide-questions", "guide-examples",
                   "guide-faq", "guide-changelog", "guide-contact"] {
            let heading = words.format(id)
            #expect(md.contains("\n## \(MarkdownText.plain(heading))\n"), "\(r.name): \(heading)")
            #expect(html.contains(">\(Self.escape(heading))</h2>"), "\(r.name): \(heading)")
        }
    }

    @Test(arguments: Paths.exampleSpecs)
    func markdownKeepsItsStructure(url: URL) throws {
        let r = try GuidelinesFixtures.renderExample(url)
        let g = try #require(r.spec.guidelines)
        // Read back as a wiki would: one h1, an h2 per part and section, tables where expected.
        let html = MarkdownRenderer.html(r.markdown)
        #expect(html.components(separatedBy: "<h1>").count - 1 == 1)
        let parts = 8  // contents, purpose, summary, questions, examples, FAQ, changelog, contact
        #expect(html.components(separatedBy: "<h2>").count - 1 == parts + g.sections.count)
        let choiceQuestions = r.spec.hit.questions.filter { $0.choice != nil || $0.typeName == "scale" }.count
        let tablesInBodies = MarkdownRenderer.html(g.sections.compactMap(\.body?.value).joined(separator: "\n\n"))
            .components(separatedBy: "<table>").count - 1
        let fileTables = try TaskPageFixtures.checked(at: url).sectionBodies.values
            .map { MarkdownRenderer.html($0).components(separatedBy: "<table>").count - 1 }.reduce(0, +)
        // Options per question, expected answers per example, the changelog, and the authors' own.
        #expect(html.components(separatedBy: "<table>").count - 1 == choiceQuestions + g.examples.count + 1 + tablesInBodies + fileTables)
        #expect(!html.contains("raw HTML omitted"))
        #expect(html.components(separatedBy: "<blockquote>").count - 1 >= g.examples.count)
    }

    @Test func everyBlockOfAnExampleIsDrawnLikeTheTaskPage() throws {
        let r = try GuidelinesFixtures.renderYAML(GuidelinesFixtures.sink, name: "kitchen-sink")
        let html = r.html
        for needle in [
            "<h3 class=\"hitc-block hitc-text hitc-text-heading\" data-field=\"heading\" dir=\"auto\">A heading</h3>",
            // A caption (label:) wraps its block, which is then not a .hitc-block itself.
            "<div class=\"hitc-block hitc-captioned hitc-captioned-inline\"><span class=\"hitc-caption\">Body</span>",
            "<p class=\"hitc-text hitc-text-body\" data-field=\"body\" dir=\"auto\">Body text\non two lines</p>",
            "<blockquote class=\"hitc-block hitc-text hitc-text-quote\" data-field=\"quote\" dir=\"auto\">A quotation</blockquote>",
            "<p class=\"hitc-block hitc-text hitc-text-mono\" data-field=\"code\" dir=\"auto\">0012345</p>",
            "<figure class=\"hitc-block hitc-image\" data-field=\"photo\" data-alt-field=\"caption\"><img src=\"https://img.example.com/1.jpg\" alt=\"A photo\" data-failed=\"The image could not be loaded\"></figure>",
            "<a href=\"https://example.com/p/1\" target=\"_blank\" rel=\"noopener noreferrer\">Open the page</a>",
            "<audio controls preload=\"none\" src=\"https://media.example.com/1.mp3\"></audio>",
            "<video controls preload=\"none\" src=\"https://media.example.com/1.mp4\"></video>",
            // Markdown fields render safely, their headings below the example's.
            "<p><strong>Bold</strong> and <em>em</em></p>\n<h4>A big heading</h4>",
            "<div class=\"hitc-block hitc-md hitc-note\"><p>A <strong>static</strong> note",
            "<div class=\"hitc-block hitc-columns\">",
            // Expected answers by label, with keys; several for multi_choice; points with their label; units.
            "<dt>Which tags apply?</dt><dd><span class=\"g-answer\"><strong>Red</strong> <kbd>r</kbd></span><span class=\"g-answer\"><strong>Blue</strong> <kbd>b</kbd></span></dd>",
            "<strong>5 (Great)</strong>",
            "<strong>2 errors</strong>",
            "<dt>Type the code you see (optional)</dt><dd><span class=\"g-answer\">“AB12”</span></dd>",
            // Options table: keys, hints, the examples that use each option.
            "<tr><th scope=\"row\">Good <kbd>1</kbd></th><td>Everything is <em>right</em>.<div class=\"g-seen\">Shown in <ul class=\"g-refs\"><li><a href=\"#example-2\">Example 2</a></li></ul></div></td></tr>",
            "<tr><th scope=\"row\">5</th><td>Great<div class=\"g-seen\">Shown in <ul class=\"g-refs\"><li><a href=\"#example-1\">Example 1</a></li></ul></div></td></tr>",
            "<tr><th scope=\"row\">Bad <kbd>2</kbd></th><td></td></tr>",
            // Rules of text and number questions.
            "Free text of 5 to 300 characters.",
            "Shown only when the answer to “What is the verdict?” is “Something else”.",
            "Required when shown.",
            "It must match the pattern <code>[A-Z0-9]+</code>.",
            "A whole number from 0 to 10.</span> <span class=\"g-rule\">Unit: errors.",
            "Choose 1 to 2.",
        ] {
            #expect(html.contains(needle), "missing: \(needle)")
        }
        // Questions are not drawn as controls, and the second example leaves out its empty fields.
        #expect(!html.contains("<fieldset"))
        let second = try #require(html.firstMatch(of: /<article class="g-example" id="example-2"[\s\S]*?<\/article>/)?.0)
        #expect(!second.contains("data-field=\"quote\""))
        #expect(!second.contains("data-field=\"page\""))
        #expect(!second.contains("data-media"))
        // Newest change first; a pre-release before its release.
        let versions = html.matches(of: /<tr><th scope="row">(\d+\.\d+\.\d+[^<]*)<\/th><td class="g-nowrap">/).map { String($0.output.1) }
        #expect(versions == ["1.0.0", "1.0.0-rc.1", "0.9.0"])
        // The Markdown draws the same item inside a quote.
        let md = r.markdown
        for needle in [
            "> **A heading**\n>\n> Body text\\\n> on two lines\n>\n> > A quotation\n>\n> `0012345`\n>\n> ![A photo](<https://img.example.com/1.jpg>)\n>\n> [Open the page](<https://example.com/p/1>)",
            "> #### A big heading",
            "| Which tags apply? | **Red** (key `r`), **Blue** (key `b`) |",
            "| Type the code you see (optional) | “AB12” |",
            "| 5 | Great | 1 |",
            "| Good | `1` | Everything is *right*. | 2 |",
            "It must match the pattern `[A-Z0-9]+`.",
            "| 1.0.0 | 1 January 2026 | First. |\n| 1.0.0-rc.1 | 1 December 2025 | Candidate. |\n| 0.9.0 |  | Draft. |",
        ] {
            #expect(md.contains(needle), "missing: \(needle)")
        }
    }

    @Test func renderingIsDeterministic() throws {
        let a = try GuidelinesFixtures.renderYAML(GuidelinesFixtures.sink, name: "kitchen-sink")
        let b = try GuidelinesFixtures.renderYAML(GuidelinesFixtures.sink, name: "kitchen-sink")
        #expect(a.html == b.html)
        #expect(a.markdown == b.markdown)
    }

    @Test func semanticVersionPrecedence() throws {
        func v(_ text: String) throws -> SemanticVersion {
            let core = text.split(separator: "+", maxSplits: 1)[0]
            let parts = core.split(separator: "-", maxSplits: 1)
            let numbers = parts[0].split(separator: ".").compactMap { Int($0) }
            return SemanticVersion(major: numbers[0], minor: numbers[1], patch: numbers[2],
                                   prerelease: parts.count > 1 ? String(parts[1]) : nil, build: nil)
        }
        let ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
                       "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.10.0", "2.0.0"]
        for (a, b) in zip(ordered, ordered.dropFirst()) {
            #expect(GuidelinesLowering.precedes(try v(a), try v(b)), "\(a) < \(b)")
            #expect(!GuidelinesLowering.precedes(try v(b), try v(a)), "\(b) > \(a)")
        }
        #expect(!GuidelinesLowering.precedes(try v("1.0.0"), try v("1.0.0")))
    }

    @Test func unitsOfOne() {
        #expect(GuidelinesLowering.unit("errors", count: "1") == "error")
        #expect(GuidelinesLowering.unit("errors", count: "2") == "errors")
        #expect(GuidelinesLowering.unit("seconds", count: "1") == "second")
        #expect(GuidelinesLowering.unit("inches", count: "1") == "inches")
        #expect(GuidelinesLowering.unit("kg", count: "1") == "kg")
        #expect(GuidelinesLowering.unit("series", count: "1") == "series")
        #expect(GuidelinesLowering.unit("Grad Celsius", count: "1") == "Grad Celsius")
    }

    @Test func contactsBecomeLinksOnlyWhenSafe() {
        #expect(GuidelinesLowering.contact("help@example.com").href == "mailto:help@example.com")
        #expect(GuidelinesLowering.contact("https://help.example.com/task").href == "https://help.example.com/task")
        #expect(GuidelinesLowering.contact("javascript:alert(1)").href == nil)
        #expect(GuidelinesLowering.contact("a@b.com?subject=<x>").href == nil)
        #expect(GuidelinesLowering.contact("the labeling team").href == nil)
        #expect(GuidelinesLowering.contact("x@localhost").href == nil)
    }

    @Test func exampleValuesThatCannotBeShownAsWhatTheyAreShowAsText() {
        var image = BlockView()
        image.image = ImageBlockView(field: "photo", altField: "caption")
        var link = BlockView()
        link.link = LinkBlockView(field: "page", linkLabel: "")
        var media = BlockView()
        media.video = MediaBlockView(field: "clip")
        var question = BlockView()
        question.question = QuestionView(id: "q", type: "text", display: "text", prompt: "Q", optionalMark: false)
        let values = ["photo": "javascript:alert(1)", "page": "http://example.com", "clip": "data:video/mp4,xx", "caption": "c"]
        let filled = GuidelinesExampleBlocks.fill([image, link, media, question], values: values)
        #expect(filled.count == 3)
        #expect(filled.map { $0.text?.textValue } == [
            "Image not shown (not an https address): javascript:alert(1)",
            "http://example.com (not an https address): http://example.com",
            "Media not shown (not an https address): data:video/mp4,xx",
        ])
        #expect(GuidelinesExampleBlocks.fill([image], values: ["photo": "  "]).isEmpty)
        #expect(GuidelinesExampleBlocks.isHTTPS("https://img.example.com/a.jpg"))
        #expect(!GuidelinesExampleBlocks.isHTTPS("https:///a.jpg"))
    }
}
