import Foundation
import Testing
@testable import HITCompiler

/// `label_studio/project.json`, the settings of `targets.label_studio`, hotkeys
/// shared across questions, dropdowns, and the HTML made for links and Markdown.
@Suite struct LabelStudioProjectTests {
    static func spec(targets: String = "{}", layout: String? = nil, questions: String? = nil) throws -> Spec {
        var text = layout.map { SpecFixtures.minimal(questions: questions ?? SpecFixtures.defaultQuestions, layout: $0) }
            ?? SpecFixtures.minimal()
        text += "\ntargets:\n  label_studio: \(targets)\n"
        let (spec, diagnostics) = SpecFixtures.parse(text)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.message))")
        return try #require(spec)
    }

    /// The kitchen-sink spec with `targets: { label_studio: <targets> }`, checked.
    static func checked(_ targets: String) throws -> CheckedSpec {
        try TargetsScriptModuleTests.checked(targets: "targets:\n  label_studio: \(targets)\n")
    }

    @Test func anEmptyMappingMeansLabelStudiosDefaultsAndTheSpecsTitle() throws {
        let checked = try Self.checked("{}")
        let spec = checked.spec
        let settings = try #require(spec.targets?.labelStudio)
        let project = LabelStudioProject(checked, settings, config: "<View/>", instructions: "<p>Be careful.</p>")
        #expect(project.title == spec.title?.value)
        #expect(project.label_config == "<View/>")
        #expect(project.expert_instruction == "<p>Be careful.</p>")
        #expect(project.show_instruction && project.show_skip_button)
        #expect(project.sampling == "Sequential sampling")
        #expect(project.maximum_annotations == checked.judgmentsPerItem)
    }

    @Test func settingsReachTheProject() throws {
        let checked = try Self.checked("{ title: My project, sampling: uniform, skip: false, instructions_first: false }")
        let settings = try #require(checked.spec.targets?.labelStudio)
        let project = LabelStudioProject(checked, settings, config: "", instructions: "")
        #expect(project.title == "My project")
        #expect(project.sampling == "Uniform sampling")
        #expect(!project.show_skip_button && !project.show_instruction)
    }

    @Test func aLongSpecTitleIsCutAndABadTitleSettingIsE0216() throws {
        var spec = try Self.spec()
        spec.title = Located(String(repeating: "word ", count: 20), spec.title!.range)
        let title = try #require(LabelStudioProject.title(spec, LabelStudioSettings()))
        #expect(title.unicodeScalars.count == 49 && !title.hasSuffix(" "))
        let long = SpecFixtures.minimal() + "\ntargets:\n  label_studio: { title: \(String(repeating: "x", count: 51)) }\n"
        #expect(SpecFixtures.check(long).contains { $0.code == .platformLimit && $0.message.contains("51 characters") })
    }

    @Test func aHotkeySharedByTwoQuestionsStaysOnTheFirst() throws {
        let questions = """
                first:
                  type: single_choice
                  prompt: One
                  options: [{ value: a, label: A, key: "1" }, { value: b, label: B, key: "2" }]
                second:
                  type: single_choice
                  prompt: Two
                  display: dropdown
                  options: [{ value: c, label: C, key: "1" }, { value: d, label: D, key: "3" }]

        """
        let spec = try Self.spec(layout: "    - text: title\n    - question: first\n    - question: second\n", questions: questions)
        let config = try ConfigReader.read(LabelStudioConfig(spec).xml)
        #expect(config.choices(of: "first").map { $0["hotkey"] } == ["1", "2"])
        #expect(config.choices(of: "second").map { $0["hotkey"] } == [nil, "3"])
        #expect(config.first("Choices", name: "second")?["layout"] == "select")
        let clashes = LabelStudioHotkeys.clashes(spec.hit.questions)
        #expect(clashes.map { [$0.question, $0.key.value, $0.first] } == [["second", "1", "first"]])
    }

    @Test func linksAreSafeAnchorsAndMarkdownIsRenderedSafe() {
        #expect(LabelStudioRichText.link("https://x.test/?a=1&b=\"2\"", label: "Open <it>")
                == "<a href=\"https://x.test/?a=1&amp;b=&quot;2&quot;\" target=\"_blank\" rel=\"noopener noreferrer\">Open &lt;it&gt;</a>")
        #expect(LabelStudioRichText.link("javascript:alert(1)", label: "x") == "javascript:alert(1)")
        #expect(LabelStudioRichText.link("", label: "x") == "")
        let html = LabelStudioRichText.markdown("**b** <img src=x onerror=alert(1)> [l](javascript:alert(1)) [ok](https://x.test)")
        #expect(html.contains("<strong>b</strong>"))
        #expect(!html.contains("<img") && !html.contains("javascript:"))
        #expect(html.contains("<a target=\"_blank\" rel=\"noopener noreferrer\" href=\"https://x.test\">ok</a>"))
        #expect(LabelStudioRichText.staticHTML("<p>$5 and $price</p>") == "<p>&#36;5 and &#36;price</p>")
    }

    @Test func batchTasksCarryTheDerivedHTMLBeforeTheGoldMark() throws {
        let r = try Self.spec().hit.layout[0].range
        let derived = LabelStudioRichText.derived([
            LayoutBlock(kind: .link(field: Located("url", r), label: "Open"), range: r),
            LayoutBlock(kind: .columns([[LayoutBlock(kind: .markdown(field: Located("md", r)), range: r)]]), range: r),
        ])
        #expect(derived.map(\.key) == ["hitc_link_url", "hitc_html_md"])
        let object = Array(#"{"url":"https://x.test","md":"*hi*"}"#.utf8)
        var out: [UInt8] = []
        let extra = derived.map { ($0.key, $0.make(LabelStudioRichText.value(of: $0.field, in: object))) }
        LabelStudioBatchFiles.task(object, extra: extra, gold: true, into: &out)
        let parsed = try? JSONSerialization.jsonObject(with: Data(out)) as? [String: [String: Any]]
        let data = parsed?["data"]
        #expect(data?["hitc_gold"] as? Bool == true)
        #expect(data?["hitc_html_md"] as? String == "<p><em>hi</em></p>")
        #expect((data?["hitc_link_url"] as? String)?.hasPrefix("<a href=\"https://x.test\"") == true)
    }
}
