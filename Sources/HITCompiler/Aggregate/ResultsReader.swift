import Foundation

/// The two shapes of a results file `hitc aggregate` reads.
public enum ResultsFormat: String, Sendable, CaseIterable, Codable {
    /// An MTurk batch results CSV: one row per assignment, `WorkerId`,
    /// `AssignmentId`, `WorkTimeInSeconds`, `Answer.item<N>` (the item key in
    /// slot N) and `Answer.item<N>_<question>` (the answer).
    case mturk
    /// One judgment per row: `item`, `worker`, `question`, `answer`, optional
    /// `seconds` and `assignment` (CSV with a header, or JSON Lines).
    case long
    /// JSON Lines of submitted pages: each line the object the task page sends
    /// (`item<N>`, `item<N>_<question>`, `hitc_seconds`; Prolific's
    /// `PROLIFIC_PID` and `SESSION_ID`), with the worker as `PROLIFIC_PID` or `worker`.
    case submissions
}

/// Reads a results file into a `JudgmentStore`, streaming: the file is read a
/// chunk at a time and only the judgments' ids are kept.
///
/// Every row is either read or reported: syntax problems (E0404, E0405), a
/// header that fits no format or lacks a column (E0501), an answer that is not
/// a valid answer to its question (E0502), an unknown question (E0503), a row
/// without item, worker or question, or with a `seconds` that is not a number
/// (E0504), and W0012 once for columns that are ignored. MTurk assignments with
/// `AssignmentStatus` `Rejected` are skipped and counted. At most
/// `DataLimits.maxDiagnosticsPerFile` problems are listed, then a count.
public struct ResultsReader: Sendable {
    /// What reading found.
    public struct Outcome: Sendable {
        public var store: JudgmentStore
        /// Sorted by position, capped.
        public var diagnostics: [Diagnostic]
        /// The format read (nil when the header fit none).
        public var format: ResultsFormat?
        /// Data rows read (not counting a CSV header).
        public var rows: Int
        /// Answers left empty (not answered, or hidden by `visible_if`): no judgment.
        public var blankAnswers: Int
        /// MTurk assignments skipped because they were rejected.
        public var rejectedAssignments: Int
        /// The file, for quoting lines in diagnostics (small files only).
        public var source: SourceFile?

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public var questions: [Question]
    /// Forces a format; nil detects it from the header (JSON Lines is always long).
    public var format: ResultsFormat?
    public var limits: DataLimits
    /// Called now and then with (bytes read, file size).
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Bytes read at a time (tests use tiny chunks to cross boundaries).
    var chunkSize = 4 << 20
    /// Tries `LongCSVFastReader` first on a CSV that may be long format, then
    /// `PartedResultsReader` on a large file (tests turn them off to compare);
    /// parts read at once, and the fewest bytes worth a part.
    var fastPath = true
    var fastParts = ProcessInfo.processInfo.activeProcessorCount
    var fastPartBytes = 1 << 20

    public init(questions: [Question], format: ResultsFormat? = nil, limits: DataLimits = .default,
                progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.questions = questions
        self.format = format
        self.limits = limits
        self.progress = progress
    }

    /// Reads the file at `path`; `displayPath` names it in diagnostics.
    public func read(path: String, displayPath: String) -> Outcome {
        var empty = Outcome(store: JudgmentStore(questions: questions), diagnostics: [], format: nil, rows: 0,
                            blankAnswers: 0, rejectedAssignments: 0, source: nil)
        let file: InputFile
        do {
            file = try InputFile(opening: path)
        } catch {
            empty.diagnostics = [Diagnostic(error.code(notAFile: .missingFile), "results file '\(displayPath)' \(error.reason)",
                                            file: displayPath, range: nil)]
            return empty
        }
        defer { withExtendedLifetime(file) {} }
        let handle = file.handle
        let size = file.size
        let run = ResultsReadRun(file: displayPath, questions: questions, forced: format, limits: limits,
                                 size: size, progress: progress)
        if DataFormat(path: path) == .jsonLines {
            if format == .mturk {
                run.sink.report(.unrecognisedResults) {
                    Diagnostic(.unrecognisedResults, "an MTurk batch results file is CSV, not JSON Lines",
                               file: displayPath, range: nil)
                }
            } else if let parted = parted(handle: handle, size: size, jsonLines: true) {
                return parted
            } else {
                var rows = ChunkedRows<JSONLinesScanner>(handle: handle, chunkSize: chunkSize)
                run.readJSONLines(&rows)
                run.finishReading(rows.invalidUTF8, rows.readError)
            }
        } else if format == .submissions {
            run.sink.report(.unrecognisedResults) {
                Diagnostic(.unrecognisedResults, "submissions are JSON Lines (.jsonl or .ndjson), not CSV",
                           file: displayPath, range: nil)
            }
        } else if fastPath, format != .mturk,
                  let fast = LongCSVFastReader(questions: questions, chunkSize: chunkSize, progress: progress, parts: fastParts,
                                             minimumPartBytes: fastPartBytes)
                    .read(handle: handle, size: size) {
            progress?(size, size)
            return Outcome(store: fast.store, diagnostics: [], format: .long, rows: fast.rows,
                           blankAnswers: fast.blankAnswers, rejectedAssignments: 0, source: nil)
        } else if let parted = parted(handle: handle, size: size, jsonLines: false) {
            return parted
        } else {
            var rows = ChunkedRows<CSVScanner>(handle: handle, chunkSize: chunkSize)
            run.readCSV(&rows)
            run.finishReading(rows.invalidUTF8, rows.readError)
        }
        let diagnostics = run.sink.finish()
        var source: SourceFile?
        if size <= limits.maxQuotedFileBytes, diagnostics.contains(where: { $0.range != nil }),
           let data = FileManager.default.contents(atPath: path) {
            source = SourceFile(path: displayPath, bytes: [UInt8](data))
        }
        return Outcome(store: run.store, diagnostics: diagnostics, format: run.format, rows: run.rows,
                       blankAnswers: run.blankAnswers, rejectedAssignments: run.rejected, source: source)
    }

    /// The file read in parts on every core (`PartedResultsReader`), or nil to read it in one pass.
    private func parted(handle: FileHandle, size: Int, jsonLines: Bool) -> Outcome? {
        guard fastPath,
              let read = PartedResultsReader(questions: questions, forced: format, limits: limits, chunkSize: chunkSize,
                                             progress: progress, parts: fastParts, minimumPartBytes: fastPartBytes)
                .read(handle: handle, size: size, jsonLines: jsonLines) else { return nil }
        progress?(size, size)
        return Outcome(store: read.store, diagnostics: [], format: read.format, rows: read.rows,
                       blankAnswers: read.blankAnswers, rejectedAssignments: read.rejected, source: nil)
    }
}

/// The state of one read: the store being filled and the diagnostics.
final class ResultsReadRun {
    let file: String
    let questions: [Question]
    let forced: ResultsFormat?
    let size: Int
    let progress: (@Sendable (Int, Int) -> Void)?
    let sink: DataDiagnosticSink
    var store: JudgmentStore
    var decoders: [AnswerDecoder]
    var questionTable = ByteStringTable(minimumCapacity: 16)
    var format: ResultsFormat?
    /// The file offset (after a byte-order mark) of the first byte this run
    /// reads: not 0 for a later part of a file read in parts.
    var offsetBase = 0
    var rows = 0
    var blankAnswers = 0
    var rejected = 0
    var unknownColumns: [String] = []
    var unknownColumnsRange: SourceRange?
    /// Set when the header fit no format (already reported): no rows were read.
    var headerFailed = false
    /// The last item, worker and question seen.
    private var recentItem = RecentID()
    private var recentWorker = RecentID()
    private var recentQuestion = RecentID()
    /// Values made from touched memory (`touchItems`), kept so the loads stay.
    private var touched: UInt64 = 0

    init(file: String, questions: [Question], forced: ResultsFormat?, limits: DataLimits, size: Int,
         progress: (@Sendable (Int, Int) -> Void)?) {
        self.file = file
        self.questions = questions
        self.forced = forced
        self.size = size
        self.progress = progress
        sink = DataDiagnosticSink(file: file, limit: limits.maxDiagnosticsPerFile)
        store = JudgmentStore(questions: questions)
        decoders = questions.enumerated().map { AnswerDecoder(question: $1, index: $0) }
        for q in questions { questionTable.insert(q.id) }
    }

    // MARK: - Locations

    /// The range `[start, end)` of the current chunk's row.
    func range(_ start: Int, _ end: Int, _ row: RawRow, _ bytes: UnsafeBufferPointer<UInt8>, _ lineBase: Int) -> SourceRange {
        DataLocator(bytes: bytes).range(from: start, to: end, anchorLine: lineBase + row.line - 1, anchorOffset: row.start)
    }

    /// The bytes of a cell's value.
    @inline(__always)
    func value(_ cell: RawCell, _ row: RawRow, _ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let base = cell.inScratch ? row.scratch.buffer : bytes
        return UnsafeBufferPointer(rebasing: base[cell.valueStart..<cell.valueEnd])
    }

    /// Reports the reader's syntax problems in a row; true when there were any.
    func reportSyntax(_ row: RawRow, _ bytes: UnsafeBufferPointer<UInt8>, _ lineBase: Int, csv: Bool) -> Bool {
        for problem in row.problems {
            let code: DiagnosticCode = csv ? .malformedCSV : .malformedJSONLine
            let where_ = range(problem.offset, problem.endOffset, row, bytes, lineBase)
            let what = rows == 0 ? "header" : "row \(rows)"
            sink.report(code) { Diagnostic(code, "\(what): \(Self.message(problem.kind))", file: file, range: where_) }
        }
        return !row.problems.isEmpty
    }

    static func message(_ kind: RawProblemKind) -> String {
        switch kind {
        case .csvUnterminatedQuote: "unterminated quoted cell: the closing '\"' is missing, so the rest of the file is inside it"
        case .csvStrayQuote: "a '\"' inside an unquoted cell: quote the whole cell and double the quote (\"\")"
        case .csvTextAfterClosingQuote: "text after the closing '\"' of a quoted cell: the cell must end at its closing quote"
        case .json(let error): error.message
        }
    }

    // MARK: - One judgment

    /// Where a judgment's parts are in the row, for messages.
    struct Parts {
        var item: UnsafeBufferPointer<UInt8>
        var worker: UnsafeBufferPointer<UInt8>
        var seconds: Float
        var assignment: Int32
    }

    /// Decodes one answer and stores the judgment; reports a bad answer at `answerRange`.
    func add(question q: Int, answer: AnswerDecoder.Outcome, _ parts: Parts, answerRange: () -> SourceRange,
             missing: () -> (what: String, range: SourceRange)?) {
        switch answer {
        case .blank:
            blankAnswers += 1
        case .problem(let problem):
            sink.report(.invalidWorkerAnswer) {
                Diagnostic(.invalidWorkerAnswer, "row \(rows), answer to '\(questions[q].id)': \(problem.message)",
                           file: file, range: answerRange(),
                           notes: problem.suggestion.map { [DiagnosticNote("did you mean '\($0)'?")] } ?? [])
            }
        case .value(let v):
            if let (what, where_) = missing() {
                sink.report(.incompleteJudgment) {
                    Diagnostic(.incompleteJudgment, "row \(rows): \(what)", file: file, range: where_)
                }
                return
            }
            let item = recentItem.cached(parts.item) ?? recentItem.remember(parts.item, store.internItem(parts.item))
            let worker = recentWorker.cached(parts.worker)
                ?? recentWorker.remember(parts.worker, store.internWorker(parts.worker))
            store.append(item: item, worker: worker, question: q, value: v, seconds: parts.seconds,
                         assignment: parts.assignment)
        }
    }

    /// Touches the table slot of an item key before it is interned
    /// (`IDTable.touch`): an MTurk row names several items far apart in the
    /// table, so touching them all first lets the misses overlap.
    @inline(__always)
    func touchItem(_ key: UnsafeBufferPointer<UInt8>) {
        touched &+= store.touchItem(key)
    }

    /// The index of the question named by `bytes` (spaces around ignored), or nil.
    @inline(__always)
    func questionIndex(_ raw: UnsafeBufferPointer<UInt8>) -> Int? {
        let bytes = FieldRules.trimmed(raw)
        if let q = recentQuestion.cached(bytes) { return Int(q) }
        guard let q = questionTable.index(of: bytes) else { return nil }
        return Int(recentQuestion.remember(bytes, Int32(q)))
    }

    /// After the first rows, reserves room for the judgments the whole file will
    /// likely hold (estimated from the bytes per row so far), so the columns do
    /// not grow by copying. `position` is the file offset reached.
    func estimate(position: Int, judgmentsPerRow: Int) {
        guard rows == 8192, position > 0 else { return }
        let expected = Int(Double(size) / Double(position) * Double(rows) * 1.05) + 1024
        store.reserve(expected * max(1, judgmentsPerRow))
    }

    /// Seconds from a cell: NaN when blank, nil when not a number.
    func seconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Float? {
        let trimmed = FieldRules.trimmed(bytes)
        if trimmed.isEmpty { return .nan }
        guard let n = DecimalBytes.parse(trimmed), n.value.isFinite, n.value >= 0 else { return nil }
        return Float(n.value)
    }

    /// "did you mean" for an unknown question id.
    func questionSuggestion(_ bytes: UnsafeBufferPointer<UInt8>) -> [DiagnosticNote] {
        let near = DataSuggestion.nearest(to: String(decoding: bytes, as: UTF8.self), in: questions.map(\.id))
        return near.map { [DiagnosticNote("did you mean '\($0)'?")] } ?? []
    }

    func tick(_ bytesRead: Int) {
        if rows & 0xFFFF == 0, let progress { progress(bytesRead, size) }
    }

    /// Reports a file that was not UTF-8 or could not be read, and an empty file.
    func finishReading(_ invalid: (offset: Int, location: SourceLocation)?, _ readError: String?) {
        if let invalid {
            sink.report(.invalidUTF8) {
                Diagnostic(.invalidUTF8, "the file is not valid UTF-8: the byte at offset \(invalid.offset) does not start a valid sequence",
                           file: file, range: SourceRange(at: invalid.location))
            }
        }
        if let readError {
            sink.report(.unreadableFile) { Diagnostic(.unreadableFile, "cannot read the results file: \(readError)", file: file, range: nil) }
        }
        if let unknownColumnsRange, !unknownColumns.isEmpty {
            let names = unknownColumns.prefix(10).map { "'\($0)'" }.joined(separator: ", ")
            let more = unknownColumns.count > 10 ? " and \(unknownColumns.count - 10) more" : ""
            sink.report(.unknownColumn) {
                Diagnostic(.unknownColumn, "ignored column\(unknownColumns.count == 1 ? "" : "s") \(names)\(more): not used by the \(format?.rawValue ?? "results") format",
                           file: file, range: unknownColumnsRange)
            }
        }
        if rows == 0 && invalid == nil && readError == nil && !headerFailed {
            sink.report(.emptyDataFile) {
                Diagnostic(.emptyDataFile, "the results file has no rows", file: file, range: nil)
            }
        }
        progress?(size, size)
    }
}
