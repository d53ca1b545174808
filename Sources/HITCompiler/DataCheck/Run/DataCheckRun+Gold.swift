/// The expected answers of a gold row, one column (or key) per question.
extension DataCheckRun {
    /// One answer of the current gold row.
    struct GoldAnswer {
        var values: [String]
        var isList: Bool
        /// Where it is written; nil when a JSON Lines row lacks the key.
        var cell: RawCell?
    }

    /// Checks the row's answers (E0317): each with `AnswerValidator`, then
    /// against `visible_if` (see `GoldVisibility`). True when one is invalid.
    mutating func checkAnswers(_ row: RawRow) -> Bool {
        guard role == .gold else { return false }
        let answers = goldAnswers(row)
        var hasErrors = false
        for (q, question) in questions.enumerated() {
            guard let answer = answers[q] else { continue }
            var problem = validator.problem(forAnswer: answer.values, isList: answer.isList, question: question)
            if problem == nil {
                problem = GoldVisibility.problem(question, answer: answer.values, answers: answers, questions: questions)
            }
            guard let problem else { continue }
            hasErrors = true
            let build = {
                let notes = problem.suggestion.map { [DiagnosticNote("did you mean '\($0)'?")] } ?? []
                let where_ = answer.cell.map { range(of: $0, in: row) } ?? range(row.start, row.start, in: row)
                return Diagnostic(.invalidAnswer, "row \(rowCount), answer '\(question.id)': \(problem.message)",
                                  file: file, range: where_, notes: notes)
            }
            if answer.cell == nil && !seenSlots[plan.answerSlots[q]] {
                sink.hold(group: group(answer: q), .invalidAnswer, build)
            } else {
                sink.report(.invalidAnswer, build)
            }
        }
        return hasErrors
    }

    /// The row's answer to each question; nil where the file has no column for it.
    private func goldAnswers(_ row: RawRow) -> [GoldAnswer?] {
        let scratch = row.scratch.buffer
        return questions.indices.map { q -> GoldAnswer? in
            guard plan.answerSlots[q] >= 0 else { return nil }
            guard let index = cellIndex(answer: q) else {
                // CSV: no such column (reported once at the header when needed).
                // JSON Lines: no such key in this row, an empty answer.
                return format == .csv ? nil : GoldAnswer(values: [], isList: false, cell: nil)
            }
            let cell = row.cells[index]
            switch cell.kind {
            case .null:
                return GoldAnswer(values: [], isList: false, cell: cell)
            case .list:
                let values = row.items[cell.items].map { item in
                    let base = item.inScratch ? scratch : bytes
                    return String(decoding: base.span(item.valueStart..<item.valueEnd),
                                  as: UTF8.self)
                }
                return GoldAnswer(values: values, isList: true, cell: cell)
            default:
                return GoldAnswer(values: [String(decoding: value(cell, scratch: scratch), as: UTF8.self)],
                                  isList: false, cell: cell)
            }
        }
    }
}
