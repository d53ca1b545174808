/// Why an expected answer (a gold row's or a guideline example's) is not a
/// valid answer to its question.
struct AnswerProblem: Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, e.g. `'exactt' is not an option of 'relevance'`.
    var message: String
    /// A close option value, for a "did you mean" note.
    var suggestion: String?

    /// Creates a problem.
    init(_ message: String, suggestion: String? = nil) {
        self.message = message
        self.suggestion = suggestion
    }

    /// A value quoted for a message, shortened and with control characters escaped.
    static func shown(_ value: String) -> String {
        DataValueDisplay.quoted(value)
    }

    /// The message, with the suggestion appended when there is one.
    var description: String {
        guard let suggestion else { return message }
        return "\(message); did you mean '\(suggestion)'?"
    }
}
