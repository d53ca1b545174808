import Foundation

/// Checks expected answers against their questions: gold rows, and the
/// `answers` of guideline examples.
///
/// - `single_choice`: one of the option values.
/// - `multi_choice`: a list of option values (a YAML or JSON list, or one text
///   with the values separated by `|`, as in CSV), no value twice, and as many
///   as `min_selected` / `max_selected` allow.
/// - `scale`: a whole number in `min...max`.
/// - `number`: a decimal number within `min`/`max`, a whole number of `step`s
///   from `min` (or 0) when `step` is given.
/// - `text`: `min_length`...`max_length` characters (Unicode scalars) and, when
///   given, a whole match of `pattern`.
///
/// Empty answers: an empty answer (no value, or only spaces) is accepted when
/// the question is not `required`, or has `visible_if` (it may be hidden for
/// this item, and a hidden question is never answered); otherwise it is a
/// problem. Whether a conditional question is really shown depends on the other
/// answers, which only the caller knows: gold rows are checked for that by
/// `GoldVisibility`.
public struct AnswerValidator: Sendable {
    private let patterns: [String: AnswerPattern]

    /// Prepares a validator for these questions (compiles their patterns once).
    public init(questions: [Question]) {
        var patterns: [String: AnswerPattern] = [:]
        for question in questions {
            if case .text(let text) = question.kind, let pattern = text.pattern?.value {
                patterns[question.id] = AnswerPattern(pattern)
            }
        }
        self.patterns = patterns
    }

    /// The problem with one expected answer, or nil when it is valid.
    ///
    /// - Parameters:
    ///   - values: the answer's values: one entry for a scalar, the entries of a list.
    ///   - isList: whether the answer was written as a list (YAML sequence, JSON array).
    ///   - question: the question answered.
    public func problem(forAnswer values: [String], isList: Bool, question: Question) -> AnswerProblem? {
        let pattern = patterns[question.id] ?? textPattern(of: question).map(AnswerPattern.init)
        return AnswerValidator.check(values, isList: isList, question: question, pattern: pattern)
    }

    /// The problem with an answer written as one text (a CSV cell: a
    /// `multi_choice` answer separates values with `|`); nil when it is valid.
    public func problem(forAnswer text: String, question: Question) -> AnswerProblem? {
        problem(forAnswer: [text], isList: false, question: question)
    }

    /// One-off check without a prepared validator (compiles a `pattern` on each call).
    public static func problem(forAnswer text: String, isList: Bool, question: Question) -> AnswerProblem? {
        AnswerValidator(questions: []).problem(forAnswer: [text], isList: isList, question: question)
    }

    /// True when the answer is empty: no values, or only empty or blank ones.
    public static func isEmpty(_ values: [String]) -> Bool {
        values.allSatisfy { $0.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" } }
    }

    private func textPattern(of question: Question) -> String? {
        if case .text(let text) = question.kind { return text.pattern?.value }
        return nil
    }

    private static func check(_ values: [String], isList: Bool, question: Question,
                              pattern: AnswerPattern?) -> AnswerProblem? {
        if isEmpty(values) {
            guard question.required, question.visibleIf.isEmpty else { return nil }
            return AnswerProblem("an answer to '\(question.id)' is required")
        }
        if isList, !isMultiChoice(question) {
            guard values.count == 1 else {
                return AnswerProblem("'\(question.id)' is a \(question.typeName) question: give one value, not a list")
            }
        }
        switch question.kind {
        case .singleChoice(let choice):
            return AnswerChecks.choice(values[0], question: question, choice: choice)
        case .multiChoice(let choice):
            let selected = isList ? values : values.flatMap { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
            return AnswerChecks.multiChoice(selected, question: question, choice: choice)
        case .scale(let scale):
            return AnswerChecks.scale(values[0], question: question, scale: scale)
        case .number(let number):
            return AnswerChecks.number(values[0], question: question, number: number)
        case .text(let text):
            return AnswerChecks.text(values[0], question: question, text: text, pattern: pattern)
        }
    }

    private static func isMultiChoice(_ question: Question) -> Bool {
        if case .multiChoice = question.kind { return true }
        return false
    }
}
