import Foundation
import Testing
@testable import HITCompiler

/// Spec text and data never become markup or a second MTurk placeholder.
struct TaskPageSafetyTests {
    static let dollarBrace = "$" + "{"

    static func hostilePage(_ mode: TaskPageMode) throws -> String {
        let (checked, _) = try TaskPageFixtures.checked(yaml: TaskPageFixtures.hostile)
        let items: [[String: JSONValue]] = [
            ["id": .string("h-1"), "title": .string("<img src=x onerror=alert(1)>")],
            ["id": .string("h-2"), "title": .string("</script><script>alert(1)</script> " + dollarBrace + "items}")],
        ]
        return try TaskPageRenderer.render(checked, mode: mode, items: items, templates: .builtin)
    }

    @Test(arguments: [TaskPageMode.task, .preview])
    func hostileSpecTextStaysText(mode: TaskPageMode) throws {
        let page = try Self.hostilePage(mode)
        // Exactly the one placeholder on the task page, none on the preview.
        #expect(PageSafety.placeholderCount(page) == (mode == .task ? 1 : 0))
        // Only the page's own three script elements; no markup from the spec or the data.
        #expect(page.components(separatedBy: "<script").count - 1 == 3)
        #expect(!page.contains("<img src=x"))
        #expect(!page.contains("<iframe"))
        #expect(!page.contains("<svg"))
        #expect(!page.contains("<b>bold</b>"))
        #expect(!page.contains("<i>x</i>"))
        #expect(!page.contains("javascript:"))
        // Spec text shows literally (escaped, `$` + `{` neutralised as a character reference).
        #expect(page.contains("<title>Title &#36;{title} &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        #expect(page.contains("Prompt &#36;{prompt} &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(page.contains("placeholder=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &#36;{placeholder}\""))
        #expect(page.contains("<code>&#36;{code}</code>"))
        #expect(page.contains("&#36;{label} &lt;b&gt;bold&lt;/b&gt;"))
        #expect(page.contains("<h2>Section &#36;{section} &lt;/details&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h2>"))
        // The configuration JSON escapes what could end the element or be templated.
        let json = try #require(TaskPageFixtures.scriptBody(page, open: "<script type=\"application/json\" id=\"hitc-config\">"))
        for ch in ["<", ">", "&", "$", "\u{2028}", "\u{2029}"] { #expect(!json.contains(ch), "config JSON holds \(ch)") }
        #expect(json.contains("\\u003c/script\\u003e"))
    }

    @Test func configJSONRoundTrips() throws {
        let page = try Self.hostilePage(.preview)
        let json = try #require(TaskPageFixtures.scriptBody(page, open: "<script type=\"application/json\" id=\"hitc-config\">"))
        let config = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let demo = try #require(config["demoItems"] as? [[String: Any]])
        #expect(demo.count == 2)
        #expect(demo[0]["title"] as? String == "<img src=x onerror=alert(1)>")
        #expect(demo[1]["title"] as? String == "</script><script>alert(1)</script> " + Self.dollarBrace + "items}")
        let questions = try #require(config["questions"] as? [[String: Any]])
        #expect(questions.last?["pattern"] as? String == "[" + Self.dollarBrace + "]+")
    }

    @Test func kitchenSinkItemsRoundTripThroughTheConfiguration() throws {
        let page = try TaskPageTests.kitchenSink(mode: .preview)
        let json = try #require(TaskPageFixtures.scriptBody(page, open: "<script type=\"application/json\" id=\"hitc-config\">"))
        let config = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let demo = try #require(config["demoItems"] as? [Any])
        let decoded = demo.map { TaskPageFixtures.jsonValue($0) }
        #expect(decoded == TaskPageFixtures.kitchenSinkItems.map { JSONValue.object($0) })
    }

    @Test func escapingForScripts() throws {
        let text = "a</script><!--$" + "{x}&\u{2028}\u{2029}"
        let json = try PageSafety.scriptJSON(["k": text])
        #expect(json == #"{"k":"a\u003c/script\u003e\u003c!--\u0024{x}\u0026\u2028\u2029"}"#)
        let back = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
        #expect(back == ["k": text])
    }

    @Test func finalizeNeutralisesTextAndRefusesScripts() throws {
        let marker = PageSafety.itemsMarker
        let ok = try PageSafety.finalize("<p title=\"$" + "{a}\">$" + "{b}</p><script type=\"text/plain\">\(marker)</script><style>p{}</style>", placeholder: true)
        #expect(ok == "<p title=\"&#36;{a}\">&#36;{b}</p><script type=\"text/plain\">" + PageSafety.itemsPlaceholder + "</script><style>p{}</style>")
        #expect(throws: TemplateError.self) { try PageSafety.finalize("<script>var a = `$" + "{x}`;</script>\(marker)", placeholder: true) }
        #expect(throws: TemplateError.self) { try PageSafety.finalize("<STYLE>a{content:'$" + "{x}'}</STYLE>\(marker)", placeholder: true) }
        #expect(throws: TemplateError.self) { try PageSafety.finalize("<p>no marker</p>", placeholder: true) }
        #expect(throws: TemplateError.self) { try PageSafety.finalize("\(marker)\(marker)", placeholder: true) }
        #expect(throws: TemplateError.self) { try PageSafety.finalize("<script>unclosed", placeholder: false) }
        #expect(try PageSafety.finalize("<p>\(marker)</p>", placeholder: false) == "<p></p>")
        // `<scripts>` is not a script element; a `${` there is neutralised like any text.
        #expect(try PageSafety.finalize("<scripts>$" + "{x}</scripts>", placeholder: false) == "<scripts>&#36;{x}</scripts>")
    }

    @Test func assetsThatMTurkCouldTemplateAreRefused() {
        #expect(throws: TemplateError.self) { try PageSafety.checkScript("var a = `$" + "{b}`;", name: "t.js") }
        #expect(throws: TemplateError.self) { try PageSafety.checkScript("var a = '</script>';", name: "t.js") }
        #expect(throws: TemplateError.self) { try PageSafety.checkScript("var a = '<!--';", name: "t.js") }
        #expect(throws: TemplateError.self) { try PageSafety.checkStyle("a{b:'$" + "{c}'}", name: "t.css") }
        #expect(throws: TemplateError.self) { try PageSafety.checkStyle("</style>", name: "t.css") }
        #expect(throws: Never.self) { try PageSafety.checkScript(TemplateSet.builtin.asset("assets/task.js"), name: "task.js") }
    }

    @Test func anOverriddenScriptWithATemplateLiteralFailsTheRender() throws {
        let folder = Paths.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try "var x = `$\u{7B}y}`;\n".write(to: folder.appendingPathComponent("assets/task.js"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet.loading(overrides: folder.path)
        let (checked, _) = try TaskPageFixtures.checked(yaml: TaskPageFixtures.kitchenSink)
        #expect(throws: TemplateError.self) {
            try TaskPageRenderer.render(checked, mode: .task, items: [], templates: templates)
        }
    }

    @Test func theScriptUsesNoInnerHTMLOrEval() throws {
        let js = try TemplateSet.builtin.asset("assets/task.js")
        for banned in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setTimeout('"] {
            #expect(!js.contains(banned), "task.js uses \(banned)")
        }
    }
}
