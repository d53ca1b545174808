/// Reading a results CSV: the header picks the format (MTurk batch results or
/// long), then every row is read by it.
extension ResultsReadRun {
    /// The columns of a long-format file.
    struct LongColumns {
        var item = -1, worker = -1, question = -1, answer = -1, seconds = -1, assignment = -1
    }

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

    /// How the rows of a CSV file are read, decided by its header.
    enum CSVLayout {
        case mturk(MTurkColumns, columnCount: Int)
        case long(LongColumns, columnCount: Int)
    }

    func readCSV(_ rows: inout DataRowReader<CSVScanner>) {
        var row = RawRow(maxKeptProblems: sink.limit)
        guard let layout = readCSVHeader(&rows, &row) else { return }
        readCSVRows(&rows, &row, layout)
    }

    /// Reads the header row and picks the format; nil (reported) when the
    /// header is unusable or fits no format.
    func readCSVHeader(_ rows: inout DataRowReader<CSVScanner>, _ row: inout RawRow) -> CSVLayout? {
        guard rows.nextRow(into: &row) else { return nil }
        if reportSyntax(row, rows.bytes, csv: true) && row.isFatal { return nil }
        let names = row.cells.map { String(decoding: value($0, row, rows.bytes), as: UTF8.self) }
        let header = range(row.start, row.end, row, rows.bytes)
        let cellRanges = cellRanges(row, rows.bytes)
        let looksMTurk = names.contains("WorkerId") && names.contains { $0.hasPrefix("Answer.") }
        let looksLong = ["item", "worker", "question", "answer"].allSatisfy(names.contains)
        // Submissions are JSON Lines only (`ResultsReader` reports a CSV forced to them).
        switch forced == .submissions ? nil : forced ?? (looksMTurk ? .mturk : looksLong ? .long : nil) {
        case .mturk:
            format = .mturk
            guard let columns = mturkColumns(names, cellRanges, header) else { headerFailed = true; return nil }
            return .mturk(columns, columnCount: names.count)
        case .long:
            format = .long
            guard let columns = longColumns(names, cellRanges, header) else { headerFailed = true; return nil }
            return .long(columns, columnCount: names.count)
        case nil, .submissions:
            headerFailed = true
            sink.report(.unrecognisedResults) {
                Diagnostic(.unrecognisedResults,
                           "the header fits no results format: expected the columns item, worker, question, answer (long format) or an MTurk batch results header with WorkerId and Answer.* columns",
                           file: file, range: header,
                           notes: [DiagnosticNote("--format long or --format mturk says which is meant, and the missing columns are then named")])
            }
            return nil
        }
    }

    /// Reads the data rows after the header.
    func readCSVRows(_ rows: inout DataRowReader<CSVScanner>, _ row: inout RawRow, _ layout: CSVLayout) {
        switch layout {
        case .mturk(let columns, let count):
            format = .mturk
            readMTurkRows(&rows, &row, columns, columnCount: count)
        case .long(let columns, let count):
            format = .long
            readLongRows(&rows, &row, columns, columnCount: count)
        }
    }

    /// Maps header names; reports repeated names. Nil when the header is unusable.
    private func columnIndex(_ names: [String], _ cellRanges: [SourceRange]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (k, name) in names.enumerated() {
            if let first = index[name] {
                sink.report(.malformedCSV) {
                    Diagnostic(.malformedCSV, "header: column '\(name)' appears twice", file: file, range: cellRanges[k],
                               notes: [DiagnosticNote("first as column \(first + 1)", file: file, range: cellRanges[first])])
                }
            } else {
                index[name] = k
            }
        }
        return index
    }

    private func missingColumn(_ name: String, _ header: SourceRange, format: String) {
        sink.report(.unrecognisedResults) {
            Diagnostic(.unrecognisedResults, "the header has no column '\(name)', which the \(format) format needs",
                       file: file, range: header)
        }
    }

    private func longColumns(_ names: [String], _ cellRanges: [SourceRange], _ header: SourceRange) -> LongColumns? {
        let index = columnIndex(names, cellRanges)
        var c = LongColumns()
        var ok = true
        for (name, keyPath) in [("item", \LongColumns.item), ("worker", \.worker), ("question", \.question), ("answer", \.answer)] {
            if let k = index[name] { c[keyPath: keyPath] = k } else { missingColumn(name, header, format: "long"); ok = false }
        }
        c.seconds = index["seconds"] ?? -1
        c.assignment = index["assignment"] ?? -1
        let known: Set<String> = ["item", "worker", "question", "answer", "seconds", "assignment"]
        for (k, name) in names.enumerated() where !known.contains(name) {
            unknownColumns.append(name)
            if unknownColumnsRange == nil { unknownColumnsRange = cellRanges[k] }
        }
        return ok ? c : nil
    }

    private func mturkColumns(_ names: [String], _ cellRanges: [SourceRange], _ header: SourceRange) -> MTurkColumns? {
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
                guard let q = questionTable.index(of: id) else {
                    ok = false
                    sink.report(.unknownResultsQuestion) {
                        var bytes = id
                        let notes = bytes.withUTF8 { questionSuggestion($0) }
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

    /// Checks a CSV row's syntax and cell count; true when it can be read.
    private func usable(_ row: RawRow, _ rows: DataRowReader<CSVScanner>, columnCount: Int) -> Bool {
        if reportSyntax(row, rows.bytes, csv: true) { return false }
        guard row.cells.count == columnCount else {
            let n = row.cells.count
            sink.report(.malformedCSV) {
                let where_ = n > columnCount ? range(row.cells[columnCount].start, row.end, row, rows.bytes)
                    : range(row.end, row.end, row, rows.bytes)
                return Diagnostic(.malformedCSV, "row \(self.rows) has \(n == 1 ? "1 cell" : "\(n) cells"); the header has \(columnCount)",
                                  file: file, range: where_)
            }
            return false
        }
        return true
    }

    private func readLongRows(_ rows: inout DataRowReader<CSVScanner>, _ row: inout RawRow, _ c: LongColumns, columnCount: Int) {
        while !stopped, rows.nextRow(into: &row) {
            self.rows += 1
            tick(rows.bytesRead)
            estimate(position: rows.base + row.end, judgmentsPerRow: 1)
            guard usable(row, rows, columnCount: columnCount) else {
                if row.isFatal { return }
                continue
            }
            let bytes = rows.bytes
            let snapshot = row
            func cellRange(_ k: Int) -> SourceRange { range(snapshot.cells[k].start, snapshot.cells[k].end, snapshot, bytes) }
            let questionBytes = value(row.cells[c.question], row, bytes)
            guard let q = questionIndex(questionBytes) else {
                let notes = questionSuggestion(questionBytes)
                let shown = DataValueDisplay.quoted(questionBytes)
                sink.report(FieldRules.isBlank(questionBytes) ? .incompleteJudgment : .unknownResultsQuestion) {
                    FieldRules.isBlank(questionBytes)
                        ? Diagnostic(.incompleteJudgment, "row \(self.rows): the question is empty", file: file, range: cellRange(c.question))
                        : Diagnostic(.unknownResultsQuestion, "row \(self.rows): question \(shown) is not defined by the spec",
                                     file: file, range: cellRange(c.question), notes: notes)
                }
                continue
            }
            var secondsValue: Float = .nan
            if c.seconds >= 0 {
                guard let s = seconds(value(row.cells[c.seconds], row, bytes)) else {
                    let shown = DataValueDisplay.quoted(value(row.cells[c.seconds], row, bytes))
                    sink.report(.incompleteJudgment) {
                        Diagnostic(.incompleteJudgment, "row \(self.rows): seconds \(shown) is not \(Self.secondsExpected)",
                                   file: file, range: cellRange(c.seconds))
                    }
                    continue
                }
                secondsValue = s
            }
            var assignment: Int32 = -1
            if c.assignment >= 0 {
                let a = value(row.cells[c.assignment], row, bytes)
                if !FieldRules.isBlank(a) { assignment = store.internAssignment(a) }
            }
            let parts = Parts(item: value(row.cells[c.item], row, bytes), worker: value(row.cells[c.worker], row, bytes),
                              seconds: secondsValue, assignment: assignment)
            let outcome = decoders[q].decode(value(row.cells[c.answer], row, bytes), store: &store)
            add(question: q, answer: outcome, parts, answerRange: { cellRange(c.answer) },
                idRange: { cellRange($0 == .item ? c.item : c.worker) }, missing: {
                if FieldRules.isBlank(parts.item) { return ("the item is empty", cellRange(c.item)) }
                if FieldRules.isBlank(parts.worker) { return ("the worker is empty", cellRange(c.worker)) }
                return nil
            })
        }
    }

    private func readMTurkRows(_ rows: inout DataRowReader<CSVScanner>, _ row: inout RawRow, _ c: MTurkColumns, columnCount: Int) {
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

    private static func isRejected(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        String(decoding: FieldRules.trimmed(bytes), as: UTF8.self) == "Rejected"
    }
}
