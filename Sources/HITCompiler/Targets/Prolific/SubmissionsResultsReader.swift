/// Reading JSON Lines of submissions: one line per submitted page, the object
/// the task page sends to a target's `submit_url`
/// (docs/platform-data-contract.md), as a server that appends each body to a
/// file would keep it:
///
/// - `item<N>`: the key of the item in slot N; `item<N>_<question>`: the answer
///   (one judgment; `""` or `null` when not answered or hidden);
/// - the worker: `worker` (the host adds it: the page does not know who
///   answers), else Prolific's `PROLIFIC_PID`;
/// - the assignment: `assignment`, else Prolific's `SESSION_ID`, else the line
///   itself (each line is one submitted page);
/// - `hitc_seconds`: seconds on the page; `STUDY_ID` and `hitc_feedback` are ignored.
///
/// The format lives with the Prolific target because it knows Prolific's keys;
/// every target whose page posts its answers to a URL is read with it.
extension ProlificTarget {
    /// The format `--format submissions` names.
    static let resultsFormat: ResultsFormatEntry? = ResultsFormatEntry(
        format: .submissions, csv: nil, readsJSONLines: true,
        notCSV: "submissions are JSON Lines (.jsonl or .ndjson), not CSV",
        optionHelp: "submissions (JSON Lines of submitted pages)",
        about: "JSON Lines of submitted pages (the objects the page sends to a \(ResultsFormats.submittingTargets) submit_url, with worker or PROLIFIC_PID)")
}

extension ResultsFormat {
    /// JSON Lines of submitted pages: each line the object the task page sends
    /// (`item<N>`, `item<N>_<question>`, `hitc_seconds`; Prolific's
    /// `PROLIFIC_PID` and `SESSION_ID`), with the worker as `PROLIFIC_PID` or `worker`.
    static let submissions = ResultsFormat(rawValue: "submissions")
}

extension ResultsReadRun {
    /// What a key of a submitted page means.
    enum SubmissionField: Equatable {
        case item(slot: Int)
        case answer(slot: Int, question: Int)
        case worker, prolificWorker, assignment, session, seconds, ignored
        case unknownQuestion(String)
        case unknown
    }

    /// The meanings of the keys seen so far (they repeat on every line).
    struct SubmissionKeys {
        var table = ByteStringTable(minimumCapacity: 64)
        var fields: [SubmissionField] = []
        var seenUnknown: Set<String> = []
        var reportedQuestions: Set<String> = []
        /// The current line's cell of `item<N>` at index N - 1 (-1 when absent),
        /// and the slots set on it: kept from line to line and reset slot by
        /// slot, so a line costs its keys, not the highest slot any line names.
        var itemCells: [Int] = []
        var itemSlots: [Int] = []

        /// The cell of the current line's `item<N>` for slot N - 1, or -1.
        func itemCell(_ slot: Int) -> Int { slot < itemCells.count ? itemCells[slot] : -1 }

        /// Forgets the previous line's item cells.
        mutating func clearItems() {
            for slot in itemSlots { itemCells[slot] = -1 }
            itemSlots.removeAll(keepingCapacity: true)
        }

        /// Notes that the current line's `item<slot + 1>` is cell `k`.
        mutating func setItem(_ slot: Int, cell k: Int) {
            if itemCells.count <= slot { itemCells += repeatElement(-1, count: slot + 1 - itemCells.count) }
            itemCells[slot] = k
            itemSlots.append(slot)
        }
    }

    /// The cells of one submission that name its parts (-1 when absent).
    private struct SubmissionCells {
        var worker = -1, prolificWorker = -1, assignment = -1, session = -1, seconds = -1
        var answers: [(slot: Int, question: Int, cell: Int)] = []
    }

    /// Reads one submitted page; `offset` is where its line starts in the file
    /// (after a byte-order mark), which names the assignment of a line without one.
    func readSubmission(_ row: RawRow, _ keys: inout SubmissionKeys, _ bytes: ByteSpan,
                        offset: Int) {
        let snapshot = row
        func cellRange(_ k: Int) -> SourceRange { range(snapshot.cells[k].start, snapshot.cells[k].end, snapshot, bytes) }
        let rowStart = range(row.start, row.start, row, bytes)
        guard let cells = submissionCells(row, &keys, bytes) else { return }
        func incomplete(_ what: String, _ k: Int) {
            let where_ = k >= 0 ? cellRange(k) : rowStart
            sink.report(.incompleteJudgment) { Diagnostic(.incompleteJudgment, "row \(rows): \(what)", file: file, range: where_) }
        }
        let workerCell = cells.worker >= 0 ? cells.worker : cells.prolificWorker
        let assignmentCell = cells.assignment >= 0 ? cells.assignment : cells.session
        let rowCells = row.cells
        if Self.isNumber(rowCells, workerCell) || Self.isNumber(rowCells, assignmentCell)
            || keys.itemSlots.contains(where: { Self.isNumber(rowCells, keys.itemCell($0)) }) {
            let idCells = [(workerCell, cells.worker >= 0 ? "worker" : "PROLIFIC_PID"),
                           (assignmentCell, cells.assignment >= 0 ? "assignment" : "SESSION_ID")]
                + keys.itemSlots.map { (keys.itemCell($0), "item\($0 + 1)") }
            if reportsNumberIDProblem(row, idCells, bytes, cellRange) { return }
        }
        guard let worker = id(row, workerCell, bytes) else {
            incomplete(workerCell < 0 ? "no worker: a submission needs the key 'worker' (added by the host) or 'PROLIFIC_PID'"
                                      : "the worker must be a non-empty string or number", workerCell)
            return
        }
        guard let secondsValue = jsonSeconds(row, cells.seconds, bytes) else {
            incomplete("'hitc_seconds' must be \(Self.secondsExpected)", cells.seconds)
            return
        }
        let assignment: Int32
        if let named = id(row, assignmentCell, bytes) {
            assignment = store.internAssignment(named)
        } else {
            // Each line is one submitted page, named by where it starts (the same in
            // one pass and in parts); \u{1} keeps the name apart from ids a file spells out.
            var line = "\u{1}line at \(offset)"
            assignment = line.withByteSpan { store.internAssignment($0) }
        }
        let empty = ByteSpan.empty
        for (slot, q, cell) in cells.answers {
            let itemCell = keys.itemCell(slot)
            let outcome = jsonAnswer(row, cell, question: q, bytes)
            let parts = Parts(item: id(row, itemCell, bytes) ?? empty, worker: worker, seconds: secondsValue,
                              assignment: assignment)
            add(question: q, answer: outcome, parts, answerRange: { cellRange(cell) },
                idRange: { cellRange($0 == .item ? itemCell : workerCell) }, missing: {
                guard parts.item.isEmpty else { return nil }
                return ("item\(slot + 1) names no item, but item\(slot + 1)_\(self.questions[q].id) holds an answer",
                        itemCell >= 0 ? cellRange(itemCell) : rowStart)
            })
        }
    }

    /// Sorts the row's keys by meaning; nil (reported) when a key appears twice
    /// or the row answers nothing.
    private func submissionCells(_ row: RawRow, _ keys: inout SubmissionKeys, _ bytes: ByteSpan)
        -> SubmissionCells? {
        var cells = SubmissionCells()
        keys.clearItems()
        var seen = Set<Int>()
        var unknownQuestions = 0
        for (k, rawKey) in row.keys.enumerated() {
            let base = rawKey.inScratch ? row.scratch.buffer : bytes
            let key = base.span(rawKey.start..<rawKey.end)
            let (index, field) = submissionField(key, &keys)
            if !seen.insert(index).inserted {
                let where_ = range(rawKey.rawStart, rawKey.rawEnd, row, bytes)
                let name = String(decoding: key, as: UTF8.self)
                sink.report(.malformedJSONLine) {
                    Diagnostic(.malformedJSONLine, "row \(self.rows): \(JSONLineError.duplicateKey(name).message)",
                               file: file, range: where_)
                }
                return nil
            }
            switch field {
            case .item(let slot):
                keys.setItem(slot, cell: k)
            case .answer(let slot, let question): cells.answers.append((slot, question, k))
            case .worker: cells.worker = k
            case .prolificWorker: cells.prolificWorker = k
            case .assignment: cells.assignment = k
            case .session: cells.session = k
            case .seconds: cells.seconds = k
            case .ignored: break
            case .unknownQuestion(let id):
                unknownQuestions += 1
                let name = String(decoding: key, as: UTF8.self)
                guard keys.reportedQuestions.insert(name).inserted else { continue }
                sink.report(.unknownResultsQuestion) {
                    var idBytes = id
                    let notes = idBytes.withByteSpan { questionSuggestion($0) }
                    return Diagnostic(.unknownResultsQuestion, "row \(self.rows): key '\(name)' answers question '\(id)', which the spec does not define",
                                      file: file, range: range(rawKey.rawStart, rawKey.rawEnd, row, bytes), notes: notes)
                }
            case .unknown:
                noteUnknownKey(key, rawKey, row, bytes, seen: &keys.seenUnknown)
            }
        }
        if cells.answers.isEmpty && unknownQuestions == 0 {
            let where_ = range(row.start, row.start, row, bytes)
            sink.report(.incompleteJudgment) {
                Diagnostic(.incompleteJudgment, "row \(self.rows): no answers: a submission has keys item<N>_<question> (e.g. item1_\(self.questions.first?.id ?? "question"))",
                           file: file, range: where_)
            }
            return nil
        }
        return cells
    }

    /// The meaning of a key, and its index among the keys seen.
    private func submissionField(_ key: ByteSpan, _ keys: inout SubmissionKeys) -> (Int, SubmissionField) {
        if let index = keys.table.index(of: key) { return (index, keys.fields[index]) }
        let field = Self.submissionField(String(decoding: key, as: UTF8.self), questions: questionTable)
        let index = keys.table.insert(key).index
        while keys.fields.count <= index { keys.fields.append(.unknown) }
        keys.fields[index] = field
        return (index, field)
    }

    private static func submissionField(_ name: String, questions: ByteStringTable) -> SubmissionField {
        switch name {
        case "worker": return .worker
        case "PROLIFIC_PID": return .prolificWorker
        case "assignment": return .assignment
        case "SESSION_ID": return .session
        case "hitc_seconds": return .seconds
        case "STUDY_ID", "hitc_feedback": return .ignored
        default: break
        }
        guard name.hasPrefix("item") else { return .unknown }
        let rest = name.dropFirst("item".count)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard let n = Int(digits), n >= 1, n <= 10_000 else { return .unknown }
        let tail = rest.dropFirst(digits.count)
        if tail.isEmpty { return .item(slot: n - 1) }
        guard tail.hasPrefix("_") else { return .unknown }
        let id = String(tail.dropFirst())
        guard let q = questions.index(of: id) else { return .unknownQuestion(id) }
        return .answer(slot: n - 1, question: q)
    }
}
