/// Reading a CSV file: the header names the columns, every later row is an item.
extension DataCheckRun {
    mutating func runCSV() {
        var rows = DataRowReader<CSVScanner>(window: window)
        defer { stop = rows.stop }
        var row = RawRow(maxKeptProblems: sink.limit)
        guard rows.nextRow(into: &row) else {
            guard rows.stop == nil else { return }
            sink.report(.emptyDataFile) {
                Diagnostic(.emptyDataFile, "the file is empty; a CSV data file needs a header row and at least one row",
                           file: file, range: nil)
            }
            return
        }
        adopt(rows)
        let columns = readHeader(row)
        guard !row.isFatal else { return }
        var headerNames = columns.names
        while rows.nextRow(into: &row) {
            adopt(rows)
            rowCount += 1
            var hasErrors = reportSyntaxProblems(row)
            if !hasErrors && row.cells.count != columns.slots.count {
                hasErrors = true
                reportCellCount(row, expected: columns.slots.count)
            }
            if !hasErrors {
                let fieldErrors = checkFields(row)
                let answerErrors = checkAnswers(row)
                hasErrors = fieldErrors || answerErrors
            }
            if let onRow {
                onRow(record(row, hasErrors: hasErrors) { k in
                    if k >= headerNames.count { headerNames.append("column \(k + 1)") }
                    return headerNames[k]
                })
            }
            if row.isFatal { break }
        }
        if rowCount == 0 && !row.isFatal {
            sink.report(.emptyDataFile) {
                Diagnostic(.emptyDataFile, "the file has a header but no rows", file: file,
                           range: SourceRange(line: row.line, column: 1))
            }
        }
    }

    /// Reads the header row: every column's slot (-1 for unnamed and repeated
    /// columns) and name. Reports E0404 (syntax, empty or repeated names),
    /// E0406 (a required field or answer without a column) and one W0012 for
    /// all unknown columns.
    private mutating func readHeader(_ row: RawRow) -> (slots: [Int], names: [String]) {
        for problem in row.problems {
            sink.report(.malformedCSV) {
                Diagnostic(.malformedCSV, "header: \(message(problem.kind))", file: file,
                           range: range(problem.offset, problem.endOffset, in: row))
            }
        }
        sink.countNotShown(.malformedCSV, row.problemsNotKept)
        var slots: [Int] = []
        var names: [String] = []
        var firstColumnOfSlot: [Int: Int] = [:]
        var unknown: [(name: String, column: Int)] = []
        let scratch = row.scratch.buffer
        for (k, cell) in row.cells.enumerated() {
            let name = value(cell, scratch: scratch)
            names.append(String(decoding: name, as: UTF8.self))
            if FieldRules.isBlank(name) {
                slots.append(-1)
                sink.report(.malformedCSV) {
                    Diagnostic(.malformedCSV, "header: column \(k + 1) has no name", file: file,
                               range: range(of: cell, in: row))
                }
                continue
            }
            let (slot, isNew) = plan.slot(for: name)
            if let first = firstColumnOfSlot[slot] {
                slots.append(-1)
                let firstCell = row.cells[first]
                sink.report(.malformedCSV) {
                    Diagnostic(.malformedCSV, "header: column '\(names[k])' appears twice", file: file,
                               range: range(of: cell, in: row),
                               notes: [DiagnosticNote("first as column \(first + 1)", file: file,
                                                      range: range(of: firstCell, in: row))])
                }
                continue
            }
            firstColumnOfSlot[slot] = k
            slots.append(slot)
            if isNew { unknown.append((names[k], k)) }
        }
        fitSlots()
        let columnOfSlot = firstColumnOfSlot
        fieldColumns = plan.fieldSlots.map { columnOfSlot[$0] ?? -1 }
        answerColumns = plan.answerSlots.map { $0 >= 0 ? columnOfSlot[$0] ?? -1 : -1 }
        reportMissingColumns(row, present: Set(firstColumnOfSlot.keys), unknown: unknown.map(\.name))
        if let first = unknown.first {
            reportUnknownColumns(unknown.map(\.name), at: range(of: row.cells[first.column], in: row))
        }
        return (slots, names)
    }

    private mutating func reportMissingColumns(_ row: RawRow, present: Set<Int>, unknown: [String]) {
        let header = range(row.start, row.end, in: row)
        for f in rules.indices where rules.rules[f].required && !present.contains(plan.fieldSlots[f]) {
            let name = rules.names[f]
            sink.report(.missingColumn) {
                Diagnostic(.missingColumn, "the header has no column '\(name)'; the field is required",
                           file: file, range: header, notes: suggestionNotes(for: name, among: unknown))
            }
        }
        guard role == .gold, !questions.isEmpty else { return }
        // Gold scores workers on the questions it answers; it must answer at least one.
        let answered = questions.indices.contains { plan.answerSlots[$0] >= 0 && present.contains(plan.answerSlots[$0]) }
        if !answered {
            let ids = questions.map(\.id)
            sink.report(.missingColumn) {
                Diagnostic(.missingColumn,
                           "the header has no answer column: a gold file gives the expected answer to at least one question (\(ids.joined(separator: ", ")))",
                           file: file, range: header, notes: suggestionNotes(for: ids[0], among: unknown))
            }
        }
    }

    /// "did you mean" for a missing column when an unknown one is close to it.
    private func suggestionNotes(for name: String, among unknown: [String]) -> [DiagnosticNote] {
        guard let near = Suggestions.closest(to: name, in: unknown, rule: .dataValue) else { return [] }
        return [DiagnosticNote("column '\(near)' may be meant")]
    }

    /// Text of a CSV syntax problem.
    func message(_ kind: RawProblemKind) -> String {
        switch kind {
        case .csvUnterminatedQuote: "unterminated quoted cell: the closing '\"' is missing, so the rest of the file is inside it"
        case .csvStrayQuote: "a '\"' inside an unquoted cell: quote the whole cell and double the quote (\"\")"
        case .csvTextAfterClosingQuote: "text after the closing '\"' of a quoted cell: the cell must end at its closing quote"
        case .json(let error): error.message
        case .jsonDocument(let error): error.message
        }
    }

    /// Reports the reader's problems in a row (E0404 or E0405), counting those
    /// it did not keep; true when there were any.
    mutating func reportSyntaxProblems(_ row: RawRow) -> Bool {
        let code: DiagnosticCode = format == .csv ? .malformedCSV : .malformedJSONLine
        for problem in row.problems {
            sink.report(code) {
                Diagnostic(code, "row \(rowCount): \(message(problem.kind))", file: file,
                           range: range(problem.offset, problem.endOffset, in: row))
            }
        }
        sink.countNotShown(code, row.problemsNotKept)
        return !row.problems.isEmpty
    }

    private mutating func reportCellCount(_ row: RawRow, expected: Int) {
        sink.report(.malformedCSV) {
            let n = row.cells.count
            let where_ = n > expected ? range(row.cells[expected].start, row.end, in: row)
                : range(row.end, row.end, in: row)
            let cells = n == 1 ? "1 cell" : "\(n) cells"
            return Diagnostic(.malformedCSV, "row \(rowCount) has \(cells); the header has \(expected)",
                              file: file, range: where_)
        }
    }
}
