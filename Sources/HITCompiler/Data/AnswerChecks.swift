/// The per-type rules of `AnswerValidator`, on answers already split into values.
enum AnswerChecks {
    static func choice(_ value: String, question: Question, choice: Question.Choice) -> AnswerProblem? {
        let options = choice.options.map(\.value)
        if options.contains(value) { return nil }
        return AnswerProblem("\(shown(value)) is not an option of '\(question.id)' (\(list(options)))",
                             suggestion: Suggestions.closest(to: value, in: options, rule: .dataValue))
    }

    static func multiChoice(_ values: [String], question: Question, choice: Question.Choice) -> AnswerProblem? {
        var seen: Set<String> = []
        for value in values {
            if value.isEmpty {
                return AnswerProblem("an empty value in the answer to '\(question.id)' (values are separated by '|')")
            }
            if let problem = self.choice(value, question: question, choice: choice) { return problem }
            if !seen.insert(value).inserted {
                return AnswerProblem("\(shown(value)) is selected twice in the answer to '\(question.id)'")
            }
        }
        if let min = choice.minSelected?.value, values.count < min {
            return AnswerProblem("'\(question.id)' needs at least \(min) selected, the answer has \(values.count)")
        }
        if let max = choice.maxSelected?.value, values.count > max {
            return AnswerProblem("'\(question.id)' allows at most \(max) selected, the answer has \(values.count)")
        }
        return nil
    }

    static func scale(_ value: String, question: Question, scale: Question.Scale) -> AnswerProblem? {
        let digits = value.hasPrefix("-") ? value.dropFirst() : Substring(value)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let point = Int(value) else {
            return AnswerProblem("\(shown(value)) is not a whole number on the scale of '\(question.id)' (\(scale.min) to \(scale.max))")
        }
        guard point >= scale.min, point <= scale.max else {
            return AnswerProblem("\(shown(value)) is outside the scale of '\(question.id)' (\(scale.min) to \(scale.max))")
        }
        return nil
    }

    static func number(_ value: String, question: Question, number: Question.NumberAnswer) -> AnswerProblem? {
        var text = value
        let parsed = text.withUTF8 { DecimalBytes.parse($0) }
        guard let parsed, parsed.value.isFinite else {
            return AnswerProblem("\(shown(value)) is not a number (the answer to '\(question.id)')")
        }
        let x = parsed.value
        if let min = number.min, x < min {
            return AnswerProblem("\(shown(value)) is below the minimum \(NumberText.plain(min)) of '\(question.id)'")
        }
        if let max = number.max, x > max {
            return AnswerProblem("\(shown(value)) is above the maximum \(NumberText.plain(max)) of '\(question.id)'")
        }
        if let step = number.step, step > 0 {
            let base = number.min ?? 0
            let steps = (x - base) / step
            if abs(steps - steps.rounded()) > 1e-9 * Swift.max(1, abs(steps)) {
                return AnswerProblem("\(shown(value)) is not a multiple of the step \(NumberText.plain(step)) of '\(question.id)' (counted from \(NumberText.plain(base)))")
            }
        }
        return nil
    }

    static func text(_ value: String, question: Question, text: Question.Text,
                     pattern: AnswerPattern?) -> AnswerProblem? {
        let length = value.unicodeScalars.count
        if let min = text.minLength, length < min {
            return AnswerProblem("the answer to '\(question.id)' is \(length) characters long; the minimum is \(min)")
        }
        if let max = text.maxLength, length > max {
            return AnswerProblem("the answer to '\(question.id)' is \(length) characters long; the maximum is \(max)")
        }
        if let pattern, !pattern.matchesWhole(value) {
            return AnswerProblem("\(shown(value)) does not match the pattern '\(pattern.source)' of '\(question.id)'")
        }
        return nil
    }

    /// A value quoted for a message, shortened and with control characters escaped.
    static func shown(_ value: String) -> String {
        DataValueDisplay.quoted(value)
    }

    private static func list(_ values: [String]) -> String {
        let shown = values.prefix(10).joined(separator: ", ")
        return values.count > 10 ? "\(shown), ..." : shown
    }
}
