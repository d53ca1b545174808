import Foundation

/// Reads a results file into a `JudgmentStore`, streaming: the file is read a
/// window at a time (`DataRowReader`, rows up to `DataLimits.maxRowBytes`,
/// E0505 past it) and only the judgments' ids are kept.
///
/// Every row is either read or reported: syntax problems (E0404, E0405), a
/// header that fits no format or lacks a column (E0501), an answer that is not
/// a valid answer to its question (E0502), an unknown question (E0503), a row
/// without item, worker or question, or with a `seconds` that is not a number
/// (E0504), and W0012 once for columns that are ignored. A format may skip rows
/// and count them as rejected (a platform's rejected assignments). At most
/// `DataLimits.maxDiagnosticsPerFile` problems are listed, then a count.
struct ResultsReader: Sendable {
    /// What reading found.
    struct Outcome: Sendable {
        var store: JudgmentStore
        /// Sorted by position, capped.
        var diagnostics: [Diagnostic]
        /// The format read (nil when the header fit none).
        var format: ResultsFormat?
        /// Data rows read (not counting a CSV header).
        var rows: Int
        /// Answers left empty (not answered, or hidden by `visible_if`): no judgment.
        var blankAnswers: Int
        /// Rows skipped because their assignment was rejected on the platform.
        var rejectedAssignments: Int
        /// The file, for quoting lines in diagnostics (small files only).
        var source: SourceFile?
        /// Judgments left out because they repeat an earlier judgment by the same
        /// worker on the same item and question (only the first counts; W0017).
        var repeatedJudgments = 0

        var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    var questions: [Question]
    /// Forces a format; nil detects it from the header (JSON Lines is always long).
    var format: ResultsFormat?
    var limits: DataLimits
    /// Called now and then with (bytes read, file size).
    var progress: (@Sendable (Int, Int) -> Void)?
    /// Bytes read at a time (tests use tiny windows to cross their edges).
    var chunkSize = 4 << 20
    /// Tries `LongCSVFastReader` first on a CSV that may be long format, then
    /// `PartedResultsReader` on a large file (tests turn them off to compare);
    /// parts read at once, and the fewest bytes worth a part.
    var fastPath = true
    var fastParts = ProcessInfo.processInfo.activeProcessorCount
    var fastPartBytes = 1 << 20
    /// Repeated judgments listed in the W0017 warning (the rest are counted).
    var listedRepeats = 5
    /// The spec's `data.key`: where a platform's export that carries each
    /// item's data (Label Studio, Toloka's `INPUT:<key>`) finds the item key; nil when the spec has none.
    var itemKeyField: String?

    init(questions: [Question], format: ResultsFormat? = nil, limits: DataLimits = .default,
                progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.questions = questions
        self.format = format
        self.limits = limits
        self.progress = progress
    }

    /// Reads the file at `path`; `displayPath` names it in diagnostics.
    func read(path: String, displayPath: String) -> Outcome {
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
        let run = ResultsReadRun(file: displayPath, questions: questions, forced: format, limits: limits,
                                 size: file.size, progress: progress)
        run.itemKeyField = itemKeyField
        let kind = ResultsFileKind(path: path, file: file)
        var outcome = kind == .jsonDocument ? readDocument(run, file: file)
            : readRows(run, file: file, jsonLines: kind == .jsonLines, tabs: kind == .tsv)
        if !outcome.hasErrors {
            removeRepeats(&outcome, file: file, kind: kind, displayPath: displayPath)
        }
        // Lines are quoted, except from a file with a row too long to quote.
        if outcome.diagnostics.contains(where: { $0.range != nil }),
           !outcome.diagnostics.contains(where: { $0.code == .resultsRowTooLong }) {
            outcome.source = Self.source(file, displayPath: displayPath, limit: limits.maxQuotedFileBytes)
        }
        return outcome
    }

    /// A reader of the rows of `file`, `chunkSize` bytes at a time, rows up to `DataLimits.maxRowBytes`.
    private func rows<Scanner>(_ file: InputFile) -> DataRowReader<Scanner> {
        DataRowReader(file: file, capacity: chunkSize, maxRowBytes: limits.maxRowBytes)
    }

    /// Reads the rows of the file: the quick ways when they can, else one pass by `run`.
    private func readRows(_ run: ResultsReadRun, file: InputFile, jsonLines: Bool, tabs: Bool) -> Outcome {
        let forced = format.flatMap(ResultsFormats.entry)
        if jsonLines {
            if let forced, !forced.readsJSONLines {
                run.sink.report(.unrecognisedResults) {
                    Diagnostic(.unrecognisedResults, forced.notJSONLines, file: run.file, range: nil)
                }
            } else if let parted = parted(file, jsonLines: true) {
                return parted
            } else {
                var rows: DataRowReader<JSONLinesScanner> = rows(file)
                run.readJSONLines(&rows)
                run.finishReading(rows)
            }
        } else if let forced, forced.csv == nil {
            run.sink.report(.unrecognisedResults) {
                Diagnostic(.unrecognisedResults, forced.notCSV, file: run.file, range: nil)
            }
        } else if tabs {
            var rows: DataRowReader<TSVScanner> = rows(file)
            run.readTSV(&rows)
            run.finishReading(rows)
        } else if fastPath, format == nil || format == .long,
                  let fast = LongCSVFastReader(questions: questions, chunkSize: chunkSize, maxRowBytes: limits.maxRowBytes,
                                               progress: progress, parts: fastParts, minimumPartBytes: fastPartBytes)
                    .read(file) {
            progress?(file.size, file.size)
            return Outcome(store: fast.store, diagnostics: [], format: .long, rows: fast.rows,
                           blankAnswers: fast.blankAnswers, rejectedAssignments: 0, source: nil)
        } else if let parted = parted(file, jsonLines: false) {
            return parted
        } else {
            var rows: DataRowReader<CSVScanner> = rows(file)
            run.readCSV(&rows)
            run.finishReading(rows)
        }
        return Outcome(store: run.store, diagnostics: run.sink.finish(), format: run.format, rows: run.rows,
                       blankAnswers: run.blankAnswers, rejectedAssignments: run.rejected, source: nil)
    }

    /// Reads a JSON document (`readJSONDocument`), in one pass.
    private func readDocument(_ run: ResultsReadRun, file: InputFile) -> Outcome {
        if let forced = format.flatMap(ResultsFormats.entry), forced.jsonDocument == nil {
            run.sink.report(.unrecognisedResults) {
                Diagnostic(.unrecognisedResults, ResultsReadRun.notDocument(forced), file: run.file, range: nil)
            }
        } else {
            var rows: DataRowReader<JSONArrayScanner> = rows(file)
            run.readJSONDocument(&rows)
            run.finishReading(rows)
        }
        return Outcome(store: run.store, diagnostics: run.sink.finish(), format: run.format, rows: run.rows,
                       blankAnswers: run.blankAnswers, rejectedAssignments: run.rejected, source: nil)
    }

    /// Leaves out the judgments that repeat an earlier one (`RepeatedJudgments`)
    /// and warns (W0017), locating the first few by reading the file again in
    /// one pass up to them (only when there are repeats): the store numbers
    /// judgments in file order whichever way it was read.
    private func removeRepeats(_ outcome: inout Outcome, file: InputFile, kind: ResultsFileKind, displayPath: String) {
        let found = outcome.store.findRepeats(listing: listedRepeats)
        guard !found.repeats.isEmpty else { return }
        let listed = found.repeats.prefix(found.firsts.count) + found.firsts
        let run = ResultsReadRun(file: displayPath, questions: questions, forced: format, limits: limits, size: file.size,
                                 progress: nil)
        run.locating = JudgmentLocator(wanted: Set(listed.map(Int.init)))
        run.itemKeyField = itemKeyField
        switch kind {
        case .jsonDocument:
            var rows: DataRowReader<JSONArrayScanner> = rows(file)
            run.readJSONDocument(&rows)
        case .jsonLines:
            var rows: DataRowReader<JSONLinesScanner> = rows(file)
            run.readJSONLines(&rows)
        case .tsv:
            var rows: DataRowReader<TSVScanner> = rows(file)
            run.readTSV(&rows)
        case .csv:
            var rows: DataRowReader<CSVScanner> = rows(file)
            run.readCSV(&rows)
        }
        let warning = found.warning(store: outcome.store, located: run.locating?.found ?? [:], file: displayPath)
        outcome.diagnostics = Diagnostic.sortedByPosition(outcome.diagnostics + [warning])
        outcome.store.removeJudgments(at: found.repeats)
        outcome.repeatedJudgments = found.repeats.count
    }

    /// The file's text for quoting lines in diagnostics, read through the file
    /// already open (not opened again by name); nil when larger than `limit`,
    /// unreadable or changed since it was opened.
    private static func source(_ file: InputFile, displayPath: String, limit: Int) -> SourceFile? {
        guard file.size <= limit, let bytes = try? file.readAll(limit: limit) else { return nil }
        return SourceFile(path: displayPath, bytes: bytes)
    }

    /// The file read in parts on every core (`PartedResultsReader`), or nil to read it in one pass.
    private func parted(_ file: InputFile, jsonLines: Bool) -> Outcome? {
        guard fastPath,
              let read = PartedResultsReader(questions: questions, forced: format, limits: limits, chunkSize: chunkSize,
                                             progress: progress, parts: fastParts, minimumPartBytes: fastPartBytes,
                                             itemKeyField: itemKeyField)
                .read(file, jsonLines: jsonLines) else { return nil }
        progress?(file.size, file.size)
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
    /// The question each entry of `questionTable` names: the spec's ids, then the
    /// earlier ids of renamed questions (`renamed_from`), read as the question that renamed them.
    var questionOf: [Int] = []
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
    /// Set to find where chosen judgments are in the file (`JudgmentLocator`).
    var locating: JudgmentLocator?
    /// The spec's `data.key` (`ResultsReader.itemKeyField`).
    var itemKeyField: String?
    /// How messages name the current row when not "row N" (a JSON document's
    /// reader sets it: "task 3, annotation 2").
    var rowName: String?

    /// How messages name the current row.
    var rowLabel: String { rowName ?? "row \(rows)" }

    /// True when reading may stop: every judgment being located was found.
    var stopped: Bool { locating?.isDone == true }

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
        for decoder in decoders { decoder.refusesForbiddenText = true }
        for q in questions { questionTable.insert(q.id) }
        questionOf = Array(questions.indices)
        for (k, q) in questions.enumerated() {
            for old in q.renamedFrom where questionTable.insert(old.value).inserted { questionOf.append(k) }
        }
    }

    // MARK: - Locations

    /// The range `[start, end)` of the current chunk's row.
    func range(_ start: Int, _ end: Int, _ row: RawRow, _ bytes: ByteSpan) -> SourceRange {
        DataLocator(bytes: bytes).range(from: start, to: end, anchorLine: row.line, anchorOffset: row.start)
    }

    /// The bytes of a cell's value.
    @inline(__always)
    func value(_ cell: RawCell, _ row: RawRow, _ bytes: ByteSpan) -> ByteSpan {
        let base = cell.inScratch ? row.scratch.buffer : bytes
        return base.span(cell.valueStart..<cell.valueEnd)
    }

    /// The ranges of a row's cells, found in one pass along the row (a range
    /// per cell from the row's start would be quadratic in the number of cells).
    func cellRanges(_ row: RawRow, _ bytes: ByteSpan) -> [SourceRange] {
        var cursor = DataLocator.Cursor(bytes: bytes, anchorLine: row.line, anchorOffset: row.start)
        return row.cells.map { cell in
            let start = cursor.location(of: cell.start)
            return SourceRange(start: start, end: cursor.location(of: max(cell.start, cell.end)))
        }
    }

    /// Reports the reader's syntax problems in a row; true when there were any.
    /// Only problems that are shown are located, along the row in one pass;
    /// those the row did not keep are counted (a row can hold millions of stray quotes).
    func reportSyntax(_ row: RawRow, _ bytes: ByteSpan, csv: Bool) -> Bool {
        guard !row.problems.isEmpty else { return false }
        var cursor = DataLocator.Cursor(bytes: bytes, anchorLine: row.line, anchorOffset: row.start)
        let code: DiagnosticCode = csv ? .malformedCSV : .malformedJSONLine
        let what = rows == 0 ? "header" : "row \(rows)"
        for problem in row.problems {
            sink.report(code) {
                let start = cursor.location(of: problem.offset)
                let where_ = SourceRange(start: start, end: cursor.location(of: max(problem.offset, problem.endOffset)))
                return Diagnostic(code, "\(what): \(Self.message(problem.kind))", file: file, range: where_)
            }
        }
        sink.countNotShown(code, row.problemsNotKept)
        return true
    }

    static func message(_ kind: RawProblemKind) -> String {
        switch kind {
        case .csvUnterminatedQuote: "unterminated quoted cell: the closing '\"' is missing, so the rest of the file is inside it"
        case .csvStrayQuote: "a '\"' inside an unquoted cell: quote the whole cell and double the quote (\"\")"
        case .csvTextAfterClosingQuote: "text after the closing '\"' of a quoted cell: the cell must end at its closing quote"
        case .json(let error): error.message
        case .jsonDocument(let error): error.message
        }
    }

    // MARK: - One judgment

    /// Where a judgment's parts are in the row, for messages.
    struct Parts {
        var item: ByteSpan
        var worker: ByteSpan
        var seconds: Float
        var assignment: Int32
    }

    /// Decodes one answer and stores the judgment; reports a bad answer at
    /// `answerRange`, and a new item key or worker id holding a forbidden
    /// character (E0506) at `idRange`.
    func add(question q: Int, answer: AnswerDecoder.Outcome, _ parts: Parts, answerRange: () -> SourceRange,
             idRange: (JudgmentID) -> SourceRange, missing: () -> (what: String, range: SourceRange)?) {
        switch answer {
        case .blank:
            blankAnswers += 1
        case .forbidden(let scalar, let shown):
            reportForbidden(scalar, in: "answer to '\(questions[q].id)' \(shown)", range: answerRange)
        case .problem(let problem):
            sink.report(.invalidWorkerAnswer) {
                Diagnostic(.invalidWorkerAnswer, "\(rowLabel), answer to '\(questions[q].id)': \(problem.message)",
                           file: file, range: answerRange(),
                           notes: problem.suggestion.map { [DiagnosticNote("did you mean '\($0)'?")] } ?? [])
            }
        case .value(let v):
            if let (what, where_) = missing() {
                sink.report(.incompleteJudgment) {
                    Diagnostic(.incompleteJudgment, "\(rowLabel): \(what)", file: file, range: where_)
                }
                return
            }
            let item = recentItem.cached(parts.item) ?? recentItem.remember(parts.item, intern(parts.item, .item, idRange))
            let worker = recentWorker.cached(parts.worker)
                ?? recentWorker.remember(parts.worker, intern(parts.worker, .worker, idRange))
            store.append(item: item, worker: worker, question: q, value: v, seconds: parts.seconds,
                         assignment: parts.assignment)
            if locating != nil { locating!.note(store.count - 1, row: rows, range: answerRange) }
        }
    }

    /// Touches the table slot of an item key before it is interned
    /// (`IDTable.touch`): a platform's row names several items far apart in the
    /// table, so touching them all first lets the misses overlap.
    @inline(__always)
    func touchItem(_ key: ByteSpan) {
        touched &+= store.touchItem(key)
    }

    /// The index of the question named by `bytes` (spaces around ignored), or nil.
    @inline(__always)
    func questionIndex(_ raw: ByteSpan) -> Int? {
        let bytes = FieldRules.trimmed(raw)
        if let q = recentQuestion.cached(bytes) { return Int(q) }
        guard let entry = questionTable.index(of: bytes) else { return nil }
        return Int(recentQuestion.remember(bytes, Int32(questionOf[entry])))
    }

    /// The question named `name` (exactly): its id, or one of its earlier ids
    /// (`renamed_from`); nil when no question is.
    func question(named name: String) -> Int? {
        questionTable.index(of: name).map { questionOf[$0] }
    }

    /// After the first rows, reserves room for the judgments the whole file will
    /// likely hold (estimated from the bytes per row so far), so the columns do
    /// not grow by copying. `position` is the file offset reached.
    func estimate(position: Int, judgmentsPerRow: Int) {
        guard rows == 8192, position > 0 else { return }
        let expected = Int(Double(size) / Double(position) * Double(rows) * 1.05) + 1024
        store.reserve(expected * max(1, judgmentsPerRow))
    }

    /// The most seconds a HIT may take (about 31 years: more than any platform
    /// allows), so every time fits a `Float` and no sum of times overflows.
    static let maxSeconds = 1e9
    /// What a time must be, for messages.
    static let secondsExpected = "a number of seconds (0 to 1000000000)"

    /// Seconds from a cell: NaN when blank, nil when not a number from 0 to `maxSeconds`.
    @inline(__always)
    static func seconds(_ bytes: ByteSpan) -> Float? {
        let trimmed = FieldRules.trimmed(bytes)
        if trimmed.isEmpty { return .nan }
        guard let n = DecimalBytes.parse(trimmed), n.value >= 0, n.value <= maxSeconds else { return nil }
        return Float(n.value)
    }

    /// Seconds from a cell (`seconds(_:)`).
    func seconds(_ bytes: ByteSpan) -> Float? { Self.seconds(bytes) }

    /// "did you mean" for an unknown question id.
    func questionSuggestion(_ bytes: ByteSpan) -> [DiagnosticNote] {
        let near = Suggestions.closest(to: String(decoding: bytes, as: UTF8.self), in: questions.map(\.id), rule: .dataValue)
        return near.map { [DiagnosticNote("did you mean '\($0)'?")] } ?? []
    }

    func tick(_ bytesRead: Int) {
        if rows & 0xFFFF == 0, let progress { progress(bytesRead, size) }
    }

    /// Reports why reading stopped before the end (a row too long, bytes that
    /// are not UTF-8, a file that could not be read or changed while read),
    /// ignored columns, and an empty file.
    func finishReading<Scanner>(_ read: DataRowReader<Scanner>) {
        switch read.stop {
        case .rowTooLong(let line):
            let max = read.window.maxRowBytes
            let limit = max % (1 << 20) == 0 ? "\(max >> 20) MiB" : "\(max) bytes"
            sink.report(.resultsRowTooLong) {
                Diagnostic(.resultsRowTooLong, "the row starting here is longer than \(limit), the most a results row may hold; reading stopped",
                           file: file, range: SourceRange(at: SourceLocation(line: line, column: 1)),
                           notes: [DiagnosticNote("a line break or a closing quote may be missing")])
            }
        case .invalidUTF8(let byte, let offset, let location):
            sink.report(.invalidUTF8) {
                Diagnostic(.invalidUTF8, DataReadStop.invalidUTF8Message(byte: byte, offset: offset),
                           file: file, range: SourceRange(at: location))
            }
        case .readFailed(let error, let location):
            let code = error.code(notAFile: .missingFile)
            sink.report(code) {
                Diagnostic(code, "results file '\(file)' \(error.reason)", file: file,
                           range: code == .fileChanged ? SourceRange(at: location) : nil)
            }
        case nil:
            break
        }
        if let unknownColumnsRange, !unknownColumns.isEmpty {
            let names = unknownColumns.prefix(10).map { "'\($0)'" }.joined(separator: ", ")
            let more = unknownColumns.count > 10 ? " and \(unknownColumns.count - 10) more" : ""
            sink.report(.unknownColumn) {
                Diagnostic(.unknownColumn, "ignored column\(unknownColumns.count == 1 ? "" : "s") \(names)\(more): not used by the \(format?.rawValue ?? "results") format",
                           file: file, range: unknownColumnsRange)
            }
        }
        if rows == 0 && read.stop == nil && !headerFailed {
            sink.report(.emptyDataFile) {
                Diagnostic(.emptyDataFile, "the results file has no rows", file: file, range: nil)
            }
        }
        progress?(size, size)
    }
}
