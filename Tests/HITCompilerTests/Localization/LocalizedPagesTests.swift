import Foundation
import Testing
@testable import HITCompiler

/// The kitchen-sink task page and guidelines built in each embedded language:
/// `<html lang dir>`, the script's language and messages, and hitc's own words
/// from that language's catalogue, none of English's where they differ.
struct LocalizedPagesTests {
    static let otherTags = MessageCatalogue.builtInTags.filter { $0 != "en" }

    static func page(language: String) throws -> (task: String, guidelines: String, markdown: String) {
        let yaml = TaskPageFixtures.kitchenSink.replacingOccurrences(of: "language: en-GB", with: "language: \(language)")
        let (checked, _) = try TaskPageFixtures.checked(yaml: yaml)
        let task = try TaskPageRenderer.render(checked, mode: .task, items: TaskPageFixtures.kitchenSinkItems, templates: .builtin)
        let guide = try GuidelinesFixtures.renderYAML(GuidelinesFixtures.sink.replacingOccurrences(of: #"language: en(-GB)?\n"#, with: "language: \(language)\n", options: .regularExpression),
                                                      name: "sink-\(language)")
        return (task, guide.html, guide.markdown)
    }

    static func config(_ html: String) throws -> [String: Any] {
        let json = try #require(html.firstMatch(of: /<script type="application\/json" id="hitc-config">(.*?)<\/script>/)?.output.1)
        return try #require(try JSONSerialization.jsonObject(with: Data(String(json).utf8)) as? [String: Any])
    }

    @Test func aLanguageWithoutCatalogueKeepsEnglishWords() throws {
        let page = try Self.page(language: "xx")
        #expect(page.task.contains("<html lang=\"xx\" dir=\"ltr\">"))
        #expect(page.task.contains(">Submit</button>"))
        #expect(page.guidelines.contains("<html lang=\"xx\" dir=\"ltr\">"))
        let config = try Self.config(page.task)
        #expect(config["lang"] as? String == "xx")
        #expect(config["dir"] as? String == "ltr")
        let messages = try #require(config["messages"] as? [String: Any])
        #expect(messages["script-item-title"] as? String == "Item {number} of {total}")
    }

    @Test(.enabled(if: !otherTags.isEmpty, "only English is embedded"), arguments: otherTags)
    func pagesAreInTheLanguage(tag: String) throws {
        let catalogue = try #require(MessageCatalogue.builtIn(forLanguage: tag))
        let english = MessageCatalogue.english
        let page = try Self.page(language: tag)
        let dir = TextDirection.of(languageTag: tag).rawValue
        #expect(page.task.contains("<html lang=\"\(tag)\" dir=\"\(dir)\">"))
        #expect(page.guidelines.contains("<html lang=\"\(tag)\" dir=\"\(dir)\">"))
        let config = try Self.config(page.task)
        #expect(config["lang"] as? String == tag && config["dir"] as? String == dir)
        let messages = try #require(config["messages"] as? [String: Any])
        #expect(JSONValue.from(messages["script-item-title"]) == ScriptMessages.pattern(try #require(catalogue.message("script-item-title")).elements))
        for id in ["page-submit", "page-legend-title", "page-legend-close", "page-copy"] {
            #expect(page.task.contains(catalogue.formatHTML(id)), "\(tag): task.html lacks \(id)")
            if english.format(id) != catalogue.format(id) {
                #expect(!page.task.contains(">" + english.formatHTML(id) + "<"), "\(tag): task.html still says \(english.format(id))")
            }
        }
        for id in ["guide-contents", "guide-questions", "guide-examples", "guide-expected"] {
            #expect(page.guidelines.contains(catalogue.formatHTML(id)), "\(tag): guidelines.html lacks \(id)")
            if english.format(id) != catalogue.format(id) {
                #expect(!page.guidelines.contains(">" + english.formatHTML(id) + "<"), "\(tag): guidelines.html still says \(english.format(id))")
                #expect(!page.markdown.contains("## " + english.format(id) + "\n"), "\(tag): guidelines.md still says \(english.format(id))")
            }
        }
    }
}

extension JSONValue {
    /// The value JSONSerialization read, as a `JSONValue` (numbers as doubles).
    static func from(_ any: Any?) -> JSONValue? {
        switch any {
        case let s as String: .string(s)
        case let a as [Any]: .array(a.compactMap { from($0) })
        case let o as [String: Any]: .object(o.compactMapValues { from($0) })
        case nil: nil
        default: .null
        }
    }
}
