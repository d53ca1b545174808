import Testing
@testable import HITCompiler

/// `HiddenAnswers`: the page's `visible_if` rule, applied to a page's answers by results readers.
struct HiddenAnswersTests {
    /// kind → detail (when kind is a or b) → why (when detail is x); tags is a multi choice → note (when tags has t2).
    static let questions: [Question] = {
        let layout = (["kind", "detail", "why", "tags", "note"].map { "    - question: \($0)\n" }).joined()
        let text = SpecFixtures.minimal(questions: """
                kind: { type: single_choice, prompt: K, options: [a, b, c] }
                detail: { type: single_choice, prompt: D, options: [x, y], visible_if: { kind: [a, b] } }
                why: { type: text, prompt: W, visible_if: { detail: x } }
                tags: { type: multi_choice, prompt: T, options: [t1, t2] }
                note: { type: text, prompt: N, visible_if: { tags: t2 } }

        """, layout: "    - text: title\n" + layout)
        let (spec, diagnostics) = SpecFixtures.parse(text)
        precondition(diagnostics.isEmpty, "\(diagnostics)")
        return spec!.hit.questions
    }()

    func shown(_ answers: [String: String]) -> [String] {
        let qs = Self.questions
        let flags = HiddenAnswers(questions: qs).shown { HiddenAnswers.values(ofAnswer: answers[qs[$0].id] ?? "") }
        return zip(qs, flags).filter(\.1).map(\.0.id)
    }

    @Test func conditionsChainAndAHiddenQuestionHidesWhatDependsOnIt() {
        #expect(shown(["kind": "a", "detail": "x"]) == ["kind", "detail", "why", "tags"])
        #expect(shown(["kind": "b", "detail": "y"]) == ["kind", "detail", "tags"])
        // detail keeps a stale "x" from before kind became c: detail is hidden, and so is why.
        #expect(shown(["kind": "c", "detail": "x", "why": "stale"]) == ["kind", "tags"])
        #expect(shown([:]) == ["kind", "tags"])
    }

    @Test func aSetAnswerShowsWhenOneOfItsOptionsIsAccepted() {
        #expect(shown(["kind": "c", "tags": "t1| t2"]) == ["kind", "tags", "note"])
        #expect(shown(["kind": "c", "tags": "t1"]) == ["kind", "tags"])
    }

    @Test func aSpecWithoutConditionsHidesNothing() {
        let (spec, _) = SpecFixtures.parse(SpecFixtures.minimal())
        let hidden = HiddenAnswers(questions: spec!.hit.questions)
        #expect(hidden.isEmpty)
        #expect(hidden.shown { _ in [] } == [true])
    }
}
