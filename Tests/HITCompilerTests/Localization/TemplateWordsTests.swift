import Foundation
import Testing
@testable import HITCompiler

/// Every word a template writes comes from the catalogue: no letter is left in a
/// template's text or in a worker-visible attribute value once Mustache tags are
/// removed, and every `t.…`/`mdT.…` name is a catalogue id.
struct TemplateWordsTests {
    /// Attributes whose values are machine values, never shown to a worker
    /// (class names such as `hitc-item`, ids, types, ARIA references and key names).
    static let machineAttributes: Set<String> = [
        "class", "id", "for", "type", "method", "form", "aria-controls", "aria-labelledby", "aria-live",
        "aria-expanded", "aria-keyshortcuts", "role", "http-equiv", "name", "content", "charset", "href", "tabindex",
        "rows", "maxlength", "datetime", "scope", "value", "dir", "lang", "src", "data-question", "data-type",
        "data-display", "data-field", "data-markdown", "data-exclusive", "data-max", "data-media", "data-alt-field", "hidden",
        "novalidate", "open", "controls", "preload", "target", "rel",
    ]

    /// The worker-visible text of a template: text nodes and the values of other attributes.
    static func visibleText(_ template: String, markup: Bool) -> [String] {
        let withoutTags = template.replacingOccurrences(of: #"\{\{\{[^}]*\}\}\}|\{\{[^}]*\}\}"#, with: " ", options: .regularExpression)
        guard markup else { return [withoutTags] }
        var out: [String] = []
        var rest = Substring(withoutTags)
        while let open = rest.firstIndex(of: "<") {
            out.append(String(rest[..<open]))
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            let attribute = try! NSRegularExpression(pattern: #"([a-zA-Z-]+)\s*=\s*"([^"]*)""#)
            let text = String(tag)
            for match in attribute.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let name = (text as NSString).substring(with: match.range(at: 1))
                if !machineAttributes.contains(name) { out.append((text as NSString).substring(with: match.range(at: 2))) }
            }
            rest = rest[rest.index(after: close)...]
        }
        out.append(String(rest))
        return out
    }

    static var templates: [(name: String, text: String)] {
        BuiltinTemplates.files.filter { $0.key.hasSuffix(".mustache") }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    @Test func noEnglishWordIsLeftInATemplate() {
        #expect(Self.templates.count > 20)
        for (name, text) in Self.templates {
            for piece in Self.visibleText(text, markup: !name.hasSuffix("-md.mustache")) where piece.contains(where: \.isLetter) {
                Issue.record("\(name) writes \"\(piece.trimmingCharacters(in: .whitespacesAndNewlines))\" outside the catalogue")
            }
        }
    }

    @Test func theScanFindsWords() {
        #expect(Self.visibleText("<p class=\"hitc-x\">{{a}}</p>", markup: true).allSatisfy { !$0.contains(where: \.isLetter) })
        #expect(Self.visibleText("<p>Submit</p>", markup: true).contains { $0.contains("Submit") })
        #expect(Self.visibleText("<input placeholder=\"Name\">", markup: true).contains("Name"))
        #expect(Self.visibleText("## Contents", markup: false).contains { $0.contains("Contents") })
    }

    @Test func everyMessageATemplateNamesExists() {
        let ids = Set(MessageCatalogue.english.ids)
        let name = try! NSRegularExpression(pattern: #"\{\{\{?[#^/]?(?:t|mdT)\.([a-z0-9-]+)"#)
        var used = 0
        for (template, text) in Self.templates {
            for match in name.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let id = (text as NSString).substring(with: match.range(at: 1))
                used += 1
                #expect(ids.contains(id), "\(template) uses the unknown message \(id)")
                #expect(MessageCatalogue.english.variables(of: id)?.isEmpty == true, "\(template) uses \(id), which takes variables")
            }
        }
        #expect(used > 30)
    }

    /// Every `script-*` message of every catalogue compiles, without a literal brace.
    @Test func scriptMessagesCompile() throws {
        for tag in MessageCatalogue.builtInTags {
            let catalogue = try #require(MessageCatalogue.builtIn(forLanguage: tag))
            let compiled = ScriptMessages.compiled(catalogue)
            #expect(compiled.count == catalogue.ids.filter { $0.hasPrefix("script-") }.count)
            for id in catalogue.ids where id.hasPrefix("script-") {
                #expect(!ScriptMessages.hasLiteralBrace(try #require(catalogue.message(id))), "\(tag) \(id) has a literal brace")
            }
        }
        let english = ScriptMessages.compiled(.english)
        #expect(english["script-item-title"] == .string("Item {number} of {total}"))
        #expect(english["script-progress"] == .object([
            "$": .string("total"), "*": .string("other"),
            "one": .string("{answered} of {total} item answered"), "other": .string("{answered} of {total} items answered"),
        ]))
    }
}
