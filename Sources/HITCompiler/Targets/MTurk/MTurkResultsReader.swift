/// Reading an MTurk batch results CSV: one row per assignment, `WorkerId`,
/// `AssignmentId`, `WorkTimeInSeconds`, `AssignmentStatus`, `Answer.item<N>`
/// (the item key in slot N) and `Answer.item<N>_<question>` (the answer).
/// Assignments with `AssignmentStatus` `Rejected` are skipped and counted.
extension MTurkTarget {
    /// The format `--format mturk` names.
    static let resultsFormat: ResultsFormatEntry? = ResultsFormatEntry(
        format: .mturk,
        csv: CSVResultsFormat(
            format: .mturk,
            recognises: { names in names.contains("WorkerId") && names.contains { $0.hasPrefix("Answer.") } },
            expected: "an MTurk batch results header with WorkerId and Answer.* columns",
            layout: { run, names, cellRanges, header in
                run.mturkColumns(names, cellRanges, header).map { columns in
                    CSVLayout(format: .mturk) { run, rows, row in run.readMTurkRows(&rows, &row, columns, columnCount: names.count) }
                }
            }),
        readsJSONLines: false,
        notJSONLines: "an MTurk batch results file is CSV, not JSON Lines",
        optionHelp: "mturk",
        about: "an MTurk batch results CSV")
}

extension ResultsFormat {
    /// An MTurk batch results CSV (`MTurkTarget.resultsFormat`).
    static let mturk = ResultsFormat(rawValue: "mturk")
}

extension ResultsReadRun {
    /// The columns of an MTurk batch results file.
    struct MTurkColumns {
        var worker = -1, assignment = -1, workTime = -1, status = -1, hitcSeconds = -1
        /// Per slot N (1-based, index N - 1): the column of `Answer.item<N>` (-1 when absent).
        var itemColumns: [Int] = []
        /// The columns of `itemColumns` that exist, so a row does not walk up to
        /// the highest slot the header names.
        var presentItemColumns: [Int] = []
        /// `Answer.item<N>_<question>` columns: slot index, question index, column.
        var answers: [(slot: Int, question: Int, column: Int)] = []
    }

    func mturkColumns(_ names: [String], _ cellRanges: [SourceRange], _ header: SourceRange) -> MTurkColumns? {
        let index = columnIndex(names, cellRanges)
        var c = MTurkColumns()
        guard let worker = index["WorkerId"] else {
            missingColumn("WorkerId", header, format: "MTurk batch results")
            return nil
        }
        c.worker = worker
        c.assignment = index["AssignmentId"] ?? -1
        c.workTime = index["WorkTimeInSeconds"] ?? -1
        c.status = index["AssignmentStatus"] ?? -1
        c.hitcSeconds = index["Answer.hitc_seconds"] ?? -1
        var ok = true
        for (k, name) in names.enumerated() where name.hasPrefix("Answer.item") && index[name] == k {
            let rest = name.dropFirst("Answer.item".count)
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard let n = Int(digits), n >= 1, n <= 10_000 else { continue }
            let tail = rest.dropFirst(digits.count)
            while c.itemColumns.count < n { c.itemColumns.append(-1) }
            if tail.isEmpty {
                c.itemColumns[n - 1] = k
            } else if tail.hasPrefix("_") {
                let id = String(tail.dropFirst())
                guard let q = questionTable.index(of: id).map({ questionOf[$0] }) else {
                    ok = false
                    sink.report(.unknownResultsQuestion) {
                        var bytes = id
                        let notes = bytes.withByteSpan { questionSuggestion($0) }
                        return Diagnostic(.unknownResultsQuestion, "header: column '\(name)' answers question '\(id)', which the spec does not define",
                                          file: file, range: cellRanges[k], notes: notes)
                    }
                    continue
                }
                c.answers.append((n - 1, q, k))
            }
        }
        if c.answers.isEmpty && ok {
            sink.report(.unrecognisedResults) {
                Diagnostic(.unrecognisedResults, "the header has no answer columns: expected Answer.item<N>_<question> (e.g. Answer.item1_\(questions.first?.id ?? "question"))",
                           file: file, range: header)
            }
            return nil
        }
        for slot in Set(c.answers.map(\.slot)).sorted() where c.itemColumns[slot] < 0 {
            ok = false
            missingColumn("Answer.item\(slot + 1)", header, format: "MTurk batch results")
        }
        c.presentItemColumns = c.itemColumns.filter { $0 >= 0 }
        return ok ? c : nil
    }

    func readMTurkRows(_ rows: inout DataRowReader<CSVScanner>, _ row: inout RawRow, _ c: MTurkColumns, columnCount: Int) {
        while !stopped, rows.nextRow(into: &row) {
            self.rows += 1
            tick(rows.bytesRead)
            estimate(position: rows.base + row.end, judgmentsPerRow: c.answers.count)
            guard usable(row, rows, columnCount: columnCount) else {
                if row.isFatal { return }
                continue
            }
            let bytes = rows.bytes
            let snapshot = row
            func cellRange(_ k: Int) -> SourceRange { range(snapshot.cells[k].start, snapshot.cells[k].end, snapshot, bytes) }
            if c.status >= 0, Self.isRejected(value(row.cells[c.status], row, bytes)) {
                rejected += 1
                continue
            }
            var secondsValue: Float = .nan
            for column in [c.hitcSeconds, c.workTime] where column >= 0 && secondsValue.isNaN {
                guard let s = seconds(value(row.cells[column], row, bytes)) else {
                    let shown = DataValueDisplay.quoted(value(row.cells[column], row, bytes))
                    let name = column == c.hitcSeconds ? "Answer.hitc_seconds" : "WorkTimeInSeconds"
                    sink.report(.incompleteJudgment) {
                        Diagnostic(.incompleteJudgment, "row \(self.rows): \(name) holds \(shown), not \(Self.secondsExpected)",
                                   file: file, range: cellRange(column))
                    }
                    secondsValue = -1
                    break
                }
                secondsValue = s
            }
            if secondsValue == -1 { continue }
            var assignment: Int32 = -1
            if c.assignment >= 0 {
                let a = value(row.cells[c.assignment], row, bytes)
                if !FieldRules.isBlank(a) { assignment = store.internAssignment(a) }
            }
            let worker = value(row.cells[c.worker], row, bytes)
            for column in c.presentItemColumns { touchItem(value(row.cells[column], row, bytes)) }
            for (slot, q, column) in c.answers {
                let itemColumn = c.itemColumns[slot]
                let parts = Parts(item: value(row.cells[itemColumn], row, bytes), worker: worker,
                                  seconds: secondsValue, assignment: assignment)
                let outcome = decoders[q].decode(value(row.cells[column], row, bytes), store: &store)
                add(question: q, answer: outcome, parts, answerRange: { cellRange(column) },
                    idRange: { cellRange($0 == .item ? itemColumn : c.worker) }, missing: {
                    if FieldRules.isBlank(parts.item) {
                        return ("Answer.item\(slot + 1) names no item, but Answer.item\(slot + 1)_\(questions[q].id) holds an answer",
                                cellRange(itemColumn))
                    }
                    if FieldRules.isBlank(parts.worker) { return ("WorkerId is empty", cellRange(c.worker)) }
                    return nil
                })
            }
        }
    }

    private static func isRejected(_ bytes: ByteSpan) -> Bool {
        String(decoding: FieldRules.trimmed(bytes), as: UTF8.self) == "Rejected"
    }
}
