import Foundation
import Testing
@testable import HITCompiler

/// `hitc init --language`: the scaffold's worker-facing texts from the
/// catalogue's `scaffold-*` messages, written so that any translation reads
/// back exactly (YAML, CSV, the Markdown table), and checking clean in every
/// built-in language.
@Suite struct InitLanguageTests {
    /// Writes `files` into a new folder and checks its spec.
    static func check(_ files: [Scaffold.File]) throws -> (CheckResult, URL) {
        let folder = Paths.temporaryDirectory()
        _ = try ScaffoldWriter.write(files, into: folder.path)
        return (Pipeline.check(path: folder.appendingPathComponent("spec.yaml").path), folder)
    }

    static func contents(_ files: [Scaffold.File], _ path: String) -> String {
        files.first { $0.path == path }?.contents ?? ""
    }

    @Test func plainInitIsTheEnglishScaffold() throws {
        let plain = Scaffold.files(id: "task")
        let english = try Scaffold.files(id: "task", language: "en")
        #expect(plain.map(\.path) == english.map(\.path))
        #expect(plain.map(\.contents) == english.map(\.contents))
        let spec = Self.contents(plain, "spec.yaml")
        #expect(spec.contains("\nlanguage: en\n"))
        #expect(spec.contains("\ntitle: Is this review positive or negative?\n"))
        #expect(spec.contains("review: \"Boils fast, but the lid broke after a week.\" }"))
        #expect(spec.contains("  summary: |\n    Decide how the **writer** feels about the product, not how you feel about it.\n"))
        #expect(Self.contents(plain, "data/sample.csv").hasPrefix("review_id,product,review\nr-001,Toaster,\"Toasts evenly, crumb tray is easy to empty.\"\n"))
        #expect(!spec.contains("{{"))
    }

    @Test func everyBuiltInLanguageScaffoldsASpecThatChecksWithNoDiagnostic() throws {
        let tags = MessageCatalogue.builtInTags
        #expect(tags.contains("en"))
        let contract = ["en", "es", "fr", "de", "pt", "it", "nl", "pl", "tr", "ru", "uk", "ar", "he", "hi", "id", "ja", "ko", "zh-Hans"]
        // Said, not skipped silently: the languages this build has no catalogue for are not scaffolded.
        print("InitLanguageTests: scaffolded and checked in \(tags.joined(separator: " ")); not built in: \(contract.filter { !tags.contains($0) }.joined(separator: " "))")
        for tag in tags {
            let files = try Scaffold.files(id: "task", language: tag)
            let (result, folder) = try Self.check(files)
            defer { try? FileManager.default.removeItem(at: folder) }
            #expect(result.diagnostics.isEmpty, "\(tag): \(result.diagnostics.map { "\($0.code.code) \($0.message)" })")
            let checked = try #require(result.checked, "\(tag)")
            let catalogue = try #require(MessageCatalogue.builtIn(forLanguage: tag))
            #expect(checked.spec.language.value.text == tag)
            #expect(checked.title == catalogue.format("scaffold-title"), "\(tag)")
            #expect(checked.goldItems.count == 3)
            #expect(checked.previewItems.count == 4, "the first items_per_hit sample rows")
            #expect(checked.previewItems.first?["review"] == .string(catalogue.format("scaffold-sample-1")), "\(tag)")
        }
    }

    @Test func aRegionalTagIsServedByItsLanguage() throws {
        let files = try Scaffold.files(id: "task", language: "en-GB")
        #expect(Self.contents(files, "spec.yaml").contains("\nlanguage: en-GB\n"))
        let (result, folder) = try Self.check(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    }

    @Test func noCatalogueOrABadTagWritesNothing() {
        #expect(throws: Scaffold.LanguageError.noCatalogue("sw")) { try Scaffold.files(id: "task", language: "sw") }
        #expect(throws: Scaffold.LanguageError.invalidTag("en US")) { try Scaffold.files(id: "task", language: "en US") }
        #expect(throws: Scaffold.LanguageError.invalidTag("")) { try Scaffold.files(id: "task", language: "") }
        let message = Scaffold.LanguageError.noCatalogue("sw").description
        #expect(message == "hitc has no built-in catalogue for 'sw', so it cannot scaffold in it; built-in languages: \(MessageCatalogue.builtInTags.joined(separator: " "))")
    }

    @Test func theCommandExitsOneListingTheBuiltInTags() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = try runHITC(["init", folder.appendingPathComponent("task").path, "--language", "sw"])
        #expect(out.status == 1)
        #expect(out.stdout.isEmpty)
        #expect(out.stderr.hasPrefix("hitc: error: hitc has no built-in catalogue for 'sw'"))
        #expect(out.stderr.contains("built-in languages: ") && out.stderr.contains(" en "))
        #expect(try InitTests.entries(folder).isEmpty)
        // A tag with a line break and an escape sequence: refused, shown escaped.
        let hostile = try runHITC(["init", folder.appendingPathComponent("task").path, "--language", "en\n\u{1B}[2J"])
        #expect(hostile.status == 1)
        #expect(!hostile.stderr.contains("\u{1B}"))
        #expect(hostile.stderr.split(separator: "\n").count == 1)
        #expect(try InitTests.entries(folder).isEmpty)
        let english = try runHITC(["init", folder.appendingPathComponent("task").path, "--language", "en"])
        #expect(english.status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("task/spec.yaml"), encoding: .utf8).contains("\nlanguage: en\n"))
    }

    /// Translations that YAML, CSV or Markdown would misread if written as they are.
    static let hostile: [String] = [
        "- starts like a list item", "key: value # and a comment", "'single' and \"double\" quotes", "# all comment",
        "yes", "null", "~", "1.5", "0x1F", "@at", "%percent", "* star", "& anchor", "! tag", "| pipe", "> fold",
        "a, b [c] {d}", "back\\slash", "?question", "trailing colon:", "`tick`", "Ünïcødé « guillemets »", ": colon first",
        "tab\there", "= formula", "\"quoted whole\"", "x | y | z",
    ]

    @Test func hostileTranslationsReadBackExactly() throws {
        let english = MessageCatalogue.english
        let ids = english.ids.filter { $0.hasPrefix("scaffold-") && (english.variables(of: $0) ?? []).isEmpty }
        var replacements: [String: FluentMessage] = [:]
        var expected: [String: String] = [:]
        for (index, id) in ids.enumerated() {
            let text = Self.hostile[index % Self.hostile.count] + " \(index)"
            // A leading space or special character is a literal in Fluent: write the whole text as one.
            let source = "{ \"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\" }"
            replacements[id] = try FluentMessage.parse(source)
            expected[id] = text
        }
        let catalogue = english.overriding(replacements)
        for id in ids { #expect(catalogue.format(id) == expected[id], "\(id)") }
        let files = Scaffold.files(id: "task", language: "en", catalogue: catalogue)
        let (result, folder) = try Self.check(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.code.code) \($0.message)" })\n\(Self.contents(files, "spec.yaml"))")
        let checked = try #require(result.checked)
        let spec = checked.spec
        #expect(checked.title == expected["scaffold-title"])
        #expect(spec.description?.value == expected["scaffold-description"])
        #expect(spec.useCase?.goal?.value == expected["scaffold-goal"])
        let options = try #require(spec.hit.questions.first { $0.id == "sentiment" }?.choice?.options)
        #expect(options.map(\.label) == ["scaffold-positive", "scaffold-mixed", "scaffold-negative"].map { expected[$0] })
        #expect(options.map(\.hint) == ["scaffold-positive-hint", "scaffold-mixed-hint", "scaffold-negative-hint"].map { expected[$0] })
        let guidelines = try #require(spec.guidelines)
        #expect(guidelines.summary?.value.trimmingCharacters(in: .newlines) == expected["scaffold-summary"])
        #expect(guidelines.sections.first?.title.value == expected["scaffold-section-title"])
        #expect(guidelines.examples.first?.item.first { $0.name.value == "review" }?.values.first?.value == expected["scaffold-example-1"])
        #expect(guidelines.examples.last?.why?.value == expected["scaffold-example-3-why"])
        #expect(guidelines.faq.first?.question.value == expected["scaffold-faq-q"])
        #expect(guidelines.changelog.first?.notes.value == expected["scaffold-changelog"])
        // The CSV cells read back as written.
        #expect(checked.previewItems.map { $0["review"] } == (1...4).map { .string(expected["scaffold-sample-\($0)"]!) })
        #expect(checked.previewItems.first?["product"] == .string(expected["scaffold-toaster"]!))
        #expect(checked.goldItems.map { $0.record["review"]?.text } == (1...3).map { expected["scaffold-gold-\($0)"] })
        // The Markdown table keeps its shape: a '|' in a cell is escaped.
        let section = Self.contents(files, "guidelines/sentiment.md")
        let lines = section.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 10 && lines[1].isEmpty && lines[7].isEmpty)
        let rows = lines[2...6]
        #expect(rows[3] == "|---|---|")
        for row in rows { #expect(row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 3, "\(row)") }
        // A paragraph that starts like a Markdown block (a heading, a list item, a table row) stays a paragraph.
        for paragraph in [lines[0], lines[8]] where paragraph.first.map({ "#>-+*|=`~".contains($0) }) == true {
            Issue.record("unescaped block marker: \(paragraph)")
        }
    }

    @Test func yamlScalarsAreQuotedOnlyWhenNeeded() {
        #expect(YAMLScalarText.scalar("Positive", .flow) == "Positive")
        #expect(YAMLScalarText.scalar("It's fine.", .block) == "It's fine.")
        #expect(YAMLScalarText.scalar("a, b", .block) == "a, b")
        #expect(YAMLScalarText.scalar("a, b", .flow) == "\"a, b\"")
        #expect(YAMLScalarText.scalar("a: b", .block) == "\"a: b\"")
        #expect(YAMLScalarText.scalar("no", .block) == "\"no\"")
        #expect(YAMLScalarText.scalar("x\u{2028}y\u{7}\"\\", .block) == "\"x\\u2028y\\u0007\\\"\\\\\"")
        #expect(YAMLScalarText.block(" lead", indent: 4) == "\" lead\"")
        #expect(YAMLScalarText.block("fine # here", indent: 4) == "|\n    fine # here")
    }
}
