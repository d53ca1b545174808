/// Checks the rows of one data file, read through a `DataWindow`: the state of
/// one run of `DataFileChecker` and the checks every row gets, whatever the format.
///
/// Offsets in rows point into `bytes`, the window, whose first byte is at
/// `base` in the file; what outlives a row (item keys, record offsets) is
/// stored as a file offset.
struct DataCheckRun {
    /// A key's bytes in the file and the slot it names.
    struct KeyCacheEntry {
        var start: Int
        var length: Int
        var slot: Int
    }

    /// Where the bytes come from.
    let window: DataWindow
    /// The current window's bytes, and the file offset of its first byte.
    var bytes: ByteSpan
    var base = 0
    /// The window's generation `bytes` belongs to.
    private var generation = -1
    let file: String
    let format: DataFormat
    let role: DataFileRole
    let rules: FieldRules
    let questions: [Question]
    let validator: AnswerValidator
    /// Index of the key field among the rules.
    let keyField: Int?
    var plan: DataColumnPlan
    let sink: DataDiagnosticSink
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
    /// JSON Lines: the key last seen at each position of an object, with its slot.
    var keyCache: [KeyCacheEntry] = []
    /// The item keys seen, checked for repeats at the end (E0409).
    var keyIndex: ItemKeyIndex
    /// Set when reading stopped before the end of the file.
    var stop: DataReadStop?

    init(window: DataWindow, file: String, format: DataFormat, schema: DataSchema,
         questions: [Question], role: DataFileRole, limits: DataLimits, onRow: ((DataRecord) -> Void)?) {
        self.window = window
        self.bytes = window.bytes
        self.file = file
        self.format = format
        self.role = role
        self.rules = FieldRules(schema.fields)
        self.questions = questions
        self.validator = AnswerValidator(questions: questions)
        self.keyField = schema.key.flatMap { key in schema.fields.firstIndex { $0.name == key.value } }
        self.plan = DataColumnPlan(schema: schema, questions: questions, role: role)
        self.sink = DataDiagnosticSink(file: file, limit: limits.maxDiagnosticsPerFile)
        self.keyIndex = ItemKeyIndex(memoryLimit: limits.maxKeysInMemory)
        self.onRow = onRow
    }

    // MARK: - Window

    /// Takes the reader's window after it handed out a row; the key cache
    /// points into the window, so it is emptied when the window moved.
    mutating func adopt<S>(_ rows: DataRowReader<S>) {
        bytes = rows.bytes
        base = rows.base
        if rows.generation != generation {
            generation = rows.generation
            keyCache.removeAll(keepingCapacity: true)
        }
    }

    // MARK: - Locations

    /// Locates offsets of the window.
    var locator: DataLocator { DataLocator(bytes: bytes) }

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
    func value(_ cell: RawCell, scratch: ByteSpan) -> ByteSpan {
        let base = cell.inScratch ? scratch : bytes
        return base.span(cell.valueStart..<cell.valueEnd)
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
            if let problem = rules.problem(f, bytes, kind: cell.kind)
                ?? textProblem(f, bytes, kind: cell.kind, searched: row.mayHoldForbidden || cell.inScratch) {
                hasErrors = true
                reportFieldProblem(problem, field: f, cell: cell, bytes: bytes, row: row)
            }
            if f == keyField {
                keyIndex.add(bytes, row: rowCount, line: row.line, rowStart: base + row.start,
                             cellStart: base + cell.start, cellEnd: base + cell.end)
            }
        }
        return hasErrors
    }

    /// What no type rule sees: a character XML forbids in a text value, and an
    /// item key written as a JSON number with other spellings. The value is
    /// `searched` for such a character when the reader saw one in the row, or
    /// when it was unescaped (a JSON `\u0001`); otherwise it cannot hold one.
    @inline(__always)
    private func textProblem(_ f: Int, _ bytes: ByteSpan, kind: RawValueKind,
                             searched: Bool) -> FieldProblem? {
        let rule = rules.rules[f].kind
        if rule == .text || rule == .markdown, searched,
           let found = ForbiddenCharacters.firstForbiddenInXML(in: bytes) {
            return .forbiddenCharacter(found.scalar.value)
        }
        if f == keyField, kind == .number, let problem = NumberKey.problem(bytes) { return .numberKey(problem) }
        return nil
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
                                             bytes: ByteSpan, row: RawRow) {
        sink.report(.invalidFieldValue) {
            let shown = DataValueDisplay.quoted(bytes)
            var notes: [DiagnosticNote] = []
            var fixIts: [FixIt] = []
            if case .notInCategory(let values) = problem,
               let suggestion = Suggestions.closest(to: String(decoding: bytes, as: UTF8.self), in: values, rule: .dataValue) {
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
}
