import Foundation
import Testing
@testable import HITCompiler

/// The item template rendered once per layout and words (`ItemTemplate`): the page
/// is the same as when `task.mustache` rendered `partials/item` itself, a template
/// override written that way still works, and the cache renders again exactly when
/// the view changes.
struct ItemTemplateTests {
    /// The built-in `task.mustache` as it was before `itemTemplateHTML`: the item
    /// partial rendered inside the page, with the page's whole context.
    static func oldStyleTaskTemplate() throws -> String {
        let builtin = try #require(TemplateSet.builtin.templates["task"])
        let old = builtin.replacingOccurrences(of: "{{{itemTemplateHTML}}}</template>",
                                               with: "{{#itemLayout}}\n{{> partials/item}}\n{{/itemLayout}}\n</template>")
        #expect(old != builtin)
        return old
    }

    @Test(arguments: [TaskPageMode.task, .preview])
    func aTaskTemplateRenderingTheItemPartialItselfGivesTheSamePage(_ mode: TaskPageMode) throws {
        let folder = Paths.temporaryDirectory()
        try Self.oldStyleTaskTemplate().write(to: folder.appendingPathComponent("task.mustache"), atomically: true, encoding: .utf8)
        let overridden = try TemplateSet.loading(overrides: folder.path)
        #expect(try PreparedTemplates(overridden).readsItemLayout)
        #expect(try !PreparedTemplates(.builtin).readsItemLayout)
        let (checked, _) = try TaskPageFixtures.checked(yaml: TaskPageFixtures.kitchenSink)
        let items = mode == .preview ? TaskPageFixtures.kitchenSinkItems : []
        let page = try TaskPageRenderer.render(checked, mode: mode, items: items, templates: .builtin)
        #expect(page.contains("<fieldset class=\"hitc-block hitc-question\""))
        #expect(try TaskPageRenderer.render(checked, mode: mode, items: items, templates: overridden) == page)
    }

    @Test func theCacheRendersAViewOnceAndAgainWhenItChanges() throws {
        let (checked, _) = try TaskPageFixtures.checked(yaml: TaskPageFixtures.kitchenSink)
        let page = try TaskPageRenderer.view(checked, mode: .task, items: [], templates: .builtin)
        let view = ItemTemplateView(page)
        var changedPrompt = view
        let question = try #require(changedPrompt.blocks.firstIndex { $0.question != nil })
        changedPrompt.blocks[question].question?.prompt += " (new wording)"
        var changedWords = view
        changedWords.t["page-optional"] = "(facultatif)"

        let cache = ItemTemplateCache()
        var renders: [ItemTemplateView] = []
        func html(_ v: ItemTemplateView) throws -> String {
            try cache.html(for: v) { renders.append($0); return "rendered \(renders.count)" }
        }
        #expect(try html(view) == "rendered 1")
        #expect(try html(view) == "rendered 1")
        #expect(try html(changedPrompt) == "rendered 2")
        #expect(try html(changedWords) == "rendered 3")
        #expect(try html(view) == "rendered 1")
        #expect(renders.count == 3)
        // It keeps the four last used: a fifth view pushes out the least recently used (changedPrompt).
        for n in 1...2 {
            var other = view
            other.lang = "x-\(n)"
            _ = try html(other)
        }
        #expect(try html(view) == "rendered 1")
        #expect(try html(changedPrompt) == "rendered 6")
    }
}
