/// Reading a results CSV: the header picks the format (`ResultsFormats.csv`,
/// or `--format`), then every row is read by that format's loop. A
/// tab-separated file is read the same way (`ResultsReader+TSV`).
extension ResultsReadRun {
    /// The columns of a long-format file.
    struct LongColumns {
        var item = -1, worker = -1, question = -1, answer = -1, seconds = -1, assignment = -1
    }

    func readCSV(_ rows: inout DataRowReader<CSVScanner>) {
        var row = RawRow(maxKeptProblems: sink.limit)
        guard let layout = readCSVHeader(&rows, &row) else { return }
        readCSVRows(&rows, &row, layout)
    }

    /// Reads the header row and picks the format; nil (reported) when the
    /// header is unusable or fits no format.
    func readCSVHeader<S: RowScanner>(_ rows: inout DataRowReader<S>, _ row: inout RawRow) -> CSVLayout? {
        guard rows.nextRow(into: &row) else { return nil }
        if reportSyntax(row, rows.bytes, csv: true) && row.isFatal { return nil }
        let names = row.cells.map { String(decoding: value($0, row, rows.bytes), as: UTF8.self) }
        let header = range(row.start, row.end, row, rows.bytes)
        let cellRanges = cellRanges(row, rows.bytes)
        let chosen = forced.map { ResultsFormats.entry($0)?.csv } ?? ResultsFormats.csv.first { $0.recognises(names) }
        guard let chosen else {
            headerFailed = true
            sink.report(.unrecognisedResults) {
                Diagnostic(.unrecognisedResults, "the header fits no results format: expected \(ResultsFormats.expectedCSVHeaders)",
                           file: file, range: header,
                           notes: [DiagnosticNote("\(ResultsFormats.csvOptions) says which is meant, and the missing columns are then named")])
            }
            return nil
        }
        format = chosen.format
        guard let layout = chosen.layout(self, names, cellRanges, header) else { headerFailed = true; return nil }
        return layout
    }

    /// Reads the data rows after the header.
    func readCSVRows(_ rows: inout DataRowReader<CSVScanner>, _ row: inout RawRow, _ layout: CSVLayout) {
        format = layout.format
        layout.readRows(self, &rows, &row)
    }

    /// Maps header names; reports repeated names. Nil when the header is unusable.
    func columnIndex(_ names: [String], _ cellRanges: [SourceRange]) -> [String: Int] {
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

    func missingColumn(_ name: String, _ header: SourceRange, format: String) {
        sink.report(.unrecognisedResults) {
            Diagnostic(.unrecognisedResults, "the header has no column '\(name)', which the \(format) format needs",
                       file: file, range: header)
        }
    }

    func longColumns(_ names: [String], _ cellRanges: [SourceRange], _ header: SourceRange) -> LongColumns? {
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

    /// Checks a CSV row's syntax and cell count; true when it can be read.
    func usable<S: RowScanner>(_ row: RawRow, _ rows: DataRowReader<S>, columnCount: Int) -> Bool {
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

    func readLongRows(_ rows: inout DataRowReader<CSVScanner>, _ row: inout RawRow, _ c: LongColumns, columnCount: Int) {
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
}
