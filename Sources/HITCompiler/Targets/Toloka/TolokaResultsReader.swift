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
/// - Results downloaded with a row delimiter name the assignment only on the
///   delimiter row (no item, no answer) after its task rows: a task row that
///   names no worker and no assignment is held and read with that row's
///   (Toloka's sample results file has this shape). Otherwise a delimiter row
///   is passed over.
/// - A multiple choice's answer is the checkbox group's JSON object
///   (`TolokaChoiceSet`).
/// - `OUTPUT:<old id>` answers the question renamed from it (`renamed_from`),
///   beside `OUTPUT:<question>` when the export spans the rename
///   (`SharedAnswerColumns`).
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
        /// `OUTPUT:<question>` columns (and `OUTPUT:<old id>` of a renamed question): question index, column.
        var answers: [(question: Int, column: Int)] = []
        /// The header name of each of `answers`, for messages.
        var answerNames: [String] = []
        /// The questions answered by more than one of `answers` (by index in `answers`).
        var shared = SharedAnswerColumns([], count: 0)
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
                guard let q = question(named: id) else {
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
                c.answerNames.append(name)
            } else if !toloka.contains(where: name.hasPrefix) {
                unknownColumns.append(name)
                if unknownColumnsRange == nil { unknownColumnsRange = cellRanges[k] }
            }
        }
        c.shared = SharedAnswerColumns(c.answers.enumerated().map { ($1.question, $0) }, count: questions.count)
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

    /// A task row that names no assignment, held until the row delimiter after
    /// it names one (results downloaded with a row delimiter): its item, worker
    /// and answers' bytes one after another, and where they were.
    struct TolokaHeldRow {
        var row: Int
        var bytes: [UInt8] = []
        /// Item, worker, then each of `TolokaColumns.answers`.
        var spans: [Range<Int>] = []
        var ranges: [SourceRange] = []
    }

    /// Rows held for a row delimiter at most; past it a row without a worker is reported at once.
    static let maxHeldTolokaRows = 10_000

    /// Where a cell of a task row is.
    enum TolokaCell {
        case item, worker, answer(Int)
    }

    func readTolokaRows<S: RowScanner>(_ rows: inout DataRowReader<S>, _ row: inout RawRow, _ c: TolokaColumns,
                                       columnCount: Int) {
        var scratch = TolokaScratch(count: questions.count, answers: c.answers.count)
        var held: [TolokaHeldRow] = []
        while !stopped, rows.nextRow(into: &row) {
            self.rows += 1
            tick(rows.bytesRead)
            estimate(position: rows.base + row.end, judgmentsPerRow: c.answers.count)
            guard usable(row, rows, columnCount: columnCount) else {
                if row.isFatal { break }
                continue
            }
            let bytes = rows.bytes
            let snapshot = row
            func cellRange(_ k: Int) -> SourceRange { range(snapshot.cells[k].start, snapshot.cells[k].end, snapshot, bytes) }
            func cell(_ k: Int) -> ByteSpan { value(snapshot.cells[k], snapshot, bytes) }
            func where_(_ at: TolokaCell) -> SourceRange {
                switch at {
                case .item: cellRange(c.item)
                case .worker: cellRange(c.worker)
                case .answer(let n): cellRange(c.answers[n].column)
                }
            }
            let item = cell(c.item)
            let worker = cell(c.worker)
            let named = !FieldRules.isBlank(worker) || (c.assignment >= 0 && !FieldRules.isBlank(cell(c.assignment)))
            if FieldRules.isBlank(item) && c.answers.allSatisfy({ FieldRules.isBlank(cell($0.column)) }) {
                // A row delimiter: it names the assignment of the task rows before it that named none.
                guard !held.isEmpty, named else { continue }
                defer { held.removeAll() }
                // Rejected or not submitted (counted), or a status or time reported: the held rows go with it.
                guard let (seconds, assignment) = tolokaAssignment(c, cell, cellRange, rows: held.count) else { continue }
                for task in held {
                    task.bytes.withByteSpan { all in
                        rowName = "row \(task.row)"
                        readTolokaTask(c, item: all.span(task.spans[0]), worker: worker, answer: { all.span(task.spans[2 + $0]) },
                                       range: { at in
                                           switch at {
                                           case .item: task.ranges[0]
                                           case .worker: cellRange(c.worker)
                                           case .answer(let n): task.ranges[2 + n]
                                           }
                                       }, seconds: seconds, assignment: assignment, &scratch)
                        rowName = nil
                    }
                }
                continue
            }
            if !named && held.count < Self.maxHeldTolokaRows {
                var task = TolokaHeldRow(row: self.rows)
                for (k, at) in [(c.item, TolokaCell.item), (c.worker, .worker)] + c.answers.enumerated().map({ ($1.column, .answer($0)) }) {
                    let start = task.bytes.count
                    task.bytes.append(contentsOf: cell(k))
                    task.spans.append(start..<task.bytes.count)
                    task.ranges.append(where_(at))
                }
                held.append(task)
                continue
            }
            guard let (seconds, assignment) = tolokaAssignment(c, cell, cellRange, rows: 1) else { continue }
            readTolokaTask(c, item: item, worker: worker, answer: { cell(c.answers[$0].column) }, range: where_,
                           seconds: seconds, assignment: assignment, &scratch)
        }
        // Task rows no row delimiter named: each lacks its worker.
        for task in held {
            task.bytes.withByteSpan { all in
                rowName = "row \(task.row)"
                readTolokaTask(c, item: all.span(task.spans[0]), worker: all.span(task.spans[1]), answer: { all.span(task.spans[2 + $0]) },
                               range: { at in
                                   switch at {
                                   case .item: task.ranges[0]
                                   case .worker: task.ranges[1]
                                   case .answer(let n): task.ranges[2 + n]
                                   }
                               }, seconds: .nan, assignment: -1, &scratch)
                rowName = nil
            }
        }
    }

    /// The per-question buffers of `readTolokaTask`, reused from row to row.
    struct TolokaScratch {
        /// Per answer column: a multiple choice's options (nil when not a choice set as Toloka writes it).
        var selected: [[String]?]
        /// Per question: its values, for `visible_if`.
        var values: [[String]]

        init(count: Int, answers: Int) {
            selected = Array(repeating: nil, count: answers)
            values = Array(repeating: [], count: count)
        }
    }

    /// What the row's `ASSIGNMENT:` cells say for `rows` task rows: nil (skipped,
    /// counted or reported) unless its status is read and its times are
    /// usable; else the seconds and the assignment.
    private func tolokaAssignment(_ c: TolokaColumns, _ cell: (Int) -> ByteSpan, _ cellRange: @escaping (Int) -> SourceRange,
                                  rows: Int) -> (Float, Int32)? {
        if c.status >= 0 {
            switch Self.tolokaStatus(cell(c.status)) {
            case .read: break
            case .rejected:
                rejected += rows
                return nil
            case .unknown:
                let shown = DataValueDisplay.quoted(cell(c.status))
                sink.report(.incompleteJudgment) {
                    Diagnostic(.incompleteJudgment, "row \(self.rows): ASSIGNMENT:status holds \(shown), not SUBMITTED, APPROVED, ACCEPTED, REJECTED, SKIPPED, EXPIRED or ACTIVE",
                               file: file, range: cellRange(c.status))
                }
                return nil
            }
        }
        guard let seconds = tolokaSeconds(c, cell, cellRange) else { return nil }
        var assignment: Int32 = -1
        if c.assignment >= 0 {
            let a = cell(c.assignment)
            if !FieldRules.isBlank(a) { assignment = store.internAssignment(a) }
        }
        return (seconds, assignment)
    }

    /// Reads one task row's answers: the item, the worker, each answer by its index in `c.answers`.
    private func readTolokaTask(_ c: TolokaColumns, item: ByteSpan, worker: ByteSpan, answer cell: (Int) -> ByteSpan,
                                range: (TolokaCell) -> SourceRange, seconds: Float, assignment: Int32,
                                _ scratch: inout TolokaScratch) {
        let parts = Parts(item: item, worker: worker, seconds: seconds, assignment: assignment)
        func isBlank(_ n: Int) -> Bool { FieldRules.isBlank(cell(n)) }
        /// Whether answer column `n` stands for its question in this row (one column per question but for renames).
        func standing(_ n: Int, _ q: Int) -> Bool { !c.shared.isShared || c.shared.column(of: q, isBlank: isBlank) == n }
        for (n, (q, _)) in c.answers.enumerated() where c.isSet[q] {
            let raw = cell(n)
            scratch.selected[n] = FieldRules.isBlank(raw) ? [] : TolokaChoiceSet.selected(raw)
        }
        // Whether a question is shown depends on the row's other answers: values first.
        if !c.hidden.isEmpty {
            for (n, (q, _)) in c.answers.enumerated() where standing(n, q) {
                if c.isSet[q] {
                    scratch.values[q] = scratch.selected[n] ?? []
                } else {
                    let trimmed = FieldRules.trimmed(cell(n))
                    scratch.values[q] = trimmed.isEmpty ? [] : [String(decoding: trimmed, as: UTF8.self)]
                }
            }
        }
        let values = scratch.values
        let shown = c.hidden.shown { values[$0] }
        for (n, (q, _)) in c.answers.enumerated() {
            // A renamed question's other column, blank while one is filled: not an answer.
            if c.shared.isShared && !c.shared.reads(n, of: q, isBlank: isBlank) { continue }
            guard shown[q] else {
                // Hidden: not submitted by the page, whatever the platform kept.
                if standing(n, q) { blankAnswers += 1 }
                continue
            }
            let answer: AnswerDecoder.Outcome
            if c.isSet[q] {
                if var joined = scratch.selected[n]?.joined(separator: "|") {
                    answer = joined.withByteSpan { decoders[q].decode($0, store: &store) }
                } else {
                    let shown = DataValueDisplay.quoted(cell(n))
                    answer = .problem(AnswerProblem("\(shown) is not a multiple choice answer as Toloka writes it: a JSON object of the selected options' values ({\"a\": true}) or a JSON array of them"))
                }
            } else {
                answer = decoders[q].decode(cell(n), store: &store)
            }
            add(question: q, answer: answer, parts, answerRange: { range(.answer(n)) },
                idRange: { range($0 == .item ? .item : .worker) }, missing: {
                if FieldRules.isBlank(parts.item) {
                    return ("INPUT:\(self.itemKeyField ?? "") names no item, but \(c.answerNames[n]) holds an answer", range(.item))
                }
                if FieldRules.isBlank(parts.worker) {
                    return ("ASSIGNMENT:worker_id is empty, and no row delimiter after it names the assignment",
                            range(.worker))
                }
                return nil
            })
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
