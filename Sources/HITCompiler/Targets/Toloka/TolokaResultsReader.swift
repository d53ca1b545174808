/// Reading Toloka's results file (the pool's **Download results**, or
/// toloka-kit's `get_assignments_df`): tab-separated, one row per task of an
/// assignment, quoted as CSV. `INPUT:<data.key>` names the item,
/// `OUTPUT:<question>` holds the answer, `ASSIGNMENT:worker_id` the worker,
/// `ASSIGNMENT:assignment_id` the assignment, and `ASSIGNMENT:submitted` minus
/// `ASSIGNMENT:started` the seconds. `GOLDEN:*`, `HINT:*`, `ACCEPT:*`, the other
/// `INPUT:*` and `ASSIGNMENT:*` columns are Toloka's and not read.
///
/// - Rows whose `ASSIGNMENT:status` is `REJECTED` are skipped and counted as
///   rejected, and so are rows of assignments never submitted (`SKIPPED`,
///   `EXPIRED`, `ACTIVE`); `SUBMITTED`, `APPROVED` and `ACCEPTED` rows are read.
/// - A row with neither an item nor an answer (the row delimiter the results
///   may have between assignments) is passed over.
/// - A multiple choice's answer is the checkbox group's JSON object
///   (`TolokaChoiceSet`).
/// - An answer to a question its `visible_if` hides, given the row's other
///   answers, is dropped and counted as blank (`HiddenAnswers`): the page's rule.
/// - Control tasks (`GOLDEN:*` filled) are read like the others: the aggregator
///   knows the gold.
extension TolokaTarget {
    /// The format `--format toloka` names.
    static let resultsFormat: ResultsFormatEntry? = ResultsFormatEntry(
        format: .toloka,
        csv: CSVResultsFormat(
            format: .toloka,
            recognises: { names in
                names.contains { $0.hasPrefix("OUTPUT:") } && names.contains { $0.hasPrefix("INPUT:") }
            },
            expected: "a Toloka results header with INPUT:*, OUTPUT:* and ASSIGNMENT:worker_id columns",
            layout: { run, names, cellRanges, header in
                run.tolokaColumns(names, cellRanges, header).map { columns in
                    CSVLayout(format: .toloka,
                              readRows: { run, rows, row in run.readTolokaRows(&rows, &row, columns, columnCount: names.count) },
                              readTabRows: { run, rows, row in run.readTolokaRows(&rows, &row, columns, columnCount: names.count) })
                }
            }),
        readsJSONLines: false,
        notJSONLines: "Toloka's results file is tab-separated (TSV), not JSON Lines",
        optionHelp: "toloka",
        about: "Toloka's results file (TSV: INPUT:*, OUTPUT:*, ASSIGNMENT:worker_id, ...)")
}

extension ResultsFormat {
    /// Toloka's results file (`TolokaTarget.resultsFormat`).
    static let toloka = ResultsFormat(rawValue: "toloka")
}

extension ResultsReadRun {
    /// The columns of a Toloka results file (-1 when absent).
    struct TolokaColumns {
        var item = -1, worker = -1, assignment = -1, status = -1, started = -1, submitted = -1
        /// `OUTPUT:<question>` columns: question index, column.
        var answers: [(question: Int, column: Int)] = []
        /// Whether each answered question is a multiple choice (a JSON object of options).
        var isSet: [Bool] = []
        /// The questions' `visible_if` rule.
        var hidden: HiddenAnswers
    }

    func tolokaColumns(_ names: [String], _ cellRanges: [SourceRange], _ header: SourceRange) -> TolokaColumns? {
        let index = columnIndex(names, cellRanges)
        var c = TolokaColumns(hidden: HiddenAnswers(questions: questions))
        c.isSet = questions.map { $0.kind.storage == .optionSet }
        var ok = true
        if let key = itemKeyField {
            if let k = index["INPUT:" + key] { c.item = k } else {
                ok = false
                missingColumn("INPUT:" + key, header, format: "Toloka results")
            }
        } else {
            ok = false
            sink.report(.unrecognisedResults) {
                Diagnostic(.unrecognisedResults, "Toloka's results name an item by its INPUT:<data.key> column, but the spec has no 'data.key'",
                           file: file, range: header)
            }
        }
        if let k = index["ASSIGNMENT:worker_id"] { c.worker = k } else {
            ok = false
            missingColumn("ASSIGNMENT:worker_id", header, format: "Toloka results")
        }
        c.assignment = index["ASSIGNMENT:assignment_id"] ?? -1
        c.status = index["ASSIGNMENT:status"] ?? -1
        c.started = index["ASSIGNMENT:started"] ?? -1
        c.submitted = index["ASSIGNMENT:submitted"] ?? -1
        let toloka = ["INPUT:", "GOLDEN:", "HINT:", "ACCEPT:", "ASSIGNMENT:"]
        for (k, name) in names.enumerated() where index[name] == k {
            if name.hasPrefix("OUTPUT:") {
                let id = String(name.dropFirst("OUTPUT:".count))
                guard let q = questionTable.index(of: id) else {
                    ok = false
                    sink.report(.unknownResultsQuestion) {
                        var bytes = id
                        let notes = bytes.withByteSpan { questionSuggestion($0) }
                        return Diagnostic(.unknownResultsQuestion, "header: column '\(name)' answers question '\(id)', which the spec does not define",
                                          file: file, range: cellRanges[k], notes: notes)
                    }
                    continue
                }
                c.answers.append((q, k))
            } else if !toloka.contains(where: name.hasPrefix) {
                unknownColumns.append(name)
                if unknownColumnsRange == nil { unknownColumnsRange = cellRanges[k] }
            }
        }
        if c.answers.isEmpty && ok {
            sink.report(.unrecognisedResults) {
                Diagnostic(.unrecognisedResults, "the header has no answer columns: expected OUTPUT:<question> (e.g. OUTPUT:\(questions.first?.id ?? "question"))",
                           file: file, range: header)
            }
            return nil
        }
        return ok ? c : nil
    }

    /// What a row's `ASSIGNMENT:status` says.
    enum TolokaStatus {
        case read, rejected, unknown
    }

    static func tolokaStatus(_ bytes: ByteSpan) -> TolokaStatus {
        switch String(decoding: FieldRules.trimmed(bytes), as: UTF8.self) {
        case "", "SUBMITTED", "APPROVED", "ACCEPTED": .read
        case "REJECTED", "SKIPPED", "EXPIRED", "ACTIVE": .rejected
        default: .unknown
        }
    }

    func readTolokaRows<S: RowScanner>(_ rows: inout DataRowReader<S>, _ row: inout RawRow, _ c: TolokaColumns,
                                       columnCount: Int) {
        var selected = [[String]?](repeating: nil, count: questions.count)
        var values = [[String]](repeating: [], count: questions.count)
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
            func cell(_ k: Int) -> ByteSpan { value(snapshot.cells[k], snapshot, bytes) }
            let item = cell(c.item)
            if FieldRules.isBlank(item) && c.answers.allSatisfy({ FieldRules.isBlank(cell($0.column)) }) { continue }
            if c.status >= 0 {
                switch Self.tolokaStatus(cell(c.status)) {
                case .read: break
                case .rejected:
                    rejected += 1
                    continue
                case .unknown:
                    let shown = DataValueDisplay.quoted(cell(c.status))
                    sink.report(.incompleteJudgment) {
                        Diagnostic(.incompleteJudgment, "row \(self.rows): ASSIGNMENT:status holds \(shown), not SUBMITTED, APPROVED, ACCEPTED, REJECTED, SKIPPED, EXPIRED or ACTIVE",
                                   file: file, range: cellRange(c.status))
                    }
                    continue
                }
            }
            guard let secondsValue = tolokaSeconds(c, cell, cellRange) else { continue }
            var assignment: Int32 = -1
            if c.assignment >= 0 {
                let a = cell(c.assignment)
                if !FieldRules.isBlank(a) { assignment = store.internAssignment(a) }
            }
            let parts = Parts(item: item, worker: cell(c.worker), seconds: secondsValue, assignment: assignment)
            // Whether a question is shown depends on the row's other answers: values first.
            for (q, column) in c.answers {
                let raw = cell(column)
                if c.isSet[q] {
                    selected[q] = FieldRules.isBlank(raw) ? [] : TolokaChoiceSet.selected(raw)
                    values[q] = selected[q] ?? []
                } else if !c.hidden.isEmpty {
                    let trimmed = FieldRules.trimmed(raw)
                    values[q] = trimmed.isEmpty ? [] : [String(decoding: trimmed, as: UTF8.self)]
                }
            }
            let shown = c.hidden.shown { values[$0] }
            for (q, column) in c.answers {
                guard shown[q] else {
                    // Hidden: not submitted by the page, whatever the platform kept.
                    blankAnswers += 1
                    continue
                }
                let answer: AnswerDecoder.Outcome
                if c.isSet[q] {
                    if var joined = selected[q]?.joined(separator: "|") {
                        answer = joined.withByteSpan { decoders[q].decode($0, store: &store) }
                    } else {
                        let shown = DataValueDisplay.quoted(cell(column))
                        answer = .problem(AnswerProblem("\(shown) is not a multiple choice answer as Toloka writes it: a JSON object of the selected options' values ({\"a\": true}) or a JSON array of them"))
                    }
                } else {
                    answer = decoders[q].decode(cell(column), store: &store)
                }
                add(question: q, answer: answer, parts, answerRange: { cellRange(column) },
                    idRange: { cellRange($0 == .item ? c.item : c.worker) }, missing: {
                    if FieldRules.isBlank(parts.item) {
                        return ("INPUT:\(self.itemKeyField ?? "") names no item, but OUTPUT:\(self.questions[q].id) holds an answer", cellRange(c.item))
                    }
                    if FieldRules.isBlank(parts.worker) {
                        return ("ASSIGNMENT:worker_id is empty (results downloaded with a row delimiter name the worker only on the delimiter row: download them without it)",
                                cellRange(c.worker))
                    }
                    return nil
                })
            }
        }
    }

    /// The row's seconds: `ASSIGNMENT:submitted` minus `ASSIGNMENT:started`;
    /// NaN when either is blank or absent, nil (reported) when either is not a
    /// time or the difference is not `secondsExpected`.
    private func tolokaSeconds(_ c: TolokaColumns, _ cell: (Int) -> ByteSpan, _ cellRange: @escaping (Int) -> SourceRange) -> Float? {
        guard c.started >= 0, c.submitted >= 0 else { return .nan }
        let started = cell(c.started), submitted = cell(c.submitted)
        if FieldRules.isBlank(started) || FieldRules.isBlank(submitted) { return .nan }
        for (column, name) in [(c.started, "ASSIGNMENT:started"), (c.submitted, "ASSIGNMENT:submitted")]
            where TolokaTime.seconds(cell(column)) == nil {
            let shown = DataValueDisplay.quoted(cell(column))
            sink.report(.incompleteJudgment) {
                Diagnostic(.incompleteJudgment, "row \(self.rows): \(name) holds \(shown), not a date and time (2024-05-01T12:30:00)",
                           file: file, range: cellRange(column))
            }
            return nil
        }
        let difference = TolokaTime.seconds(submitted)! - TolokaTime.seconds(started)!
        guard difference >= 0, difference <= Self.maxSeconds else {
            sink.report(.incompleteJudgment) {
                Diagnostic(.incompleteJudgment, "row \(self.rows): ASSIGNMENT:submitted minus ASSIGNMENT:started is \(difference) seconds, not \(Self.secondsExpected)",
                           file: file, range: cellRange(c.submitted))
            }
            return nil
        }
        return Float(difference)
    }
}
