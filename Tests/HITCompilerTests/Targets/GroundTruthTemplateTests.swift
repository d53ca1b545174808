import Foundation
import Testing
@testable import HITCompiler

/// `ground_truth/template.liquid.html`: the crowd-form with the guidelines as
/// instructions, one control per question per item named `item<N>_<question>`,
/// every field a Liquid output through `escape`, the spec's own text unable to
/// become Liquid markup, and Ground Truth's template limit.
@Suite struct GroundTruthTemplateTests {
    static func checked(_ yaml: String) throws -> CheckedSpec {
        let withTarget = yaml.replacingOccurrences(of: "\ntargets:\n", with: "\ntargets:\n  ground_truth: {}\n")
        let (checked, _) = try TaskPageFixtures.checked(yaml: withTarget)
        #expect(checked.targets.settings(of: GroundTruthTarget.self) != nil)
        return checked
    }

    static func template(_ yaml: String, guidelines: String = "<p>The guidelines.</p>") throws -> String {
        let checked = try checked(yaml)
        return GroundTruthTemplate(checked.spec, title: checked.title, guidelines: guidelines).text
    }

    /// Every Liquid tag or output in `text`.
    static func liquid(_ text: String) -> [String] {
        text.matches(of: #/\{[{%#].*?[}%#]\}/#.dotMatchesNewlines()).map { String($0.output) }
    }

    @Test func theFormHasTheCrowdElementsTheInstructionsAndTheItemLoop() throws {
        let t = try Self.template(TaskPageFixtures.kitchenSink)
        #expect(t.hasPrefix("<script src=\"https://assets.crowd.aws/crowd-html-elements.js\"></script>\n"))
        let form = try #require(t.range(of: "<crowd-form>")), end = try #require(t.range(of: "</crowd-form>"))
        let inside = String(t[form.upperBound..<end.lowerBound])
        #expect(inside.contains("<short-instructions>\n<p>Do <strong>everything</strong> right.</p>\n</short-instructions>"))
        #expect(inside.contains("<full-instructions header=\"Every block and question\">\n<p>The guidelines.</p>\n</full-instructions>"))
        #expect(inside.contains("{% for item in task.input.items %}\n<section class=\"gt-item\" data-slot=\"{{ forloop.index }}\">"))
        #expect(inside.contains("<input type=\"hidden\" name=\"item{{ forloop.index }}\" value=\"{{ item.id | escape }}\">"))
        #expect(inside.contains("<textarea name=\"hitc_feedback\""))
        #expect(inside.contains("<input type=\"hidden\" name=\"hitc_seconds\" value=\"\">"))
        // every Liquid output is the loop index or an escaped value
        for tag in Self.liquid(t) where tag.hasPrefix("{{") {
            #expect(tag == "{{ forloop.index }}" || tag == "{{ forloop.length }}" || tag.hasSuffix(" | escape }}"), "\(tag)")
        }
    }

    @Test func eachQuestionHasItsControlNamedByItemAndQuestion() throws {
        let t = try Self.template(TaskPageFixtures.kitchenSink)
        let n = "item{{ forloop.index }}_"
        #expect(t.contains("<input type=\"radio\" name=\"\(n)verdict\" value=\"good\" required>"))
        #expect(t.contains("<div class=\"gt-options gt-buttons\">\n<label class=\"gt-option\"><input type=\"radio\" name=\"\(n)right_good\" value=\"yes\" required>"))
        #expect(t.contains("<select name=\"\(n)category\" required>\n<option value=\"\">Choose…</option>\n<option value=\"one\">One (q)</option>"))
        #expect(t.contains("<dt>One</dt><dd>The first.</dd>"))
        #expect(t.contains("<input type=\"checkbox\" name=\"\(n)tags\" value=\"blue\"><span class=\"gt-label\">Blue</span> <kbd>b</kbd> <span class=\"gt-option-hint\">Like the sky.</span>"))
        #expect(t.contains("<p class=\"gt-note\">Choose 1 to 2.</p>"))
        #expect(t.contains("<input type=\"checkbox\" name=\"\(n)flags\" value=\"gamma\">"))
        #expect(t.matches(of: #/<input type="radio" name="item\{\{ forloop.index \}\}_score" value="[1-5]" required>/#).count == 5)
        #expect(t.contains("<span class=\"gt-point-value\">5</span><span class=\"gt-point-label\">Great</span>"))
        #expect(t.contains("<input type=\"number\" name=\"\(n)amount\" min=\"0\" max=\"10\" step=\"1\" required> <span class=\"gt-unit\">errors</span>"))
        // under visible_if a question is not required until the script shows it
        #expect(t.contains("<textarea name=\"\(n)reason\" rows=\"3\" maxlength=\"300\" minlength=\"5\" placeholder=\"Say why\"></textarea>"))
        #expect(t.contains("<input type=\"text\" name=\"\(n)code_seen\" maxlength=\"20\">"))
        for q in try Self.checked(TaskPageFixtures.kitchenSink).spec.hit.questions {
            #expect(t.contains("data-question=\"\(q.id)\""), "no fieldset for \(q.id)")
            #expect(t.contains("name=\"\(n)\(q.id)\""), "no control for \(q.id)")
        }
    }

    @Test func blocksShowFieldsEscapedAndURLsOnlyWhenHTTPS() throws {
        let t = try Self.template(TaskPageFixtures.kitchenSink)
        #expect(t.contains("<h3 class=\"gt-text\">{{ item.heading | escape }}</h3>"))
        #expect(t.contains("<blockquote class=\"gt-text\">{{ item.quote | escape }}</blockquote>"))
        #expect(t.contains("<p class=\"gt-text gt-mono\">{{ item.code | escape }}</p>"))
        #expect(t.contains("{% assign url = item.photo | strip %}{% assign scheme = url | slice: 0, 8 | downcase %}{% if url == \"\" %}{% elsif scheme == \"https://\" %}<figure class=\"gt-image\"><img src=\"{{ url | escape }}\" alt=\"{{ item.caption | escape }}\"></figure>{% else %}"))
        #expect(t.contains("<a href=\"{{ url | escape }}\" target=\"_blank\" rel=\"noopener noreferrer\">Open the page</a>"))
        #expect(t.contains("<audio controls preload=\"none\" src=\"{{ url | escape }}\"></audio>"))
        #expect(t.contains("<video controls preload=\"none\" src=\"{{ url | escape }}\"></video>"))
        #expect(t.contains("<div class=\"gt-text gt-markdown\" data-markdown>{{ item.notes | escape }}</div>"))
        #expect(t.contains("<div class=\"gt-note-block\"><p>A <strong>static</strong> note with a <a href=\"https://example.com/help\">link</a>.</p>"))
        #expect(t.contains("<div class=\"gt-columns\">\n<div class=\"gt-column\">\n<p class=\"gt-text\">{{ item.left | escape }}</p>"))
    }

    @Test func theScriptConfigurationCarriesConditionsChecksAndHotkeys() throws {
        let t = try Self.template(TaskPageFixtures.kitchenSink)
        let open = try #require(t.range(of: "<script type=\"application/json\" id=\"gt-config\">"))
        let close = try #require(t.range(of: "</script>", range: open.upperBound..<t.endIndex))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(t[open.upperBound..<close.lowerBound].utf8)) as? [String: Any])
        let questions = try #require(json["questions"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: questions.map { ($0["id"] as! String, $0) })
        #expect(questions.map { $0["id"] as! String }.first == "left_good")
        let reason = try #require(byID["reason"])
        #expect((reason["visibleIf"] as? [[String: Any]])?.first?["question"] as? String == "verdict")
        #expect((reason["visibleIf"] as? [[String: Any]])?.first?["values"] as? [String] == ["other"])
        #expect(reason["minLength"] as? Int == 5 && reason["maxLength"] as? Int == 300)
        #expect(byID["code_seen"]?["pattern"] as? String == "[A-Z0-9]+")
        #expect(byID["tags"]?["minSelected"] as? Int == 1 && byID["tags"]?["maxSelected"] as? Int == 2)
        #expect(byID["amount"]?["max"] as? Double == 10)
        #expect(byID["verdict"]?["keys"] as? [String: String] == ["1": "good", "2": "bad", "3": "other"])
        #expect(byID["left_good"]?["keys"] as? [String: String] == ["y": "yes", "x": "no"])
    }

    @Test func theSpecsOwnTextCannotBecomeLiquidOrMarkup() throws {
        let yaml = TaskPageFixtures.kitchenSink
            .replacingOccurrences(of: "prompt: What is the verdict?", with: "prompt: \"{{ task.input.items }} {% raw %} </legend><script>x</script>\"")
            .replacingOccurrences(of: "label: Something else", with: "label: \"{%- comment -%}{# x #}\"")
            .replacingOccurrences(of: "pattern: \"[A-Z0-9]+\"", with: "pattern: \"[{]{2}[A-Z]{2}\"")
            .replacingOccurrences(of: "placeholder: Say why", with: "placeholder: \"\\\"><b>{{x}}\"")
            .replacingOccurrences(of: "A **static** note with a [link](https://example.com/help).", with: "A note {{ item.id }} and {% if %} <script>y</script>")
        let t = try Self.template(yaml, guidelines: "<p>{{ guidelines }}</p>")
        #expect(t.contains("<legend>&#123;&#123; task.input.items &#125;&#125; &#123;% raw %&#125; &lt;/legend&gt;&lt;script&gt;x&lt;/script&gt;</legend>"))
        #expect(t.contains("<span class=\"gt-label\">&#123;%- comment -%&#125;&#123;# x #&#125;</span>"))
        #expect(t.contains("placeholder=\"&quot;&gt;&lt;b&gt;&#123;&#123;x&#125;&#125;\""))
        #expect(t.contains("A note &#123;&#123; item.id &#125;&#125; and &#123;% if %&#125;"))
        #expect(t.contains("<p>&#123;&#123; guidelines &#125;&#125;</p>"))
        let allowed = #/^(\{\{ (forloop\.(index|length)|item\.\w+ \| escape|url \| escape) \}\}|\{% (for item in task\.input\.items |endfor |if url == "" |elsif scheme == "https://" |else |endif |assign url = item\.\w+ \| strip |assign scheme = url \| slice: 0, 8 \| downcase )%\})$/#
        for tag in Self.liquid(t) {
            #expect(tag.wholeMatch(of: allowed) != nil, "unexpected Liquid: \(tag)")
        }
        #expect(!t.contains("<script>x") && !t.contains("<script>y") && !t.contains("<b>"))
        // the configuration holds the same text as JSON escapes, no brace or angle bracket
        let config = try #require(t.firstRange(of: "id=\"gt-config\">").map { t[$0.upperBound...] }?.prefix { $0 != "\n" })
        #expect(config.contains("\"pattern\":\"[\\u007b]\\u007b2\\u007d[A-Z]\\u007b2\\u007d\""))
        #expect(!config.dropFirst().dropLast(10).contains("</"))
    }

    @Test func aTemplateOverGroundTruthsLimitIsAnErrorAtBuild() throws {
        let checked = try Self.checked(TaskPageFixtures.kitchenSink)
        let base = GroundTruthTemplate(checked.spec, title: checked.title, guidelines: "").text.utf16.count
        let fits = String(repeating: "a", count: GroundTruthTemplate.characterLimit - base)
        let pages = { (g: String) in RenderedPages(task: "", guidelinesHTML: "<main id=\"g-main\">\(g)</main>", guidelinesMarkdown: "") }
        let ok = try GroundTruthTarget.pageFiles(pages(fits), checked, CheckedGroundTruth(GroundTruthSettings()), file: "spec.yaml")
        #expect(ok.diagnostics.isEmpty)
        #expect(ok.files.first?.0 == "ground_truth/template.liquid.html")
        #expect(ok.files.first?.1.utf16.count == GroundTruthTemplate.characterLimit)
        let over = try GroundTruthTarget.pageFiles(pages(fits + "aa"), checked, CheckedGroundTruth(GroundTruthSettings()), file: "spec.yaml")
        #expect(over.diagnostics.map(\.code) == [.platformLimit])
        #expect(over.diagnostics.first?.message.contains("128002 characters") == true)
    }

    @Test func answerChecksAreTheTaskPagesOwnCutFromTaskJS() throws {
        let taskJS = try #require(BuiltinTemplates.files["assets/task.js"])
        let checks = try #require(GroundTruthScript.checks(taskJS))
        #expect(checks == GroundTruthScript.checks)
        // The task page's problem(st), with what it calls (t(), the messages of cfg.messages); not a copy.
        let problem = try #require(taskJS.range(of: "  function count(s) {"))
        let render = try #require(taskJS.range(of: "  function render(st, msg) {"))
        #expect(checks.contains(String(taskJS[problem.lowerBound..<render.lowerBound])))
        for name in ["function isChoice(st)", "function rawValue(st)", "function selected(st)", "function problem(st)",
                     "function t(id, args)", "'script-text-at-most'", "'script-number-step'"] {
            #expect(checks.contains(name), "\(name)")
        }
        #expect(GroundTruthScript.script.contains(checks))
        #expect(!GroundTruthScript.script.contains("{{") && !GroundTruthScript.script.contains("{%"))
        // A part that cannot be found gives nothing rather than a half script.
        #expect(GroundTruthScript.checks(taskJS.replacingOccurrences(of: "  function render(st, msg) {", with: "")) == nil)
    }

    @Test func markdownBlocksGetTheTaskPagesRendererCutFromTaskJS() throws {
        let script = try #require(GroundTruthMarkdownScript.script)
        let taskJS = try #require(BuiltinTemplates.files["assets/task.js"])
        // The renderer and its helpers are task.js's own text, not a copy.
        let renderer = try #require(taskJS.range(of: GroundTruthMarkdownScript.rendererStart))
        let fill = try #require(taskJS.range(of: GroundTruthMarkdownScript.rendererEnd))
        #expect(script.contains(String(taskJS[renderer.lowerBound..<fill.lowerBound])))
        #expect(script.contains("function markdown(el, source)") && script.contains("function isHttps(v)"))
        #expect(script.hasSuffix("el.classList.add('gt-rendered');\n  });\n})();\n"))
        #expect(!script.contains("innerHTML") && !script.contains("{{") && !script.contains("{%"))
        // With a markdown block the template carries it; without one it does not.
        let t = try Self.template(TaskPageFixtures.kitchenSink)
        #expect(t.contains("<script>\n" + script + "</script>\n"))
        let plain = GroundTruthTemplate(try Self.checked(TaskPageFixtures.kitchenSink).spec, title: "T", guidelines: nil)
        #expect(GroundTruthMarkdownScript.needed(try Self.checked(TaskPageFixtures.kitchenSink).spec.hit.layout))
        #expect(plain.text.contains("function markdown("))
        // A task.js without the markers gives no script (the template then shows the source, with W0018).
        #expect(GroundTruthMarkdownScript.make(taskJS.replacingOccurrences(of: GroundTruthMarkdownScript.rendererEnd, with: "")) == nil)
        #expect(GroundTruthMarkdownScript.make(taskJS.replacingOccurrences(of: "function inline(", with: "function inline({{")) == nil)
    }
}
