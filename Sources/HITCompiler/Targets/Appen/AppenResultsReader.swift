/// Reading an Appen job's full report (CSV): one row per judgment, that is one
/// contributor's answers to one unit, with Appen's own columns (`_unit_id`,
/// `_created_at`, `_golden`, `_id`, `_missed`, `_started_at`, `_tainted`,
/// `_channel`, `_trust`, `_worker_id`, `_country`, `_region`, `_city`, `_ip`),
/// the unit's data columns and a column per CML question named by its CML name
/// (`AppenNames`, the question id in lower case).
///
/// - the item: the data column of the spec's `data.key` (as `units.csv` named
///   it), else `_unit_id`;
/// - the worker: `_worker_id`;
/// - the seconds: `_created_at` − `_started_at` (when the page was submitted,
///   when it was started; every unit of a page shares them);
/// - the assignment (the page): `_worker_id` with `_started_at`, else `_id`;
/// - `_tainted` true (a contributor Appen has since distrusted): the row is
///   skipped and counted as rejected;
/// - a multiple choice: the chosen values one per line, as Appen writes a
///   `cml:checkboxes` answer (`|` between them is read too);
/// - an answer to a question `visible_if` hides, given the row's other answers,
///   is dropped and counted as blank (`HiddenAnswers`);
/// - the column of a question's earlier id (`renamed_from`, in lower case as
///   its CML name was) answers the question, beside the question's own column
///   when the report spans the rename (`SharedAnswerColumns`).
///
/// Other columns (data, `<name>_gold`, Appen's own) are read by nobody and not reported.
extension AppenTarget {
    /// The format `--format appen` names.
    static let resultsFormat: ResultsFormatEntry? = ResultsFormatEntry(
        format: .appen,
        csv: CSVResultsFormat(
            format: .appen,
            recognises: { names in names.contains("_unit_id") && names.contains("_worker_id") },
            expected: "an Appen full report header with _unit_id, _worker_id and a column per question",
            layout: { run, names, cellRanges, header in
                run.appenColumns(names, cellRanges, header).map { columns in
                    CSVLayout(format: .appen) { run, rows, row in run.readAppenRows(&rows, &row, columns, columnCount: names.count) }
                }
            }),
        readsJSONLines: false,
        notJSONLines: "an Appen full report is CSV, not JSON Lines",
        optionHelp: "appen",
        about: "an Appen full report CSV")
}

extension ResultsFormat {
    /// An Appen job's full report (`AppenTarget.resultsFormat`).
    static let appen = ResultsFormat(rawValue: "appen")
}

extension ResultsReadRun {
    /// The columns of an Appen full report, and what the rows need from the spec.
    struct AppenColumns: Sendable {
        var worker = -1, item = -1, judgment = -1, started = -1, created = -1, tainted = -1
        /// The item column's name, for messages.
        var itemName = "_unit_id"
        /// A column per question the header answers (and per earlier id of a renamed question): question index, column.
        var answers: [(question: Int, column: Int)] = []
        /// The columns of each question.
        var columns = SharedAnswerColumns([], count: 0)
        /// Whether each question's answer is a set of options.
        var isSet: [Bool] = []
        let hidden: HiddenAnswers
    }

    static let appenFormatName = "Appen full report"

    func appenColumns(_ names: [String], _ cellRanges: [SourceRange], _ header: SourceRange) -> AppenColumns? {
        let index = columnIndex(names, cellRanges)
        var c = AppenColumns(hidden: HiddenAnswers(questions: questions))
        var ok = true
        if let worker = index["_worker_id"] { c.worker = worker } else { missingColumn("_worker_id", header, format: Self.appenFormatName); ok = false }
        c.itemName = itemKeyField.map(AppenNames.name) ?? "_unit_id"
        if let item = index[c.itemName] { c.item = item } else { missingColumn(c.itemName, header, format: Self.appenFormatName); ok = false }
        c.judgment = index["_id"] ?? -1
        c.started = index["_started_at"] ?? -1
        c.created = index["_created_at"] ?? -1
        c.tainted = index["_tainted"] ?? -1
        let cmlNames = AppenNames(questions: questions)
        c.isSet = questions.map { $0.kind.storage == .optionSet }
        for (k, name) in names.enumerated() where index[name] == k {
            guard let q = cmlNames.question(named: name) else { continue }
            c.answers.append((q, k))
        }
        c.columns = SharedAnswerColumns(c.answers, count: questions.count)
        if c.answers.isEmpty && ok {
            sink.report(.unrecognisedResults) {
                Diagnostic(.unrecognisedResults,
                           "the header has no answer columns: expected a column per question, named as in appen/cml.xml (e.g. \(questions.first.map { AppenNames.name($0.id) } ?? "question"))",
                           file: file, range: header)
            }
            return nil
        }
        return ok ? c : nil
    }

    func readAppenRows(_ rows: inout DataRowReader<CSVScanner>, _ row: inout RawRow, _ c: AppenColumns, columnCount: Int) {
        var assignmentKey: [UInt8] = []
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
            func cell(_ k: Int) -> ByteSpan { value(snapshot.cells[k], snapshot, bytes) }
            func cellRange(_ k: Int) -> SourceRange { range(snapshot.cells[k].start, snapshot.cells[k].end, snapshot, bytes) }
            func problem(_ k: Int, _ message: String) {
                sink.report(.incompleteJudgment) {
                    Diagnostic(.incompleteJudgment, "row \(self.rows): \(message)", file: file, range: cellRange(k))
                }
            }

            if c.tainted >= 0 {
                let flag = FieldRules.trimmed(cell(c.tainted))
                if Self.isWord(flag, "true") { rejected += 1; continue }
                if !flag.isEmpty && !Self.isWord(flag, "false") {
                    problem(c.tainted, "_tainted holds \(DataValueDisplay.quoted(flag)), not true or false")
                    continue
                }
            }

            var secondsValue: Float = .nan
            if c.started >= 0 && c.created >= 0 {
                let started = FieldRules.trimmed(cell(c.started)), created = FieldRules.trimmed(cell(c.created))
                if !started.isEmpty && !created.isEmpty {
                    guard let from = Self.time(started) else {
                        problem(c.started, "_started_at holds \(DataValueDisplay.quoted(started)), not \(Self.timeExpected)")
                        continue
                    }
                    guard let to = Self.time(created) else {
                        problem(c.created, "_created_at holds \(DataValueDisplay.quoted(created)), not \(Self.timeExpected)")
                        continue
                    }
                    let spent = to - from
                    guard spent >= 0, spent <= Self.maxSeconds else {
                        problem(c.created, spent < 0 ? "_created_at is before _started_at"
                                                     : "_created_at is more than \(Int(Self.maxSeconds)) seconds after _started_at")
                        continue
                    }
                    secondsValue = Float(spent)
                }
            }

            let worker = cell(c.worker)
            var assignment: Int32 = -1
            if c.started >= 0, !FieldRules.isBlank(cell(c.started)), !FieldRules.isBlank(worker) {
                assignmentKey.removeAll(keepingCapacity: true)
                assignmentKey.append(contentsOf: worker)
                assignmentKey.append(0x1F)
                assignmentKey.append(contentsOf: FieldRules.trimmed(cell(c.started)))
                assignment = assignmentKey.withByteSpan { store.internAssignment($0) }
            } else if c.judgment >= 0, !FieldRules.isBlank(cell(c.judgment)) {
                assignment = store.internAssignment(cell(c.judgment))
            }

            let isBlank = { (k: Int) in FieldRules.isBlank(cell(k)) }
            let shown = c.hidden.isEmpty ? nil : c.hidden.shown { q in
                c.columns.column(of: q, isBlank: isBlank).map { Self.values(cell($0)) } ?? []
            }
            let item = cell(c.item)
            touchItem(item)
            let parts = Parts(item: item, worker: worker, seconds: secondsValue, assignment: assignment)
            for (q, column) in c.answers {
                // A renamed question's other column, blank while one is filled: not an answer.
                if c.columns.isShared && !c.columns.reads(column, of: q, isBlank: isBlank) { continue }
                let raw = cell(column)
                if let shown, !shown[q] {
                    if !c.columns.isShared || c.columns.column(of: q, isBlank: isBlank) == column { blankAnswers += 1 }
                    continue
                }
                let outcome = c.isSet[q] ? decodeAppenSet(q, raw) : decoders[q].decode(raw, store: &store)
                add(question: q, answer: outcome, parts, answerRange: { cellRange(column) },
                    idRange: { cellRange($0 == .item ? c.item : c.worker) }, missing: {
                    if FieldRules.isBlank(parts.item) { return ("\(c.itemName) is empty", cellRange(c.item)) }
                    if FieldRules.isBlank(parts.worker) { return ("_worker_id is empty", cellRange(c.worker)) }
                    return nil
                })
            }
        }
    }

    /// A multiple choice's answer: options one per line (a CR before a line feed
    /// ignored), or one line read as the long format reads it (`|` between options).
    private func decodeAppenSet(_ q: Int, _ raw: ByteSpan) -> AnswerDecoder.Outcome {
        var lines: [ByteSpan] = []
        var start = 0
        for k in 0...raw.count where k == raw.count || raw[k] == 0x0A {
            var end = k
            if end > start && raw[end - 1] == 0x0D { end -= 1 }
            let line = raw.span(start..<end)
            if !FieldRules.isBlank(line) { lines.append(line) }
            start = k + 1
        }
        if lines.count <= 1 { return decoders[q].decode(lines.first ?? raw, store: &store) }
        return decoders[q].decodeList(lines, store: &store)
    }

    /// The values of an answer cell, for `visible_if`: one per line or between `|`, trimmed.
    private static func values(_ raw: ByteSpan) -> [String] {
        raw.text.split(whereSeparator: { $0 == "\n" || $0 == "|" || $0 == "\r\n" })
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    /// What a time must be, for messages.
    static let timeExpected = "a time (M/D/YYYY H:MM:SS or YYYY-MM-DDTHH:MM:SS)"

    private static func time(_ bytes: ByteSpan) -> Double? {
        guard bytes.count <= 64 else { return nil }
        return AppenTimestamp.seconds(Substring(bytes.text))
    }

    /// True when `bytes` spell `word` (ASCII lower case) in any case.
    private static func isWord(_ bytes: ByteSpan, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for k in 0..<bytes.count where bytes[k] | 0x20 != w[k] { return false }
        return true
    }
}
