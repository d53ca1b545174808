import Foundation

/// Checks expected answers against their questions: gold rows, and the
/// `answers` of guideline examples. Each question type's rules live with the
/// type (`QuestionType.answerProblem`); an answer that is a list (a YAML or JSON
/// list, or one text with the values separated by `|`, as in CSV) is accepted
/// only by types whose answers are lists.
///
/// Empty answers: an empty answer (no value, or only spaces) is accepted when
/// the question is not `required`, or has `visible_if` (it may be hidden for
/// this item, and a hidden question is never answered); otherwise it is a
/// problem. Whether a conditional question is really shown depends on the other
/// answers, which only the caller knows: gold rows are checked for that by
/// `GoldVisibility`.
struct AnswerValidator: Sendable {
    /// Each question's check, by id, prepared once.
    private let checks: [String: AnswerCheck]

    /// Prepares a validator for these questions (resolves each one's check and compiles its pattern once).
    init(questions: [Question]) {
        var checks: [String: AnswerCheck] = [:]
        for question in questions { checks[question.id] = question.kind.answerCheck() }
        self.checks = checks
    }

    /// The problem with one expected answer, or nil when it is valid.
    ///
    /// - Parameters:
    ///   - values: the answer's values: one entry for a scalar, the entries of a list.
    ///   - isList: whether the answer was written as a list (YAML sequence, JSON array).
    ///   - question: the question answered.
    func problem(forAnswer values: [String], isList: Bool, question: Question) -> AnswerProblem? {
        let check = checks[question.id] ?? question.kind.answerCheck()
        return AnswerValidator.check(values, isList: isList, question: question, check: check)
    }

    /// The problem with an answer written as one text (a CSV cell: a
    /// list answer separates values with `|`); nil when it is valid.
    func problem(forAnswer text: String, question: Question) -> AnswerProblem? {
        problem(forAnswer: [text], isList: false, question: question)
    }

    /// One-off check without a prepared validator (compiles a `pattern` on each call).
    static func problem(forAnswer text: String, isList: Bool, question: Question) -> AnswerProblem? {
        AnswerValidator(questions: []).problem(forAnswer: [text], isList: isList, question: question)
    }

    /// True when the answer is empty: no values, or only empty or blank ones.
    static func isEmpty(_ values: [String]) -> Bool {
        values.allSatisfy { $0.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" } }
    }

    private static func check(_ values: [String], isList: Bool, question: Question,
                              check: AnswerCheck) -> AnswerProblem? {
        if isEmpty(values) {
            guard question.required, question.visibleIf.isEmpty else { return nil }
            return AnswerProblem("an answer to '\(question.id)' is required")
        }
        guard question.kind.storage.isList else {
            guard !isList || values.count == 1 else {
                return AnswerProblem("'\(question.id)' is a \(question.typeName) question: give one value, not a list")
            }
            return check(values, question)
        }
        let selected = isList ? values : values.flatMap { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
        return check(selected, question)
    }
}
