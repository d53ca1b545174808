/// Checks the rows of one data file already in memory: the state of one run of
/// `DataFileChecker` and the checks every row gets, whatever the format.
struct DataCheckRun {
    /// Where a key was first used, for the note of E0409 (24 bytes a key).
    struct KeyOrigin {
        var rowStart: Int
        var cellOffset: UInt32
        var cellLength: UInt32
        var row: UInt32
        var line: UInt32
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let locator: DataLocator
    let file: String
    let format: DataFormat
    let role: DataFileRole
    let rules: FieldRules
    let questions: [Question]
    let validator: AnswerValidator
    /// Index of the key field among the rules.
    let keyField: Int?
    var plan: DataColumnPlan
    var sink: DataDiagnosticSink
    var onRow: ((DataRecord) -> Void)?

    /// Data rows read so far; also the number of the current row.
    var rowCount = 0
    /// CSV: the column of each field and of each question's answer (-1 when the header lacks it).
    var fieldColumns: [Int] = []
    var answerColumns: [Int] = []
    /// JSON Lines, per slot: the row that last had it, and at which cell.
    var slotRow: [Int] = []
    var slotCell: [Int] = []
    /// Per slot: whether any row had it (JSON Lines).
    var seenSlots: [Bool] = []
    var keys = ByteStringTable(minimumCapacity: 1024)
    var keyOrigins: [KeyOrigin] = []

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, format: DataFormat, schema: DataSchema,
         questions: [Question], role: DataFileRole, limits: DataLimits, onRow: ((DataRecord) -> Void)?) {
        self.bytes = bytes
        self.locator = DataLocator(bytes: bytes)
        self.file = file
        self.format = format
        self.role = role
        self.rules = FieldRules(schema.fields)
        self.questions = questions
        self.validator = AnswerValidator(questions: questions)
        self.keyField = schema.key.flatMap { key in schema.fields.firstIndex { $0.name == key.value } }
        self.plan = DataColumnPlan(schema: schema, questions: questions, role: role)
        self.sink = DataDiagnosticSink(file: file, limit: limits.maxDiagnosticsPerFile)
        self.onRow = onRow
    }

    // MARK: - Locations

    /// The range of bytes `[start, end)` of `row`.
    func range(_ start: Int, _ end: Int, in row: RawRow) -> SourceRange {
        locator.range(from: start, to: end, anchorLine: row.line, anchorOffset: row.start)
    }

    /// The range of a cell as written (quotes included).
    func range(of cell: RawCell, in row: RawRow) -> SourceRange {
        range(cell.start, cell.end, in: row)
    }

    /// The range at the start of the row.
    func rowStartRange(_ row: RawRow) -> SourceRange {
        SourceRange(line: row.line, column: 1)
    }

    // MARK: - Slots

    /// Grows the per-slot arrays after the plan added slots.
    mutating func fitSlots() {
        while slotRow.count < plan.count {
            slotRow.append(0)
            slotCell.append(-1)
            seenSlots.append(false)
        }
    }

    /// The index of the row's cell in `slot`, or nil when the row has none.
    @inline(__always)
    func cellIndex(slot: Int) -> Int? {
        slot >= 0 && slotRow[slot] == rowCount ? slotCell[slot] : nil
    }

    /// The index of the current row's cell for field `f`, or nil when the row has none.
    @inline(__always)
    func cellIndex(field f: Int) -> Int? {
        if format == .csv {
            let column = fieldColumns[f]
            return column >= 0 ? column : nil
        }
        return cellIndex(slot: plan.fieldSlots[f])
    }

    /// The index of the current row's cell for the answer to question `q`, or nil.
    func cellIndex(answer q: Int) -> Int? {
        if format == .csv {
            let column = answerColumns[q]
            return column >= 0 ? column : nil
        }
        return cellIndex(slot: plan.answerSlots[q])
    }

    // MARK: - Values

    /// The bytes of a cell's value.
    @inline(__always)
    func value(_ cell: RawCell, scratch: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let base = cell.inScratch ? scratch : bytes
        return UnsafeBufferPointer(rebasing: base[cell.valueStart..<cell.valueEnd])
    }

    /// Checks every field's value in the current row (its cells already in slots).
    /// Returns true when an error was found.
    mutating func checkFields(_ row: RawRow) -> Bool {
        let scratch = row.scratch.buffer
        var hasErrors = false
        for f in rules.indices {
            guard let index = cellIndex(field: f) else {
                if fieldMissing(f, row: row) { hasErrors = true }
                continue
            }
            let cell = row.cells[index]
            let bytes = value(cell, scratch: scratch)
            if cell.kind == .null || (cell.kind != .list && FieldRules.isBlank(bytes)) {
                if rules.rules[f].required {
                    hasErrors = true
                    reportEmpty(f, cell: cell, row: row)
                }
                continue
            }
            if let problem = rules.problem(f, bytes, kind: cell.kind) {
                hasErrors = true
                reportFieldProblem(problem, field: f, cell: cell, bytes: bytes, row: row)
            }
            if f == keyField, checkKey(bytes, cell: cell, row: row) {
                hasErrors = true
            }
        }
        return hasErrors
    }

    private mutating func reportEmpty(_ f: Int, cell: RawCell, row: RawRow) {
        sink.report(.missingRequiredValue) {
            let what = cell.kind == .null ? "is null" : "is empty"
            return Diagnostic(.missingRequiredValue,
                              "row \(rowCount), field '\(rules.names[f])' \(what); the field is required",
                              file: file, range: range(of: cell, in: row))
        }
    }

    private mutating func reportFieldProblem(_ problem: FieldProblem, field f: Int, cell: RawCell,
                                             bytes: UnsafeBufferPointer<UInt8>, row: RawRow) {
        sink.report(.invalidFieldValue) {
            let shown = DataValueDisplay.quoted(bytes)
            var notes: [DiagnosticNote] = []
            var fixIts: [FixIt] = []
            if case .notInCategory(let values) = problem,
               let suggestion = DataSuggestion.nearest(to: String(decoding: bytes, as: UTF8.self), in: values) {
                notes.append(DiagnosticNote("did you mean '\(suggestion)'?"))
                if !cell.inScratch {
                    fixIts.append(FixIt(range: range(cell.valueStart, cell.valueEnd, in: row), replacement: suggestion))
                }
            }
            if case .quotedJSONValue = problem, !cell.inScratch {
                fixIts.append(FixIt(range: range(of: cell, in: row),
                                    replacement: String(decoding: bytes, as: UTF8.self)))
            }
            return Diagnostic(.invalidFieldValue,
                              "row \(rowCount), field '\(rules.names[f])': \(problem.reason(value: shown))",
                              file: file, range: range(of: cell, in: row), notes: notes, fixIts: fixIts)
        }
    }

    /// Records the row's item key; reports E0409 (true) when an earlier row has it.
    private mutating func checkKey(_ bytes: UnsafeBufferPointer<UInt8>, cell: RawCell, row: RawRow) -> Bool {
        if rowCount == 1024 { reserveKeys() }
        let (index, inserted) = keys.insert(bytes)
        if inserted {
            keyOrigins.append(KeyOrigin(rowStart: row.start, cellOffset: UInt32(clamping: cell.start - row.start),
                                        cellLength: UInt32(clamping: cell.end - cell.start),
                                        row: UInt32(clamping: rowCount), line: UInt32(clamping: row.line)))
            return false
        }
        let origin = keyOrigins[index]
        sink.report(.duplicateItemKey) {
            let start = origin.rowStart + Int(origin.cellOffset)
            let first = locator.range(from: start, to: start + Int(origin.cellLength),
                                      anchorLine: Int(origin.line), anchorOffset: origin.rowStart)
            return Diagnostic(.duplicateItemKey,
                              "row \(rowCount): item key \(DataValueDisplay.quoted(bytes)) (field '\(rules.names[keyField!])') is already used by row \(origin.row)",
                              file: file, range: range(of: cell, in: row),
                              notes: [DiagnosticNote("row \(origin.row) has the same key", file: file, range: first)])
        }
        return true
    }

    /// After the first rows, sizes the key table for the whole file (estimated from
    /// the bytes read so far), so it does not grow and rehash as it fills.
    private mutating func reserveKeys() {
        guard let last = keyOrigins.last, last.rowStart > 0 else { return }
        let bytesPerRow = max(1, last.rowStart / max(1, rowCount - 1))
        let rows = min(bytes.count / bytesPerRow + rowCount, bytes.count / 2)
        let bytesEach = keys.count > 0 ? keys.byteCount / keys.count : 8
        keys.reserve(rows + rows / 8, bytesEach: bytesEach + 1)
        keyOrigins.reserveCapacity(rows + rows / 8)
    }
}
