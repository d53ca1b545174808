/// `visible_if` in a gold row: the other expected answers of the row decide
/// whether a conditional question is shown for that item.
///
/// A condition holds when the named question's answer is one of its values (for
/// a list answer, when any selected value is); all conditions must hold. A
/// question that is shown and `required` needs an answer; a hidden question is
/// never submitted, so a gold answer to it could never be matched. When a
/// named question has no column in the file, nothing is decided here.
enum GoldVisibility {
    /// The problem with `answer` given the row's other answers, or nil.
    static func problem(_ question: Question, answer: [String], answers: [DataCheckRun.GoldAnswer?],
                        questions: [Question]) -> AnswerProblem? {
        guard !question.visibleIf.isEmpty else { return nil }
        var reasons: [String] = []
        var shown = true
        for condition in question.visibleIf {
            guard let index = questions.firstIndex(where: { $0.id == condition.question.value }),
                  let other = answers[index] else { return nil }
            let selected = selectedValues(other, of: questions[index])
            let expected = condition.values.map(\.value)
            if !selected.contains(where: expected.contains) { shown = false }
            let listed = expected.map { "'\($0)'" }.joined(separator: " or ")
            reasons.append("'\(condition.question.value)' is \(listed)")
        }
        let rule = reasons.joined(separator: " and ")
        let isEmpty = AnswerValidator.isEmpty(answer)
        if shown && isEmpty && question.required {
            return AnswerProblem("'\(question.id)' is shown for this item (when \(rule)) and required, but the row gives no answer")
        }
        if !shown && !isEmpty {
            return AnswerProblem("'\(question.id)' is hidden for this item (it is shown only when \(rule)), so it is never answered; leave it empty")
        }
        return nil
    }

    /// The values an answer selects: a list's entries, or a CSV cell split at `|` for list answers.
    private static func selectedValues(_ answer: DataCheckRun.GoldAnswer, of question: Question) -> [String] {
        if answer.isList { return answer.values }
        guard let text = answer.values.first, !AnswerValidator.isEmpty(answer.values) else { return [] }
        if question.kind.storage.isList {
            return text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        }
        return [text]
    }
}
