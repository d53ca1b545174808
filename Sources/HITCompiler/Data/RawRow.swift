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
struct RawCell {
    /// First byte of the cell as written (an opening quote included).
    var start: Int
    /// One past its last byte as written.
    var end: Int
    /// The value's bytes, in the file or in `RawRow.scratch`.
    var valueStart: Int
    var valueEnd: Int
    var inScratch: Bool
    var kind: RawValueKind
    /// For `list`: the entries, `RawRow.items[firstItem ..< firstItem + itemCount]`.
    var firstItem: Int = 0
    var itemCount: Int = 0
    /// JSON Lines only: the key, decoded, and where it is written.
    var keyStart: Int = 0
    var keyEnd: Int = 0
    var keyInScratch: Bool = false
    var keyRawStart: Int = 0
    var keyRawEnd: Int = 0
    /// The column the cell belongs to (CSV: its index; JSON Lines: resolved from the key).
    var slot: Int = -1

    /// Bytes of the value as written: empty when it has none.
    var valueCount: Int { valueEnd - valueStart }
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
}

/// The row being read, reused from row to row so reading allocates nothing per row.
struct RawRow {
    /// Where the row starts (the first byte of its first cell) and the line it is on.
    var start = 0
    var line = 1
    /// One past the last byte of the row, its line break excluded.
    var end = 0
    var cells: [RawCell] = []
    var items: [RawItem] = []
    /// Unescaped values and keys (shared by copies of the row: read a row before reading the next).
    let scratch = ScratchBytes()
    var problems: [RawProblem] = []
    /// Set when the reader cannot go on past this row (an unterminated quote).
    var isFatal = false

    init() {
        cells.reserveCapacity(32)
    }

    /// Empties the row for the next one, keeping capacity.
    mutating func reset(start: Int, line: Int) {
        self.start = start
        self.line = line
        self.end = start
        cells.removeAll(keepingCapacity: true)
        if !items.isEmpty { items.removeAll(keepingCapacity: true) }
        scratch.removeAll()
        if !problems.isEmpty { problems.removeAll(keepingCapacity: true) }
    }
}
