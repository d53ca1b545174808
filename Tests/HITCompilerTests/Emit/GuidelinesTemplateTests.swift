import Foundation
import Testing
@testable import HITCompiler

/// Mustache renders a missing name as empty text, silently. For the guideline
/// templates: every name they use exists in their view models; the HTML view
/// models share no name with the task page's (the examples render the task
/// page's block partials inside them, where Mustache would find an outer value
/// for a nil optional); and the Markdown view model holds no bare `String`
/// (its template renders unescaped, so every value must be `MarkdownText`).
struct GuidelinesTemplateTests {
    typealias Shape = TaskPageTemplateTests.Shape

    /// Specs whose documents together set every optional: the sink, the hostile spec, the examples.
    static func specs() throws -> [CheckedSpec] {
        var specs = [try TaskPageFixtures.checked(yaml: GuidelinesFixtures.sink).0, try TaskPageFixtures.checked(yaml: GuidelinesFixtures.hostile).0]
        for url in Paths.exampleSpecs { specs.append(try TaskPageFixtures.checked(at: url)) }
        return specs
    }

    static func htmlViews() throws -> [GuidelinesPageView] {
        try specs().map { try GuidelinesRenderer.htmlView($0, templates: .builtin) }
    }

    static func markdownViews() throws -> [GuidelinesMarkdownView] {
        try specs().map { GuidelinesRenderer.markdownView($0) }
    }

    /// The names a template uses (first component), without comments, partials and pragmas.
    static func names(_ template: String) -> Set<String> {
        let text = TemplateSet.builtin.templates[template] ?? ""
        var names: Set<String> = []
        for tag in TaskPageTemplateTests.tags(text) where !["!", ">"].contains(tag.sigil) {
            if tag.name == "." || tag.name.hasPrefix("%") { continue }
            names.insert(String(tag.name.split(separator: ".").first ?? ""))
        }
        return names
    }

    /// Property names of the guideline view models (not of the task page's blocks inside them).
    static func ownNames(_ shape: Shape, taskTypes: Set<String>) -> Set<String> {
        Set(shape.owners.filter { !$0.value.isSubset(of: taskTypes) }.keys)
    }

    @Test func theTemplatesExist() {
        #expect(TemplateSet.builtin.templates["guidelines"] != nil)
        #expect(TemplateSet.builtin.templates["guidelines-md"] != nil)
        #expect(TemplateSet.builtin.assets["assets/guidelines.css"] != nil)
    }

    @Test func everyNameTheHTMLTemplateUsesExistsInItsViewModel() throws {
        var shape = Shape()
        for view in try Self.htmlViews() { shape.walk(view) }
        let taskTypes = Set(try TaskPageTemplateTests.shape().owners.values.flatMap { $0 })
        let own = Self.ownNames(shape, taskTypes: taskTypes)
        for name in Self.names("guidelines").sorted() {
            #expect(own.contains(name), "template 'guidelines' uses '\(name)', which no guideline view model has")
        }
    }

    @Test func everyNameTheMarkdownTemplateUsesExistsInItsViewModel() throws {
        var shape = Shape()
        for view in try Self.markdownViews() { shape.walk(view) }
        // `MDItemBlocks` holds the author's blocks and encodes them, in the render stage, as `MDItemBlock`s.
        shape.walk(MDItemBlock(quotedBlock: .plain("x"), lastItemBlock: true))
        for name in Self.names("guidelines-md").sorted() {
            #expect(shape.owners[name] != nil, "template 'guidelines-md' uses '\(name)', which no Markdown view model has")
        }
        #expect(TemplateSet.builtin.templates["guidelines-md"]?.contains("{{% CONTENT_TYPE: TEXT}}") == true)
    }

    @Test func everyPartialTheHTMLTemplateUsesExists() {
        let text = TemplateSet.builtin.templates["guidelines"] ?? ""
        let partials = TaskPageTemplateTests.tags(text).filter { $0.sigil == ">" }.map(\.name)
        #expect(partials == ["partials/block"])
        for name in partials { #expect(TemplateSet.builtin.templates[name] != nil) }
    }

    @Test func noNameIsSharedWithTheTaskPageViewModels() throws {
        var shape = Shape()
        for view in try Self.htmlViews() { shape.walk(view) }
        let task = try TaskPageTemplateTests.shape()
        let taskTypes = Set(task.owners.values.flatMap { $0 })
        let own = Self.ownNames(shape, taskTypes: taskTypes)
        #expect(own.count > 50)
        // `t` (hitc's words by message id) is shared on purpose: the examples use the page's partials.
        for name in own.sorted() where name != "t" {
            #expect(task.owners[name] == nil, "'\(name)' is a property of both \(shape.owners[name] ?? []) and \(task.owners[name] ?? [])")
        }
    }

    @Test func optionalsAreUniqueAndEachIsSetByAFixture() throws {
        let taskTypes = Set(try TaskPageTemplateTests.shape().owners.values.flatMap { $0 })
        var html = Shape()
        for view in try Self.htmlViews() { html.walk(view) }
        let own = Self.ownNames(html, taskTypes: taskTypes)
        var md = Shape()
        for view in try Self.markdownViews() { md.walk(view) }
        for (shape, names) in [(html, own), (md, Set(md.owners.keys))] {
            for name in shape.optionals.intersection(names).sorted() {
                #expect(shape.owners[name]?.count == 1, "optional '\(name)' is declared by \(shape.owners[name] ?? [])")
                #expect(shape.populated.contains(name), "optional '\(name)' is never set by the fixtures")
            }
        }
    }

    @Test func theMarkdownViewModelHoldsNoBareString() throws {
        var found: [String] = []
        func walk(_ value: Any, path: String) {
            if value is MarkdownText { return }
            if value is String { found.append(path); return }
            // A dictionary's keys are names (message ids), not text.
            if let dictionary = value as? [String: MarkdownText] {
                for (key, text) in dictionary { walk(text, path: path + "[\(key)]") }
                return
            }
            let mirror = Mirror(reflecting: value)
            for child in mirror.children { walk(child.value, path: path + "." + (child.label ?? "[]")) }
        }
        for view in try Self.markdownViews() { walk(view, path: "view") }
        #expect(found.isEmpty, "bare strings at \(Set(found).sorted())")
    }
}
