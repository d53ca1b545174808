/// The type of a value as written: CSV cells are untyped `text`; JSON values
/// carry their JSON type.
enum RawValueKind: UInt8 {
    /// A CSV cell: text to be read by the type the field expects.
    case text
    /// A JSON string.
    case string
    case number, boolean, null, list
}

/// One value of the row being read: where it is written and where its bytes are.
///
/// Offsets point into the file (after a byte-order mark). A value that needed
/// unescaping (`""` in CSV, `\n` in JSON) lives in the row's scratch bytes instead.
/// Kept small: the row checker copies one per field.
struct RawCell {
    /// First byte of the cell as written (an opening quote included).
    var start: Int
    /// One past its last byte as written.
    var end: Int
    /// The value's bytes, in the file or in `RawRow.scratch`.
    var valueStart: Int
    var valueEnd: Int
    /// For `list`: the entries, `RawRow.items[firstItem ..< firstItem + itemCount]`.
    var firstItem: Int32 = 0
    var itemCount: Int32 = 0
    var inScratch: Bool
    var kind: RawValueKind
    /// Makes the size 48 bytes, so a copy is three whole 16-byte moves (a 42-byte
    /// copy overlaps its moves and stalls the loads that follow it).
    private var padding16: UInt16 = 0
    private var padding32: UInt32 = 0

    init(start: Int, end: Int, valueStart: Int, valueEnd: Int, inScratch: Bool, kind: RawValueKind,
         firstItem: Int = 0, itemCount: Int = 0) {
        self.start = start
        self.end = end
        self.valueStart = valueStart
        self.valueEnd = valueEnd
        self.firstItem = Int32(clamping: firstItem)
        self.itemCount = Int32(clamping: itemCount)
        self.inScratch = inScratch
        self.kind = kind
    }

    /// The list entries' indices in `RawRow.items`.
    var items: Range<Int> { Int(firstItem)..<Int(firstItem) + Int(itemCount) }
}

/// The key of a JSON Lines value (`RawRow.keys[k]` belongs to `RawRow.cells[k]`).
struct RawKey {
    /// The key, decoded, in the file or in `RawRow.scratch`.
    var start: Int
    var end: Int
    var inScratch: Bool
    /// The key as written, quotes included.
    var rawStart: Int
    var rawEnd: Int
    /// The column the key names, once resolved (-1 before).
    var slot: Int = -1
}

/// One string of a JSON list.
struct RawItem {
    var start: Int
    var end: Int
    var valueStart: Int
    var valueEnd: Int
    var inScratch: Bool
}

/// A problem a reader found in a row, located by byte offset.
struct RawProblem {
    var offset: Int
    var endOffset: Int
    var kind: RawProblemKind
}

/// The kinds of syntax problems readers report (messages are built only when shown).
enum RawProblemKind {
    case csvUnterminatedQuote
    case csvStrayQuote
    case csvTextAfterClosingQuote
    case json(JSONLineError)
    /// A JSON document's structure (`JSONArrayScanner`).
    case jsonDocument(JSONDocumentError)
}

/// The row being read, reused from row to row so reading allocates nothing per row.
struct RawRow {
    /// Where the row starts (the first byte of its first cell) and the line it is on.
    var start = 0
    var line = 1
    /// One past the last byte of the row, its line break excluded.
    var end = 0
    /// The column of `start`: 1 for a row that starts its line (CSV, JSON
    /// Lines); an element of a JSON document may start mid-line (`JSONArrayScanner` sets it).
    var column = 1
    /// The cells (shared by copies of the row, like `scratch`).
    let cells = RawCellStore()
    /// JSON Lines: the key of each cell.
    var keys: [RawKey] = []
    var items: [RawItem] = []
    /// Unescaped values and keys (shared by copies of the row: read a row before reading the next).
    let scratch = ScratchBytes()
    /// The row's first syntax problems, at most `maxKeptProblems` (`note`).
    private(set) var problems: [RawProblem] = []
    /// Problems found past the first `maxKeptProblems`: counted, not kept.
    private(set) var problemsNotKept = 0
    /// Set when the reader cannot go on past this row (an unterminated quote).
    var isFatal = false
    /// Set when the reader passed a byte that may start a character XML 1.0
    /// forbids (`ForbiddenCharacters.isForbiddenInXML`) in the row as written; values are
    /// searched for one only then.
    var mayHoldForbidden = false

    /// The most problems one row keeps: as many as a file's diagnostics may
    /// list (`DataLimits.maxDiagnosticsPerFile`, 100 by default), so the
    /// diagnostics are those of all the problems, while memory per row stays
    /// bounded however many there are (a row of four million stray quotes).
    let maxKeptProblems: Int

    /// An empty row that keeps at most `maxKeptProblems` problems.
    init(maxKeptProblems: Int = DataLimits.default.maxDiagnosticsPerFile) {
        self.maxKeptProblems = max(1, maxKeptProblems)
    }

    /// Notes a syntax problem: kept while there are fewer than `maxKeptProblems`, else counted.
    @inline(__always)
    mutating func note(_ problem: RawProblem) {
        if problems.count < maxKeptProblems {
            problems.append(problem)
        } else {
            problemsNotKept += 1
        }
    }

    /// Empties the row for the next one, keeping capacity.
    mutating func reset(start: Int, line: Int) {
        self.start = start
        self.line = line
        self.end = start
        cells.removeAll()
        if !keys.isEmpty { keys.removeAll(keepingCapacity: true) }
        if !items.isEmpty { items.removeAll(keepingCapacity: true) }
        scratch.removeAll()
        if !problems.isEmpty { problems.removeAll(keepingCapacity: true) }
        problemsNotKept = 0
        isFatal = false
        mayHoldForbidden = false
    }
}
