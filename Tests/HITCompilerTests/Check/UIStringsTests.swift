import Foundation
import Testing
@testable import HITCompiler

/// `ui_strings:`: parsed with its shape checked, held to the catalogue (ids with
/// a did-you-mean, Fluent patterns located inside the YAML value, variables of
/// the English message), compared by `hitc diff` as cosmetic, and handed to the build.
@Suite struct UIStringsTests {
    static func spec(_ uiStrings: String, language: String = "en") -> String {
        SpecFixtures.minimal(top: "language: \(language)\nui_strings:\n\(uiStrings)")
    }

    static func codes(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map(\.code.code)
    }

    @Test func validOverridesCheckCleanAndReachTheBuildsCatalogue() throws {
        let text = Self.spec("  page-submit: Send my answers\n  script-item-title: 'Review { $number } / { $total }'\n")
        let diagnostics = SpecFixtures.check(text)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.message))")
        let spec = try #require(SpecFixtures.parse(text).0)
        #expect(spec.uiStrings.map(\.id.value) == ["page-submit", "script-item-title"])
        let catalogue = MessageCatalogue.english.overriding(spec.uiStringMessages)
        #expect(catalogue.format("page-submit") == "Send my answers")
        #expect(catalogue.format("script-item-title", ["number": .number(2), "total": .number(5)]) == "Review 2 / 5")
        #expect(catalogue.format("page-instructions") == "Instructions")
    }

    @Test func aBuiltPageAndGuidelinesUseTheOverrides() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ScaffoldWriter.write(Scaffold.files(id: "task"), into: folder.path)
        let spec = folder.appendingPathComponent("spec.yaml")
        let overrides = """
            ui_strings:
              page-submit: Send <b>these</b> answers
              script-item-title: "Review { $number } / { $total }"
              guide-examples: Cases we judged

            """
        try (try String(contentsOf: spec, encoding: .utf8) + overrides).write(to: spec, atomically: true, encoding: .utf8)
        let out = try runHITC(["build", "-o", folder.appendingPathComponent("out").path, spec.path])
        #expect(out.status == 0, "\(out.stderr)")
        let bundle = folder.appendingPathComponent("out/task")
        let page = try String(contentsOf: bundle.appendingPathComponent("task.html"), encoding: .utf8)
        // Text stays text: the markup in the override is escaped.
        #expect(page.contains("Send &lt;b&gt;these&lt;/b&gt; answers"))
        #expect(!page.contains("<b>these</b>"))
        #expect(page.contains("Review {number} / {total}"), "the script-* override in the page config")
        let guidelines = try String(contentsOf: bundle.appendingPathComponent("guidelines.html"), encoding: .utf8)
        #expect(guidelines.contains("Cases we judged"))
        #expect(!guidelines.contains("Worked examples"))
    }

    @Test func theSchemaListsEveryReplaceableIdWithItsEnglishText() throws {
        guard case .object(let root) = JSONSchemaGenerator.schema(), case .object(let defs)? = root["definitions"],
              case .object(let ui)? = defs["uiStrings"], case .object(let properties)? = ui["properties"] else {
            Issue.record("no uiStrings definition"); return
        }
        #expect(properties.keys.sorted() == UIStringChecks.overridableIDs)
        #expect(properties["scaffold-title"] == nil)
        #expect(ui["additionalProperties"] == .bool(false))
        guard case .object(let submit)? = properties["page-submit"], case .object(let title)? = properties["script-item-title"] else {
            Issue.record("no page-submit"); return
        }
        #expect(submit["description"] == .string("English: “Submit”. A Fluent pattern (docs/i18n.md)."))
        #expect(title["description"] == .string("English: “Item {$number} of {$total}”; variables: $number, $total. A Fluent pattern (docs/i18n.md)."))
        let validator = MiniSchemaValidator(root: JSONSchemaGenerator.schema())
        let good = try #require(YAMLComposer().compose(SourceFile(path: "t.yaml", text: Self.spec("  page-submit: Send\n"))).root)
        #expect(validator.validate(good).isEmpty)
        let bad = try #require(YAMLComposer().compose(SourceFile(path: "t.yaml", text: Self.spec("  page-sumbit: Send\n"))).root)
        #expect(!validator.validate(bad).isEmpty)
    }

    @Test func notAMappingOrAnEmptyTextIsAShapeError() {
        let list = SpecFixtures.check(SpecFixtures.minimal(top: "ui_strings: [page-submit]\n"))
        #expect(list.contains { $0.code == .wrongNodeKind && $0.message.contains("'ui_strings' must be a mapping") })
        let empty = SpecFixtures.check(Self.spec("  page-submit:\n"))
        #expect(empty.contains { $0.code == .emptyValue && $0.message.contains("'page-submit'") })
        let mapping = SpecFixtures.check(Self.spec("  page-submit: { a: b }\n"))
        #expect(mapping.contains { $0.code == .expectedString })
    }

    @Test func anUnknownIdGetsADidYouMeanAndAFixIt() throws {
        let diagnostics = SpecFixtures.check(Self.spec("  page-sumbit: Send\n"))
        let d = try #require(diagnostics.first { $0.code == .unknownMessage })
        #expect(d.message == "'ui_strings' names 'page-sumbit', which is not a message of hitc's page or guidelines")
        #expect(d.notes.map(\.message) == ["did you mean 'page-submit'?"])
        #expect(d.fixIts.map(\.replacement) == ["page-submit"])
        #expect(d.range?.start == HITCompiler.SourceLocation(line: 22, column: 3))
    }

    @Test func anIdFarFromAnyGetsTheListsPlace() throws {
        let diagnostics = SpecFixtures.check(Self.spec("  completely-else: Send\n"))
        let d = try #require(diagnostics.first { $0.code == .unknownMessage })
        #expect(d.notes.first?.message.contains("`hitc schema` lists them") == true)
    }

    @Test func aScaffoldMessageCannotBeReplaced() throws {
        let diagnostics = SpecFixtures.check(Self.spec("  scaffold-title: My task\n"))
        let d = try #require(diagnostics.first { $0.code == .unknownMessage })
        #expect(d.message.contains("'scaffold-title' is a text 'hitc init' writes"))
        #expect(d.fixIts.isEmpty)
    }

    @Test func aVariableTheMessageLacksIsNamedWithTheAllowedOnes() throws {
        let marked = MarkedText(Self.spec("  page-contact: 'Write to { $contact } or { 1️⃣$phone }'\n  page-submit: Send { 2️⃣$count }\n"))
        let diagnostics = SpecFixtures.check(marked.text)
        let errors = diagnostics.filter { $0.code == .unknownMessageVariable }
        #expect(errors.count == 2)
        let contact = try #require(errors.first { $0.message.contains("'page-contact'") })
        #expect(contact.message == "the text of 'page-contact' in 'ui_strings' uses '$phone', which message 'page-contact' does not have")
        #expect(contact.notes.map(\.message) == ["message 'page-contact' has '$contact'; the page gives it no other"])
        #expect(contact.range?.start == marked.location("1️⃣"))
        let submit = try #require(errors.first { $0.message.contains("'page-submit'") })
        #expect(submit.notes.first?.message.hasPrefix("message 'page-submit' has no variables") == true)
        #expect(submit.range?.start == marked.location("2️⃣"))
    }

    @Test func aVariableUnusedByTheTextIsFine() {
        let diagnostics = SpecFixtures.check(Self.spec("  script-item-title: Item { $number }\n"))
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.map(\.message))")
    }

    @Test func aPatternThatDoesNotParseIsLocatedInsideAOneLineValue() throws {
        for (style, value) in [("plain", "Send { now"), ("single", "'Send { now'"), ("double", "\"Say \\\"hi\\\" { now\"")] {
            let text = Self.spec("  page-submit: \(value)\n")
            let d = try #require(SpecFixtures.check(text).first { $0.code == .invalidMessagePattern }, "\(style)")
            let source = value.hasPrefix("'") || value.hasPrefix("\"") ? String(value.dropFirst().dropLast()) : value
            let decoded = source.replacingOccurrences(of: "\\\"", with: "\"")
            var offset = -1
            do { _ = try FluentMessage.parse(decoded) } catch { offset = error.utf8Offset }
            #expect(offset >= 0)
            // The column the parser's offset is at in the source line: the value
            // starts at column 16 (after "  page-submit: "), plus the opening quote.
            let prefix = String(decoded.utf8.prefix(offset))!
            let escapes = style == "double" ? prefix.filter { $0 == "\"" }.count : 0
            let expected = 16 + (style == "plain" ? 0 : 1) + prefix.unicodeScalars.count + escapes
            #expect(d.range?.start == HITCompiler.SourceLocation(line: 22, column: expected), "\(style): \(d.message)")
            #expect(d.message.hasPrefix("the text of 'page-submit' in 'ui_strings' is not a Fluent pattern: "))
        }
    }

    @Test func aPatternOverSeveralLinesIsLocatedAtTheValuesStart() throws {
        let text = Self.spec("  page-submit: |\n    Send\n    { now\n")
        let d = try #require(SpecFixtures.check(text).first { $0.code == .invalidMessagePattern })
        #expect(d.range?.start == HITCompiler.SourceLocation(line: 22, column: 16))
    }

    @Test func aScriptMessageCannotHoldALiteralBrace() throws {
        let marked = MarkedText(Self.spec("  script-link: 'Link { 1️⃣\"{\" }'\n  page-submit: 'Send { \"{\" }'\n"))
        let diagnostics = SpecFixtures.check(marked.text)
        let errors = diagnostics.filter { $0.code == .invalidMessagePattern }
        #expect(errors.count == 1, "\(errors.map(\.message))")
        #expect(errors.first?.message.contains("'script-link'") == true)
        // The literal's brace, one past its opening quote.
        #expect(errors.first?.range?.start.column == marked.location("1️⃣").column + 1)
    }

    @Test func patternPlaceMapsOffsetsOnlyWhenTheSpellingIsKnown() {
        func place(_ text: String, _ style: ScalarStyle, width: Int, lines: Int = 0, offset: Int) -> HITCompiler.SourceLocation {
            let range = SourceRange(start: HITCompiler.SourceLocation(line: 3, column: 10), end: HITCompiler.SourceLocation(line: 3 + lines, column: 10 + width))
            return PatternPlace.range(of: offset, in: UIString(id: Located("x", range), pattern: Located(text, range), style: style)).start
        }
        // "é" is two bytes but one column.
        #expect(place("é{x", .plain, width: 3, offset: 2) == HITCompiler.SourceLocation(line: 3, column: 11))
        #expect(place("it's {", .singleQuoted, width: 9, offset: 5) == HITCompiler.SourceLocation(line: 3, column: 17))
        #expect(place("a\"b {", .doubleQuoted, width: 8, offset: 4) == HITCompiler.SourceLocation(line: 3, column: 16))
        // Written with another escape ("\u00e9" for "é"): the width does not match, so the start.
        #expect(place("é {", .doubleQuoted, width: 10, offset: 3) == HITCompiler.SourceLocation(line: 3, column: 10))
        #expect(place("a {", .literal, width: 3, offset: 2) == HITCompiler.SourceLocation(line: 3, column: 10))
        #expect(place("a {", .plain, width: 3, lines: 1, offset: 2) == HITCompiler.SourceLocation(line: 3, column: 10))
        // Past the end: just after the last character.
        #expect(place("ab", .plain, width: 2, offset: 9) == HITCompiler.SourceLocation(line: 3, column: 12))
    }

    /// `hitc diff`'s changes between two spec texts.
    static func changes(old: String, new: String) throws -> [SpecChange] {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        func checked(_ name: String, _ text: String) throws -> CheckedSpec {
            let url = folder.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            let result = Pipeline.check(path: url.path)
            return try #require(result.checked, "\(result.diagnostics.map(\.message))")
        }
        return SpecDiffer.changes(old: try checked("old.yaml", old), new: try checked("new.yaml", new))
    }

    @Test func diffCallsAUIStringsChangeCosmetic() throws {
        let old = Self.spec("  page-submit: Send\n")
        let new = Self.spec("  page-submit: Send it\n  page-instructions: What to do\n")
        let changes = try Self.changes(old: old, new: new)
        let change = try #require(changes.first { $0.path == "ui_strings" })
        #expect(change.changeClass == .cosmetic)
        #expect(!change.definesLabels)
        #expect(changes.filter { $0.path != "ui_strings" && $0.path != "version" }.isEmpty, "\(changes.map(\.path))")
        #expect(try Self.changes(old: old, new: old.replacingOccurrences(of: "Send", with: "'Send'")).isEmpty)
    }
}
