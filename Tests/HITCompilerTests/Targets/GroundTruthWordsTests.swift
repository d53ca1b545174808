import Foundation
import Testing
@testable import HITCompiler

/// The worker task template of Ground Truth in the spec's language (issue 16):
/// hitc's own words from the catalogue, Liquid outputs where a message has a
/// number, `lang` and `dir` on the task, and a catalogue text that cannot become Liquid.
@Suite struct GroundTruthWordsTests {
    static func template(_ yaml: String) throws -> String {
        try GroundTruthTemplateTests.template(yaml)
    }

    @Test func anArabicTemplateIsRightToLeftAndInArabic() throws {
        let yaml = TaskPageFixtures.kitchenSink.replacingOccurrences(of: "language: en-GB\n", with: "language: ar\n")
        let t = try Self.template(yaml)
        let ar = try #require(MessageCatalogue.builtIn(forLanguage: "ar"))
        #expect(t.contains("<div class=\"gt-task\" lang=\"ar\" dir=\"rtl\">"))
        let title = GroundTruthHTML.text(ar.format("script-item-title", ["number": .text("\u{E000}"), "total": .text("\u{E001}")]))
            .replacingOccurrences(of: "\u{E000}", with: "{{ forloop.index }}").replacingOccurrences(of: "\u{E001}", with: "{{ forloop.length }}")
        #expect(t.contains("<h2 class=\"gt-item-title\">\(title)</h2>"))
        #expect(t.contains("<span class=\"gt-optional\">\(GroundTruthHTML.text(ar.format("page-optional")))</span>"))
        for english in ["Item ", "<span class=\"gt-optional\">(optional)", "Choose…", "not shown", "Anything to tell us"] {
            #expect(!t.contains(english), "\(english)")
        }
    }

    @Test func anEnglishTemplateSaysWhatTheTaskPageSays() throws {
        let t = try Self.template(TaskPageFixtures.kitchenSink)
        #expect(t.contains("<div class=\"gt-task\" lang=\"en-GB\" dir=\"ltr\">"))
        #expect(t.contains("<h2 class=\"gt-item-title\">Item {{ forloop.index }} of {{ forloop.length }}</h2>"))
        #expect(t.contains("<label>Comments for the requester (optional)<br>"))
    }

    @Test func anOverrideWithLiquidMarkupStaysText() throws {
        let yaml = TaskPageFixtures.kitchenSink.replacingOccurrences(
            of: "hitc: 1\n", with: "hitc: 1\nui_strings:\n  page-optional: '{ \"{{\" } task.input.secret { \"}}\" } { \"{\" }% raw %{ \"}\" }'\n")
        let t = try Self.template(yaml)
        #expect(t.contains("&#123;&#123; task.input.secret &#125;&#125; &#123;% raw %&#125;"))
        #expect(!t.contains("{{ task.input.secret }}"))
    }
}
