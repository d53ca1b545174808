import Foundation
import Testing
@testable import HITCompiler

/// Did-you-mean searches and other work done only for a message run for errors
/// that can still be printed (the first 200 of the spec, `DiagnosticHorizon`),
/// once per unknown name; lists of the spec's own names in notes are cut short
/// (issue 9, item 13: a spec of 9,000 misspelt references took 11 s).
@Suite struct SuggestionHorizonTests {
    /// `i` as five digits.
    static func pad(_ i: Int) -> String {
        String(repeating: "0", count: 5 - String(i).count) + String(i)
    }

    /// Checks `text` as `spec.yaml` in a new folder, as `hitc check` does.
    static func check(_ text: String) throws -> CheckResult {
        let url = Paths.temporaryDirectory().appendingPathComponent("spec.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return Pipeline.check(path: url.path)
    }

    /// `count` optional text questions `q00000`, `q00001`, ...
    static func questions(_ count: Int) -> String {
        (0..<count).map { "    q\(Self.pad($0)): { type: text, prompt: P, required: false }\n" }.joined()
    }

    @Test func unknownLayoutQuestionsAreSearchedOnlyWhileTheyCanBePrinted() throws {
        let layout = "    - text: title\n" + (0..<300).map { "    - question: x\(Self.pad($0))\n" }.joined()
        let result = try Self.check(SpecFixtures.minimal(questions: Self.questions(300), layout: layout))
        let unknown = result.diagnostics.filter { $0.code == .unknownQuestion }
        #expect(unknown.count == 300)
        #expect(unknown.first?.message == "the layout places question 'x00000', which 'hit.questions' does not define")
        #expect(unknown.prefix(200).map { $0.notes.map(\.message) } == (0..<200).map { ["did you mean 'q\(Self.pad($0))'?"] })
        #expect(unknown.prefix(200).map { $0.fixIts.map(\.replacement) } == (0..<200).map { ["q\(Self.pad($0))"] })
        #expect(unknown.dropFirst(200).allSatisfy { $0.notes.isEmpty && $0.fixIts.isEmpty },
                "the 201st and later errors are never printed: not searched")
        // An unknown block past the horizon might mean any question: none is called not placed.
        #expect(!result.diagnostics.contains { $0.code == .questionNotInLayout })
        #expect(result.diagnostics.filter { $0.severity == .error }.count == 300)
    }

    @Test func belowTheHorizonQuestionsNotPlacedAreStillReported() throws {
        let layout = "    - text: title\n" + (0..<20).map { "    - question: x\(Self.pad($0))\n" }.joined()
        let result = try Self.check(SpecFixtures.minimal(questions: Self.questions(22), layout: layout))
        #expect(result.diagnostics.filter { $0.code == .unknownQuestion }.allSatisfy { $0.notes.count == 1 })
        #expect(result.diagnostics.filter { $0.code == .questionNotInLayout }.map(\.message)
                == ["question 'q00020' is not placed in 'hit.layout'", "question 'q00021' is not placed in 'hit.layout'"])
    }

    @Test func unknownFieldsInTheLayoutAreSearchedOnlyWhileTheyCanBePrinted() throws {
        let layout = (0..<250).map { _ in "    - text: titel\n" }.joined() + "    - question: q\n"
        let result = try Self.check(SpecFixtures.minimal(layout: layout))
        let unknown = result.diagnostics.filter { $0.code == .unknownField }
        #expect(unknown.count == 250)
        #expect(unknown.first?.message == "the 'text' block names field 'titel', which 'data.fields' does not define")
        #expect(unknown.prefix(200).allSatisfy { $0.notes.map(\.message) == ["did you mean 'title'?"] })
        #expect(unknown.dropFirst(200).allSatisfy { $0.notes.isEmpty && $0.fixIts.isEmpty })
    }

    @Test func aVisibleIfValueListsAShortListOfValuesAndIsSearchedWhilePrintable() throws {
        let options = (0..<30).map { "v\(Self.pad($0))" }.joined(separator: ", ")
        let values = (0..<250).map { "x\(Self.pad($0))" }.joined(separator: ", ")
        let questions = """
                a: { type: single_choice, prompt: P, options: [\(options)] }
                b: { type: single_choice, prompt: P, options: [y, n], visible_if: { a: [\(values)] } }

            """
        let layout = "    - text: title\n    - question: a\n    - question: b\n"
        let result = try Self.check(SpecFixtures.minimal(questions: questions, layout: layout))
        let unknown = result.diagnostics.filter { $0.code == .visibleIfUnknownValue }
        #expect(unknown.count == 250)
        let listed = "its values: v00000, v00001, v00002, v00003, v00004, v00005, v00006, v00007, v00008, v00009 and 20 more"
        #expect(unknown.first?.message == "question 'a' has no value 'x00000'")
        #expect(unknown.first?.notes.map(\.message) == ["did you mean 'v00000'?", listed])
        #expect(unknown.prefix(30).map { $0.fixIts.map(\.replacement) } == (0..<30).map { ["v\(Self.pad($0))"] })
        #expect(unknown.dropFirst(200).allSatisfy { $0.notes.map(\.message) == [listed] && $0.fixIts.isEmpty })
    }

    @Test func aVisibleIfCyclesPathIsSearchedWhilePrintable() throws {
        // 250 pairs: a_i looks ahead at b_i, b_i back at a_i; each cycle is reported once, at a_i.
        var questions = "", layout = "    - text: title\n"
        for i in 0..<250 {
            questions += "    a\(Self.pad(i)): { type: single_choice, prompt: P, options: [y, n], visible_if: { b\(Self.pad(i)): y } }\n"
            questions += "    b\(Self.pad(i)): { type: single_choice, prompt: P, options: [y, n], visible_if: { a\(Self.pad(i)): y } }\n"
            layout += "    - question: a\(Self.pad(i))\n    - question: b\(Self.pad(i))\n"
        }
        let result = try Self.check(SpecFixtures.minimal(questions: questions, layout: layout))
        let cycles = result.diagnostics.filter { $0.code == .visibleIfCycle }
        #expect(cycles.count == 250)
        #expect(cycles.first?.notes.map(\.message) == ["the cycle: a00000 → b00000 → a00000"])
        #expect(cycles.prefix(200).allSatisfy { $0.notes.count == 1 })
        #expect(cycles.dropFirst(200).allSatisfy { $0.notes.isEmpty })
    }

    @Test func anExampleFieldPastTheHorizonIsNotSearchedNorCalledMissing() throws {
        let layout = "    - text: title\n" + (0..<200).map { "    - question: x\(Self.pad($0))\n" }.joined() + "    - question: q\n"
        let top = """
            guidelines:
              summary: S.
              examples:
                - item: { titel: A tin }
                  answers: { q: a }

            """
        let result = try Self.check(SpecFixtures.minimal(layout: layout, top: top))
        let field = try #require(result.diagnostics.first { $0.code == .unknownField })
        #expect(field.message == "example 1 gives field 'titel', which 'data.fields' does not define")
        #expect(field.notes.isEmpty && field.fixIts.isEmpty)
        #expect(!result.diagnostics.contains { $0.code == .missingRequiredValue }, "'titel' may be the field 'title'")
    }
}

/// The search budget and the warnings that can never be printed.
@Suite struct CheckBoundsHorizonTests {
    @Test func pastTheSearchBudgetNamesAreNotSearchedAndNothingIsCalledNotPlaced() throws {
        let layout = "    - text: title\n" + (0..<10).map { "    - question: x\(SuggestionHorizonTests.pad($0))\n" }.joined()
        let (spec, _) = SpecFixtures.parse(SpecFixtures.minimal(questions: SuggestionHorizonTests.questions(12), layout: layout))
        // A budget of 30 names: two searches among the 12 questions, not a third.
        var ctx = CheckContext(spec: try #require(spec), file: "t.yaml", searchBudget: 30)
        LayoutChecks.run(&ctx)
        let unknown = ctx.diagnostics.filter { $0.code == .unknownQuestion }
        #expect(unknown.map { $0.notes.map(\.message) }
                == [["did you mean 'q00000'?"], ["did you mean 'q00001'?"]] + Array(repeating: [], count: 8))
        #expect(!ctx.diagnostics.contains { $0.code == .questionNotInLayout })
        var enough = CheckContext(spec: try #require(spec), file: "t.yaml")
        LayoutChecks.run(&enough)
        #expect(enough.diagnostics.filter { $0.code == .questionNotInLayout }.map(\.message)
                == ["question 'q00010' is not placed in 'hit.layout'", "question 'q00011' is not placed in 'hit.layout'"])
    }

    @Test func warningsThatCanNeverBePrintedAreCountedNotKept() throws {
        let options = (0..<250).map { "v\($0)" }.joined(separator: ", ")
        let questions = "    q: { type: single_choice, prompt: P, options: [\(options)] }\n"
        let result = try SuggestionHorizonTests.check(SpecFixtures.minimal(questions: questions))
        let kept = result.diagnostics.filter { $0.code == .optionWithoutHelp && $0.summarized == nil }
        // W0002 (no sample, on line 5) comes first, so 199 of the W0003 on line 16 can be printed.
        #expect(kept.count == 199)
        #expect(kept.first?.message == "option 'v0' of question 'q' has no hint and no guideline example")
        let summary = try #require(result.diagnostics.last)
        #expect(summary.message == "\(250 - kept.count) more problems in this file not shown (W0003 ×\(250 - kept.count)); only the first 200 are listed")
        #expect(result.diagnostics.problemCounts.warnings == 250 + 2, "every W0003, W0002 and W0011")
        #expect(result.checklist?.steps[4].reason.contains("options without examples") == true)
    }
}
