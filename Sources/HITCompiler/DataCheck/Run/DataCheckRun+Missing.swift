/// Values a row does not have at all: a CSV file without the column, a JSON
/// Lines object without the key.
extension DataCheckRun {
    /// The hold group of a field's or an answer's missing-key diagnostics.
    func group(field f: Int) -> Int { f }
    func group(answer q: Int) -> Int { rules.count + q }

    /// A field the current row has no value for; true when that is an error.
    ///
    /// In CSV the column is missing from the header, which was reported once
    /// there. In JSON Lines the row lacks the key: E0408, held back until some
    /// row has the key (a key no row has becomes one E0406 at the end).
    mutating func fieldMissing(_ f: Int, row: RawRow) -> Bool {
        guard rules.rules[f].required else { return false }
        guard format == .jsonLines else { return true }
        let build = {
            Diagnostic(.missingRequiredValue,
                       "row \(rowCount) has no key '\(rules.names[f])'; the field is required",
                       file: file, range: range(row.start, row.start, in: row))
        }
        if seenSlots[plan.fieldSlots[f]] {
            sink.report(.missingRequiredValue, build)
        } else {
            sink.hold(group: group(field: f), .missingRequiredValue, build)
        }
        return true
    }

    /// Marks the slots of the row's keys as seen, releasing problems held for them.
    mutating func markSeen(slot: Int) {
        guard !seenSlots[slot] else { return }
        seenSlots[slot] = true
        switch plan.roles[slot] {
        case .field(let f): sink.release(group: group(field: f))
        case .answer(let q): sink.release(group: group(answer: q))
        case .why, .unknown: break
        }
    }

    /// At the end of a JSON Lines file: required keys that no row has.
    mutating func reportKeysNeverSeen(firstRowRange: SourceRange?) {
        for f in rules.indices where rules.rules[f].required && !seenSlots[plan.fieldSlots[f]] {
            let name = rules.names[f]
            sink.drop(group: group(field: f))
            sink.report(.missingColumn) {
                Diagnostic(.missingColumn, "no row has the key '\(name)'; the field is required",
                           file: file, range: firstRowRange)
            }
        }
        guard role == .gold, !questions.isEmpty else { return }
        // A question no row answers is not scored, like a CSV file without its
        // column: forget the rows' held "answer missing" problems.
        for q in questions.indices where plan.answerSlots[q] >= 0 && !seenSlots[plan.answerSlots[q]] {
            sink.drop(group: group(answer: q))
        }
        // Gold scores workers on the questions it answers; it must answer at least one.
        let answered = questions.indices.contains { plan.answerSlots[$0] >= 0 && seenSlots[plan.answerSlots[$0]] }
        if !answered {
            let ids = questions.map(\.id).joined(separator: ", ")
            sink.report(.missingColumn) {
                Diagnostic(.missingColumn, "no row has an answer key: a gold file gives the expected answer to at least one question (\(ids))",
                           file: file, range: firstRowRange)
            }
        }
    }
}
