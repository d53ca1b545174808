import Foundation
import Testing
@testable import HITCompiler

/// Mustache renders a missing name as empty text, silently, and looks a nil
/// optional up in enclosing contexts. These tests make both impossible for the
/// task page: every name its templates use is a property of its view models,
/// every partial exists, and no optional shares its name with another property.
struct TaskPageTemplateTests {
    /// The templates of the task page: `task`, its item template `partials/item`
    /// (rendered on its own: `ItemTemplate`), and every partial they reach.
    static var pageTemplates: [(name: String, text: String)] {
        let all = TemplateSet.builtin.templates
        var reached: Set<String> = []
        var queue = ["task", "partials/item"]
        while let name = queue.popLast() {
            guard reached.insert(name).inserted, let text = all[name] else { continue }
            queue += tags(text).filter { $0.sigil == ">" }.map(\.name)
        }
        return reached.sorted().compactMap { name in all[name].map { (name, $0) } }
    }

    /// Tags of a template: (sigil, name), sigil one of "", "#", "^", "/", "&", "{", ">", "!".
    static func tags(_ text: String) -> [(sigil: String, name: String)] {
        text.matches(of: /\{\{(\{?)\s*([#^\/&>!]?)\s*([^}]*?)\s*\}?\}\}/).map { match in
            let sigil = match.output.1.isEmpty ? String(match.output.2) : "{"
            return (sigil, String(match.output.3))
        }
    }

    /// What a view model tree holds: every property name with the types declaring
    /// it, which of them are optional, and which optionals were non-nil somewhere.
    struct Shape {
        var owners: [String: Set<String>] = [:]
        var optionals: Set<String> = []
        var populated: Set<String> = []
        var emptyArrays: Set<String> = []

        mutating func walk(_ value: Any) {
            // The author's Markdown is a leaf: the render stage encodes it as one HTML string.
            if value is MarkdownBlock || value is MarkdownInline { return }
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional:
                if let child = mirror.children.first { walk(child.value) }
            case .collection:
                for child in mirror.children { walk(child.value) }
            case .struct:
                let type = String(describing: Swift.type(of: value))
                for child in mirror.children {
                    guard let label = child.label else { continue }
                    owners[label, default: []].insert(type)
                    let inner = Mirror(reflecting: child.value)
                    if inner.displayStyle == .optional {
                        optionals.insert(label)
                        if !inner.children.isEmpty { populated.insert(label) }
                    }
                    walk(child.value)
                }
            default:
                break
            }
        }
    }

    /// The view models of the kitchen-sink spec (every block, question type and
    /// display) and of every example, in both modes.
    static func shape() throws -> Shape {
        var shape = Shape()
        let (checked, _) = try TaskPageFixtures.checked(yaml: TaskPageFixtures.kitchenSink)
        for mode in [TaskPageMode.task, .preview] {
            var view = try TaskPageRenderer.view(checked, mode: mode, items: TaskPageFixtures.kitchenSinkItems, templates: .builtin)
            shape.walk(view)
            // Fields only pages that render a known item server-side fill (guideline examples).
            view.itemLayout.blocks = view.itemLayout.blocks.map { block in
                var block = block
                block.text?.textValue = "v"
                block.image?.imageSrc = "https://example.com/i.jpg"
                block.image?.imageAlt = "alt"
                block.link?.linkHref = "https://example.com"
                block.audio?.mediaSrc = "https://example.com/a.mp3"
                block.markdown?.markdownHTML = MarkdownBlock("v", headingsBelow: 3)
                return block
            }
            shape.walk(view)
        }
        // A pairwise question (kept out of the kitchen sink, which the platforms that refuse it also build).
        let pairwise = try TaskPageFixtures.checked(yaml: SpecFixtures.minimal(
            questions: "    q:\n      type: pairwise\n      prompt: Which?\n      left: title\n      right: title\n")).0
        shape.walk(try TaskPageRenderer.view(pairwise, mode: .task, items: [], templates: .builtin))
        for url in Paths.exampleSpecs {
            var checked = try TaskPageFixtures.checked(at: url)
            checked.sectionBodies = [:]
            shape.walk(try TaskPageRenderer.view(checked, mode: .task, items: [], templates: .builtin))
        }
        return shape
    }

    @Test func everyNameATemplateUsesExistsInTheViewModel() throws {
        let shape = try Self.shape()
        for (name, text) in Self.pageTemplates {
            for tag in Self.tags(text) where ["", "#", "^", "/", "&", "{"].contains(tag.sigil) {
                if tag.name == "." { continue }
                let first = String(tag.name.split(separator: ".").first ?? "")
                #expect(shape.owners[first] != nil, "template '\(name)' uses '\(tag.name)', which no task page view model has")
            }
        }
    }

    @Test func everyPartialATemplateUsesExists() {
        let names = Set(TemplateSet.builtin.templates.keys)
        for (name, text) in Self.pageTemplates {
            for tag in Self.tags(text) where tag.sigil == ">" {
                #expect(names.contains(tag.name), "template '\(name)' uses the missing partial '\(tag.name)'")
            }
        }
    }

    @Test func everyBlockAndQuestionPartialIsReachedFromTheTaskPage() {
        let reached = Set(Self.pageTemplates.map(\.name))
        for name in TemplateSet.builtin.templates.keys.sorted()
        where name.hasPrefix("partials/blocks/") || name.hasPrefix("partials/questions/") {
            #expect(reached.contains(name), "template '\(name)' is never used by the task page")
        }
    }

    @Test func optionalNamesAreUniqueSoMustacheCannotFindAnOuterValue() throws {
        let shape = try Self.shape()
        for name in shape.optionals.sorted() {
            #expect(shape.owners[name]?.count == 1, "optional '\(name)' is declared by \(shape.owners[name] ?? [])")
        }
    }

    @Test func theCheckedViewModelIsFullyPopulated() throws {
        let shape = try Self.shape()
        #expect(shape.optionals.subtracting(shape.populated).isEmpty,
                "never set in the fixtures: \(shape.optionals.subtracting(shape.populated).sorted())")
    }

    @Test func tagScannerSeesEverySigil() {
        let found = Self.tags("{{a}} {{{b}}} {{& c}} {{#d}}{{/d}} {{^e}}{{/e}} {{> p/q}} {{! note }} {{f.g}}")
        #expect(found.map { $0.sigil + $0.name } == ["a", "{b", "&c", "#d", "/d", "^e", "/e", ">p/q", "!note", "f.g"])
    }
}
