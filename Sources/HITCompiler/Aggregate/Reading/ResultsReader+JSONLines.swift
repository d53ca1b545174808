/// Reading a JSON Lines results file. Two shapes, told apart by the first
/// line (or `--format`):
///
/// - the long format: one judgment per line with the keys `item`, `worker`,
///   `question`, `answer` and optionally `seconds` and `assignment`. Ids may be
///   strings or numbers; an answer of several options (`AnswerStorage.optionSet`) is a list of option values;
///   `null` or `""` is a blank answer;
/// - submissions: one line per submitted page, the object the task page sends
///   (`ResultsReader+Submissions.swift`).
extension ResultsReadRun {
    private static let keys = ["item", "worker", "question", "answer", "seconds", "assignment"]

    /// The long format's keys and what was seen of them.
    struct LongKeys {
        var table = ByteStringTable(minimumCapacity: 16)
        var slots = [Int](repeating: -1, count: ResultsReadRun.keys.count)
        var seenUnknown: Set<String> = []

        init() {
            for key in ResultsReadRun.keys { table.insert(key) }
        }
    }

    func readJSONLines(_ rows: inout DataRowReader<JSONLinesScanner>) {
        format = forced == .submissions ? .submissions : forced == .long ? .long : nil
        var long = LongKeys()
        var submission = SubmissionKeys()
        var row = RawRow(maxKeptProblems: sink.limit)
        // Decided once (by `--format` or the first line that tells), then a plain test per line.
        var submissions = format == .submissions
        while !stopped, rows.nextRow(into: &row) {
            self.rows += 1
            tick(rows.bytesRead)
            estimate(position: rows.base + row.end, judgmentsPerRow: 1)
            let bytes = rows.bytes
            if reportSyntax(row, bytes, csv: false) { continue }
            if format == nil {
                format = Self.shape(of: row, bytes)
                submissions = format == .submissions
            }
            if submissions {
                readSubmission(row, &submission, bytes, offset: offsetBase + rows.base + row.start)
            } else {
                readLongObject(row, &long, bytes)
            }
        }
        if format == nil { format = .long }
    }

    /// The shape a line has: the long format when it has `question` or
    /// `answer`; submissions when it has a key `item<N>` or `item<N>_<question>`
    /// (the page's form fields) and not those; nil when it has neither (the
    /// line is read as the long format, which reports what it lacks, and the
    /// next line decides).
    private static func shape(of row: RawRow, _ bytes: ByteSpan) -> ResultsFormat? {
        var formFields = false
        for rawKey in row.keys {
            let base = rawKey.inScratch ? row.scratch.buffer : bytes
            let key = base.span(rawKey.start..<rawKey.end)
            if key.elementsEqual("question".utf8) || key.elementsEqual("answer".utf8) { return .long }
            if key.count > 4 && key.starts(with: "item".utf8) && (0x30...0x39).contains(key[4]) { formFields = true }
        }
        return formFields ? .submissions : nil
    }

    /// One judgment of the long format.
    private func readLongObject(_ row: RawRow, _ long: inout LongKeys, _ bytes: ByteSpan) {
        let snapshot = row
        func cellRange(_ k: Int) -> SourceRange { range(snapshot.cells[k].start, snapshot.cells[k].end, snapshot, bytes) }
        for s in long.slots.indices { long.slots[s] = -1 }
        var duplicate = false
        for (k, rawKey) in row.keys.enumerated() {
            let base = rawKey.inScratch ? row.scratch.buffer : bytes
            let key = base.span(rawKey.start..<rawKey.end)
            guard let s = long.table.index(of: key) else {
                noteUnknownKey(key, rawKey, row, bytes, seen: &long.seenUnknown)
                continue
            }
            if long.slots[s] >= 0 {
                duplicate = true
                sink.report(.malformedJSONLine) {
                    Diagnostic(.malformedJSONLine, "row \(self.rows): \(JSONLineError.duplicateKey(Self.keys[s]).message)",
                               file: file, range: range(rawKey.rawStart, rawKey.rawEnd, row, bytes))
                }
            }
            long.slots[s] = k
        }
        if duplicate { return }
        readJudgment(row, long.slots, bytes, cellRange)
    }

    /// Remembers a key no format uses, for the one W0012 at the end.
    func noteUnknownKey(_ key: ByteSpan, _ rawKey: RawKey, _ row: RawRow,
                        _ bytes: ByteSpan, seen: inout Set<String>) {
        let name = String(decoding: key, as: UTF8.self)
        guard seen.insert(name).inserted else { return }
        unknownColumns.append(name)
        if unknownColumnsRange == nil {
            unknownColumnsRange = range(rawKey.rawStart, rawKey.rawEnd, row, bytes)
        }
    }

    /// Seconds from cell `k` (absent or null: NaN); nil when it is not a number of seconds.
    func jsonSeconds(_ row: RawRow, _ k: Int, _ bytes: ByteSpan) -> Float? {
        guard k >= 0 else { return .nan }
        let cell = row.cells[k]
        if cell.kind == .null { return .nan }
        return cell.kind == .number || cell.kind == .string ? seconds(value(cell, row, bytes)) : nil
    }

    /// The answer in cell `k` to question `q`: null is blank, a JSON list holds the options of an answer of several options.
    func jsonAnswer(_ row: RawRow, _ k: Int, question q: Int, _ bytes: ByteSpan) -> AnswerDecoder.Outcome {
        let cell = row.cells[k]
        switch cell.kind {
        case .null:
            return .blank
        case .list:
            let items = row.items[cell.items].map { item in
                let base = item.inScratch ? row.scratch.buffer : bytes
                return base.span(item.valueStart..<item.valueEnd)
            }
            return decoders[q].decodeList(items, store: &store)
        default:
            return decoders[q].decode(value(cell, row, bytes), store: &store)
        }
    }

    /// An id (item, worker, question, assignment): a string or a number, as
    /// written; nil when missing, null, a list or blank. A number that names
    /// no id (`NumberKey`) is reported before, by `reportsNumberIDProblem`.
    func id(_ row: RawRow, _ k: Int, _ bytes: ByteSpan) -> ByteSpan? {
        guard k >= 0 else { return nil }
        let cell = row.cells[k]
        guard cell.kind == .string || cell.kind == .number else { return nil }
        let v = value(cell, row, bytes)
        return FieldRules.isBlank(v) ? nil : v
    }

    /// Whether cell `k` (-1: none) is a JSON number.
    @inline(__always)
    static func isNumber(_ cells: RawCellStore, _ k: Int) -> Bool { k >= 0 && cells[k].kind == .number }

    /// Reports (E0504) the first of `cells` (with their keys' names) that is a
    /// JSON number with more than one spelling (`NumberKey`); true when there was one.
    func reportsNumberIDProblem(_ row: RawRow, _ cells: [(k: Int, name: String)], _ bytes: ByteSpan,
                                _ cellRange: (Int) -> SourceRange) -> Bool {
        for (k, name) in cells where Self.isNumber(row.cells, k) {
            let v = value(row.cells[k], row, bytes)
            guard let problem = NumberKey.problem(v) else { continue }
            let shown = String(decoding: v.prefix(60), as: UTF8.self)
            let why = switch problem {
            case .notPlainWhole:
                "is \(shown), a JSON number with a fraction or an exponent, which other spellings of the same number (1, 1.0, 1e0) would not match; write the id as a string or as a plain whole number"
            case .negativeZero:
                "is \(shown), the number 0 written another way; write it as 0 or as a string"
            case .beyondExact:
                "is \(shown), a JSON number beyond \(NumberKey.largestExact), which JSON readers round; write the id as a string"
            }
            sink.report(.incompleteJudgment) {
                Diagnostic(.incompleteJudgment, "row \(rows): '\(name)' \(why)", file: file, range: cellRange(k))
            }
            return true
        }
        return false
    }

    private func readJudgment(_ row: RawRow, _ slots: [Int], _ bytes: ByteSpan,
                              _ cellRange: (Int) -> SourceRange) {
        let rowStart = range(row.start, row.start, row, bytes)
        func incomplete(_ what: String, _ k: Int) {
            let where_ = k >= 0 ? cellRange(k) : rowStart
            sink.report(.incompleteJudgment) { Diagnostic(.incompleteJudgment, "row \(rows): \(what)", file: file, range: where_) }
        }
        guard let questionBytes = id(row, slots[2], bytes) else {
            incomplete(slots[2] < 0 ? "the key 'question' is missing" : "'question' must be a non-empty string", slots[2])
            return
        }
        guard let q = questionIndex(questionBytes) else {
            let notes = questionSuggestion(questionBytes)
            let shown = DataValueDisplay.quoted(questionBytes)
            let where_ = cellRange(slots[2])
            sink.report(.unknownResultsQuestion) {
                Diagnostic(.unknownResultsQuestion, "row \(rows): question \(shown) is not defined by the spec",
                           file: file, range: where_, notes: notes)
            }
            return
        }
        guard slots[3] >= 0 else {
            incomplete("the key 'answer' is missing (use null for no answer)", -1)
            return
        }
        guard let secondsValue = jsonSeconds(row, slots[4], bytes) else {
            incomplete("'seconds' must be \(Self.secondsExpected)", slots[4])
            return
        }
        let cells = row.cells
        if Self.isNumber(cells, slots[0]) || Self.isNumber(cells, slots[1]) || Self.isNumber(cells, slots[5]),
           reportsNumberIDProblem(row, [(slots[0], "item"), (slots[1], "worker"), (slots[5], "assignment")], bytes, cellRange) {
            return
        }
        var assignment: Int32 = -1
        if let a = id(row, slots[5], bytes) { assignment = store.internAssignment(a) }
        let outcome = jsonAnswer(row, slots[3], question: q, bytes)
        let parts = Parts(item: id(row, slots[0], bytes) ?? .empty,
                          worker: id(row, slots[1], bytes) ?? .empty,
                          seconds: secondsValue, assignment: assignment)
        add(question: q, answer: outcome, parts, answerRange: { cellRange(slots[3]) },
            idRange: { cellRange($0 == .item ? slots[0] : slots[1]) }, missing: {
            if parts.item.isEmpty {
                return (slots[0] < 0 ? "the key 'item' is missing" : "'item' must be a non-empty string or number",
                        slots[0] >= 0 ? cellRange(slots[0]) : rowStart)
            }
            if parts.worker.isEmpty {
                return (slots[1] < 0 ? "the key 'worker' is missing" : "'worker' must be a non-empty string or number",
                        slots[1] >= 0 ? cellRange(slots[1]) : rowStart)
            }
            return nil
        })
    }
}
