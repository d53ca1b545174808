import Foundation
import Testing
@testable import HITCompiler

/// The lints of a task's language: W0020 (no built-in catalogue, so hitc's own
/// words stay English) and W0021 (Latin-letter hotkeys where keyboards type
/// another script).
@Suite struct LanguageLintsTests {
    static let letterKeys = """
            q:
              type: single_choice
              prompt: Pick one
              options:
                - { value: a, key: p, hint: x }
                - { value: b, key: "2", hint: y }
                - { value: c, key: N, hint: z }

        """

    static func check(language: String, questions: String = letterKeys, top: String = "") -> [Diagnostic] {
        SpecFixtures.check(SpecFixtures.minimal(questions: questions, top: "language: \(language)\n" + top))
    }

    @Test func aLanguageWithoutACatalogueWarnsWithCountExamplesAndTheFix() throws {
        let diagnostics = Self.check(language: "sw")
        let d = try #require(diagnostics.first { $0.code == .noCatalogue })
        let total = UIStringChecks.overridableIDs.count
        #expect(total > 100)
        #expect(d.message == "hitc has no built-in catalogue for language 'sw': its own words on the page and in the guidelines stay in English (all \(total) of them, e.g. 'Submit' (page-submit), 'Instructions' (page-instructions), 'Item {$number} of {$total}' (script-item-title))")
        #expect(d.notes.count == 1)
        #expect(d.notes[0].message.contains("'ui_strings:'"))
        #expect(d.notes[0].message.contains("Templates/i18n/<tag>.ftl"))
        #expect(d.range?.start.line == 23)
    }

    @Test func someStringsGivenAreCountedOut() throws {
        let diagnostics = Self.check(language: "sw", top: "ui_strings:\n  page-submit: Tuma\n")
        let d = try #require(diagnostics.first { $0.code == .noCatalogue })
        let total = UIStringChecks.overridableIDs.count
        #expect(d.message.contains("(\(total - 1) of \(total), e.g. 'Instructions' (page-instructions)"))
    }

    @Test func uiStringsGivingEveryMessageSilenceTheWarning() {
        let english = MessageCatalogue.english
        // Every page, script and guideline message, given in its English text (quoted: braces and colons).
        var lines = ""
        for id in UIStringChecks.overridableIDs {
            let variables = (english.variables(of: id) ?? []).sorted().map { "{ $\($0) }" }.joined(separator: " ")
            lines += "  \(id): \"Sw \(variables)\"\n"
        }
        let all = Self.check(language: "sw", top: "ui_strings:\n" + lines)
        #expect(!all.contains { $0.code == .noCatalogue })
        #expect(!all.contains { $0.severity == .error }, "\(all.filter { $0.severity == .error }.map(\.message).prefix(3))")
        // One left out: the warning is back, naming it.
        let oneLess = lines.split(separator: "\n").dropFirst().joined(separator: "\n") + "\n"
        let first = UIStringChecks.overridableIDs[0]
        let again = Self.check(language: "sw", top: "ui_strings:\n" + oneLess)
        #expect(again.first { $0.code == .noCatalogue }?.message.contains("(1 of \(UIStringChecks.overridableIDs.count), e.g. '\(english.format(first))' (\(first)))") == true)
    }

    @Test func builtInLanguagesAndTheirVariantsDoNotWarn() {
        for tag in ["en", "en-GB"] + (MessageCatalogue.builtInTags.contains("pt") ? ["pt-BR"] : []) {
            #expect(!Self.check(language: tag).contains { $0.code == .noCatalogue }, "\(tag)")
        }
    }

    @Test func warningsAsErrorsMakesItFatal() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = Scaffold.files(id: "task")
        _ = try ScaffoldWriter.write(files, into: folder.path)
        let spec = folder.appendingPathComponent("spec.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8).replacingOccurrences(of: "language: en", with: "language: sw")
        try text.write(to: spec, atomically: true, encoding: .utf8)
        let warned = try runHITC(["check", spec.path])
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("[W0020]"))
        let fatal = try runHITC(["check", "--warnings-as-errors", spec.path])
        #expect(fatal.status == 1)
        #expect(fatal.stderr.contains("W0020"))
    }

    @Test func latinLetterHotkeysWarnWhereKeyboardsTypeAnotherScript() throws {
        for tag in ["ru", "uk", "ar", "he", "fa", "el", "hi", "th", "ja", "ko", "zh-Hans", "zh-TW", "uz-Cyrl", "sr"] {
            let d = try #require(Self.check(language: tag).first { $0.code == .hotkeyNotOnKeyboard }, "\(tag)")
            #expect(d.message.hasPrefix("question 'q' has Latin-letter hotkeys 'p', 'N', which keyboards for "), "\(tag)")
            #expect(d.notes.last?.message == "use digits: key: \"1\", \"2\", \"3\"")
            #expect(d.range?.start.line == 20, "at the first letter key")
        }
        let ru = try #require(Self.check(language: "ru").first { $0.code == .hotkeyNotOnKeyboard })
        #expect(ru.message.hasSuffix("keyboards for Russian ('ru') do not type"))
        #expect(ru.notes.first?.message.contains("give Cyrillic letters") == true)
        let ja = try #require(Self.check(language: "ja").first { $0.code == .hotkeyNotOnKeyboard })
        #expect(ja.notes.first?.message.contains("input method") == true)
    }

    @Test func letterHotkeysOnAnotherScriptFailDesignTheHIT() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ScaffoldWriter.write(Scaffold.files(id: "task"), into: folder.path)
        let spec = folder.appendingPathComponent("spec.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8).replacingOccurrences(of: "key: \"2\"", with: "key: m")
        try text.replacingOccurrences(of: "language: en", with: "language: ru").write(to: spec, atomically: true, encoding: .utf8)
        let result = Pipeline.check(path: spec.path)
        #expect(result.diagnostics.map(\.code).contains(.hotkeyNotOnKeyboard))
        let step = try #require(result.checklist?.steps.first { $0.number == 4 })
        #expect(!step.passed)
        #expect(step.reason.contains("W0021"))
    }

    @Test func latinKeyboardsAndDigitsNeverWarn() {
        for tag in ["en", "de", "tr", "pl", "vi", "id", "sr-Latn", "uz", "sw"] {
            #expect(!Self.check(language: tag).contains { $0.code == .hotkeyNotOnKeyboard }, "\(tag)")
        }
        let digits = Self.letterKeys.replacingOccurrences(of: "key: p", with: "key: \"1\"").replacingOccurrences(of: "key: N", with: "key: \"3\"")
        #expect(!Self.check(language: "ru", questions: digits).contains { $0.code == .hotkeyNotOnKeyboard })
        let noKeys = Self.letterKeys.replacingOccurrences(of: "key: p, ", with: "").replacingOccurrences(of: "key: N, ", with: "")
        #expect(!Self.check(language: "ar", questions: noKeys).contains { $0.code == .hotkeyNotOnKeyboard })
    }

    @Test func pairwiseLetterKeysWarnToo() throws {
        let pairwise = """
                q:
                  type: pairwise
                  prompt: Which is better?
                  left: title
                  right: title
                  keys: { left: a, right: b }

            """
        let d = Self.check(language: "ko", questions: pairwise).first { $0.code == .hotkeyNotOnKeyboard }
        #expect(d?.message.contains("'a', 'b'") == true, "\(Self.check(language: "ko", questions: pairwise).map(\.message))")
    }

    @Test func scriptSubtagsAndLatinLetters() {
        #expect(KeyboardScripts.scriptSubtag(of: "zh-Hans-CN") == "Hans")
        #expect(KeyboardScripts.scriptSubtag(of: "sr-latn") == "Latn")
        #expect(KeyboardScripts.scriptSubtag(of: "zh-yue-Hant") == "Hant")
        #expect(KeyboardScripts.scriptSubtag(of: "de-CH-1996") == nil)
        #expect(KeyboardScripts.isLatinLetter("é") && KeyboardScripts.isLatinLetter("Z"))
        #expect(!KeyboardScripts.isLatinLetter("1") && !KeyboardScripts.isLatinLetter("ж") && !KeyboardScripts.isLatinLetter("×"))
    }
}
