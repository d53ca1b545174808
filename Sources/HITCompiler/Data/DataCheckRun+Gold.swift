/// The expected answers of a gold row, one column (or key) per question.
extension DataCheckRun {
    /// Checks the row's answers with `AnswerValidator` (E0317); true when one is invalid.
    mutating func checkAnswers(_ row: RawRow) -> Bool {
        guard role == .gold else { return false }
        let scratch = row.scratch.buffer
        var hasErrors = false
        for (q, question) in questions.enumerated() {
            let slot = plan.answerSlots[q]
            guard slot >= 0 else { continue }
            let index = cellIndex(answer: q)
            var values: [String] = []
            var isList = false
            var cell: RawCell?
            if let index {
                let found = row.cells[index]
                cell = found
                switch found.kind {
                case .null: break
                case .list:
                    isList = true
                    values = row.items[found.firstItem..<found.firstItem + found.itemCount].map { item in
                        let base = item.inScratch ? scratch : bytes
                        return String(decoding: UnsafeBufferPointer(rebasing: base[item.valueStart..<item.valueEnd]),
                                      as: UTF8.self)
                    }
                default:
                    values = [String(decoding: value(found, scratch: scratch), as: UTF8.self)]
                }
            } else if format == .csv {
                // No such column: reported once at the header when the answer is needed.
                continue
            }
            guard let problem = validator.problem(forAnswer: values, isList: isList, question: question) else {
                continue
            }
            hasErrors = true
            let build = {
                let notes = problem.suggestion.map { [DiagnosticNote("did you mean '\($0)'?")] } ?? []
                let where_ = cell.map { range(of: $0, in: row) } ?? range(row.start, row.start, in: row)
                return Diagnostic(.invalidAnswer, "row \(rowCount), answer '\(question.id)': \(problem.message)",
                                  file: file, range: where_, notes: notes)
            }
            if cell == nil && !seenSlots[slot] {
                sink.hold(group: group(answer: q), .invalidAnswer, build)
            } else {
                sink.report(.invalidAnswer, build)
            }
        }
        return hasErrors
    }
}
