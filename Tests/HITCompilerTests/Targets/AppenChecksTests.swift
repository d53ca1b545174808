import Testing
@testable import HITCompiler

/// What Appen cannot take, checked only when the spec names `appen`: the
/// reward's currency and cents, names that meet in lower case or take a gold
/// column's name, option values with white space, conditions only-if cannot
/// group, and what the page does not check (warnings).
@Suite struct AppenChecksTests {
    static func platformDiagnostics(questions: String = SpecFixtures.defaultQuestions, layout: String? = nil,
                                    extra: String = "", appen: Bool = true) -> [String] {
        let layout = layout ?? "    - text: title\n    - question: q\n"
        let targets = appen ? "targets:\n  appen: {}\n" : ""
        return SpecFixtures.check(SpecFixtures.minimal(questions: questions, layout: layout, top: extra + targets))
            .filter { [.platformCurrency, .platformLimit, .platformCannotExpress, .platformDegrades].contains($0.code) }
            .map { "\($0.code.code) \($0.message)" }
    }

    @Test func theRewardIsWholeUSCents() {
        let spec = SpecFixtures.minimal(top: "targets:\n  appen: {}\n")
        for (reward, expected) in [("0.10 EUR", "E0215 Appen pays in US cents (payment_cents), not EUR"),
                                   ("0.105 USD", "E0216 Appen pays whole US cents per page (payment_cents), not 0.105 USD")] {
            let found = SpecFixtures.check(spec.replacingOccurrences(of: "0.10 USD", with: reward))
                .filter { $0.code == .platformCurrency || $0.code == .platformLimit }
            #expect(found.map { "\($0.code.code) \($0.message)" } == [expected])
        }
    }

    @Test func namesMeetingInLowerCaseAreRefused() {
        let questions = "    Title:\n      type: single_choice\n      prompt: Pick one\n      options: [a, b]\n"
        #expect(Self.platformDiagnostics(questions: questions, layout: "    - text: title\n    - question: Title\n")
                == ["E0216 question 'Title' and field 'title' would both be 'title' on Appen, which names columns in lower case"])
        // Without the target, nothing is said.
        #expect(Self.platformDiagnostics(questions: questions, layout: "    - text: title\n    - question: Title\n", appen: false) == [])
    }

    /// The results reader reads the column of a question's earlier id as the
    /// question's answers, so that name may not be another column's on Appen.
    @Test func anEarlierIdMeetingAnotherNameInLowerCaseIsRefused() {
        let renamed = SpecFixtures.defaultQuestions.replacingOccurrences(of: "    q:\n", with: "    q:\n      renamed_from: [Title, old_q]\n")
        #expect(renamed != SpecFixtures.defaultQuestions)
        #expect(Self.platformDiagnostics(questions: renamed)
                == ["E0216 'Title', the earlier id of question 'q' (renamed_from), and field 'title' would both be 'title' on Appen, which names columns in lower case"])
        let apart = SpecFixtures.defaultQuestions.replacingOccurrences(of: "    q:\n", with: "    q:\n      renamed_from: old_q\n")
        #expect(Self.platformDiagnostics(questions: apart) == [])
        #expect(Self.platformDiagnostics(questions: renamed, appen: false) == [])
    }

    @Test func aFieldNamedLikeAGoldColumnIsRefusedWhenTheSpecHasGold() {
        let spec = SpecFixtures.minimal(layout: "    - text: title\n    - text: q_gold\n    - question: q\n",
                                        top: "quality:\n  judgments_per_item: 3\n  gold: { file: gold.csv, per_hit: 1 }\ntargets:\n  appen: {}\n")
            .replacingOccurrences(of: "    title: { type: text }\n", with: "    title: { type: text }\n    q_gold: { type: text }\n")
        let found = SpecFixtures.check(spec).filter { $0.code == .platformLimit }.map(\.message)
        #expect(found == ["the gold column of question 'q' and field 'q_gold' would both be 'q_gold' on Appen, which names columns in lower case"])
    }

    @Test func optionValuesWithSpacesConditionsAndUncheckedBoundsAreReported() {
        let questions = """
                q:
                  type: single_choice
                  prompt: Pick one
                  options: [a, b, "c d"]
                r:
                  type: multi_choice
                  prompt: Tick
                  max_selected: 1
                  options:
                    - { value: x, key: "1" }
                    - y
                s:
                  type: text
                  prompt: Why?
                  visible_if: { q: [a, b], r: x }

            """
        let found = Self.platformDiagnostics(questions: questions,
                                             layout: "    - text: title\n    - question: q\n    - question: r\n    - question: s\n")
        #expect(found == [
            "E0216 option value 'c d' of 'q' holds white space, which Appen does not accept in a value",
            "W0018 Appen has no validator for 'max_selected' of 'r': an answer that breaks it is read as given",
            "E0801 Appen cannot show 's' on this condition: only-if joins selectors with '||' (or) and '++' (and) but cannot group them, so several conditions where one accepts several values have no Appen form",
            "W0018 Appen has no keyboard shortcuts for options: the options' keys are not available there",
        ])
    }
}
