/// Which questions of one page are hidden by `visible_if`, given the page's
/// answers: the rule the task page follows, for results readers whose platform
/// may keep a value the worker gave before hiding its question (a hidden
/// question is neither required nor submitted, so its answer is dropped and
/// counted as blank).
///
/// A question is shown when every condition holds: the named question is
/// itself shown and one of its answer's values is among the condition's
/// values. Conditions only name earlier questions (checked by the spec), so
/// one pass in question order decides every question.
struct HiddenAnswers: Sendable {
    /// Per question, its conditions as (question index, accepted values).
    private let conditions: [[(question: Int, values: Set<String>)]]

    /// True when no question has a condition (nothing is ever hidden).
    let isEmpty: Bool

    init(questions: [Question]) {
        var index: [String: Int] = [:]
        for (k, q) in questions.enumerated() { index[q.id] = k }
        conditions = questions.map { q in
            q.visibleIf.compactMap { c in
                index[c.question.value].map { ($0, Set(c.values.map(\.value))) }
            }
        }
        isEmpty = conditions.allSatisfy(\.isEmpty)
    }

    /// Whether each question is shown, given `values(q)`: the values of the page's answer to
    /// question `q` (an option value, each option of a set, a scale point; empty when blank).
    func shown(values: (Int) -> [String]) -> [Bool] {
        var shown = [Bool](repeating: true, count: conditions.count)
        guard !isEmpty else { return shown }
        for q in conditions.indices {
            shown[q] = conditions[q].allSatisfy { c in
                c.question < q && shown[c.question] && values(c.question).contains(where: c.values.contains)
            }
        }
        return shown
    }

    /// The values of an answer as a results file writes it: `|`-separated options, or one value.
    static func values(ofAnswer answer: String) -> [String] {
        answer.split(separator: "|", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
