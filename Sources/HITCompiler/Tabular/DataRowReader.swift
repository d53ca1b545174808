/// Why reading a data file stopped before its end.
enum DataReadStop {
    /// An ill-formed UTF-8 sequence: the byte, its offset in the file (a
    /// byte-order mark included) and its location.
    case invalidUTF8(byte: UInt8, offset: Int, location: SourceLocation)
    /// The file could not be read, or changed size while read; where reading ended.
    case readFailed(InputFileError, location: SourceLocation)
    /// One row is longer than `DataLimits.maxRowBytes`; the line it starts on.
    case rowTooLong(line: Int)

    /// The message of E0003 for the ill-formed byte `byte` at `offset`.
    static func invalidUTF8Message(byte: UInt8, offset: Int) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "the file is not valid UTF-8: byte 0x\(hex.count == 1 ? "0" + hex : hex) at offset \(offset) does not start a valid sequence"
    }
}

/// A row reader over bytes in memory: `CSVScanner`, `TSVScanner`, `JSONLinesScanner` or
/// `JSONArrayScanner` (whose rows are the elements of one JSON array).
protocol RowScanner {
    init(bytes: ByteSpan)
    /// Reads the next row; false when the bytes hold no more (blank lines skipped).
    mutating func nextRow(into row: inout RawRow) -> Bool
    /// Where the next row starts, and its line (from 1 at the first byte).
    var position: Int { get }
    var line: Int { get }
    /// The scanner of the window's bytes once the window moved: they start
    /// where `previous` began its last `nextRow`. A scanner whose rows depend
    /// on what came before (`JSONArrayScanner`) carries that over; line-based
    /// scanners start afresh.
    init(bytes: ByteSpan, continuing previous: Self)
}

extension RowScanner {
    @inline(__always)
    init(bytes: ByteSpan, continuing previous: Self) { self.init(bytes: bytes) }
}

extension SeparatedScanner: RowScanner {}
extension JSONLinesScanner: RowScanner {}
extension JSONArrayScanner: RowScanner {}

/// Reads the rows of a data or results file through a `DataWindow`, so memory
/// stays flat however large the file: the scanner works on the window, and a
/// row that reaches the window's end is read again once the next bytes are in
/// (the window grows for a row longer than itself). A row longer than
/// `DataLimits.maxRowBytes` (a missing line break or closing quote, or a
/// hostile file) stops the reading (`rowTooLong`), and so do bytes that are not
/// UTF-8 (checked as they arrive) and a file that cannot be read or changed
/// while read. Blank lines are let go as they are passed, so a file of line
/// breaks does not grow the window either.
///
/// Positions: a row's offsets point into `bytes` (the window), whose first
/// byte is at `base` in the part read (after a byte-order mark); its `line` is
/// the line in the file (counted from the part's start). Rows and their
/// offsets stay valid until the next call; `generation` changes whenever the
/// window moves.
struct DataRowReader<Scanner: RowScanner> {
    let window: DataWindow
    private var scanner: Scanner
    /// Offset in the window up to which rows were handed out, and the scanner's line there.
    private var consumed = 0
    private var consumedLine = 1
    /// The file line of the window's first byte.
    private(set) var lineBase = 1
    /// The offset (after a byte-order mark) of the window's first byte.
    private(set) var base = 0
    /// Changes whenever the window's bytes move.
    private(set) var generation = 0
    /// Set when reading stopped early.
    private(set) var stop: DataReadStop?

    init(window: DataWindow) {
        self.window = window
        scanner = Scanner(bytes: window.bytes)
        refill()
    }

    /// Reads the rows of `file` (of its bytes `range` only, which must start at
    /// a row) through a window of `capacity` bytes, rows up to `maxRowBytes`.
    init(file: InputFile, range: Range<Int>? = nil, capacity: Int, maxRowBytes: Int) {
        self.init(window: DataWindow(file: file, range: range, capacity: capacity, maxRowBytes: maxRowBytes))
    }

    /// The window.
    var bytes: ByteSpan { window.bytes }

    /// The offset (after a byte-order mark) where the row after the last one
    /// handed out begins: past its line break, whether LF, CRLF or a lone CR.
    var nextRowOffset: Int { base + consumed }

    /// Bytes read from the file so far (a byte-order mark included).
    var bytesRead: Int { window.bytesRead }

    /// Reads the next row; false at the end of the file or once reading stopped.
    mutating func nextRow(into row: inout RawRow) -> Bool {
        while stop == nil {
            if scanner.nextRow(into: &row) {
                let complete = window.atEnd || scanner.position < window.count
                if (complete ? row.end : window.count) - row.start > window.maxRowBytes {
                    stop = .rowTooLong(line: lineBase + row.line - 1)
                    return false
                }
                if complete {
                    consumed = scanner.position
                    consumedLine = scanner.line
                    row.line += lineBase - 1
                    return true
                }
                // The row reaches the end of the window: it may go on in the next bytes.
                refill(rowLine: lineBase + row.line - 1)
            } else if window.atEnd {
                return false
            } else {
                passBlankLines()
                refill(rowLine: lineBase + consumedLine - 1)
            }
        }
        return false
    }

    /// Lets go of the blank lines after the last row handed out, up to the
    /// last line feed in the window (a row may start on the line after it), so
    /// that they take no room in the window.
    @inline(never)
    private mutating func passBlankLines() {
        var end = window.count
        while end > consumed, bytes[end - 1] != 0x0A { end -= 1 }
        guard end > consumed else { return }
        let location = DataLocator(bytes: bytes).location(of: end, anchorLine: lineBase + consumedLine - 1,
                                                          anchorOffset: consumed)
        consumed = end
        consumedLine = location.line - lineBase + 1
    }

    /// Moves the window past the rows handed out and reads on; `rowLine` is
    /// the line of the row the window must make room for (named when it cannot).
    private mutating func refill(rowLine: Int = 1) {
        lineBase += consumedLine - 1
        base += consumed
        guard window.discard(consumed) else {
            stop = .rowTooLong(line: rowLine)
            return
        }
        consumed = 0
        consumedLine = 1
        generation += 1
        do {
            try window.fill()
        } catch {
            let end = DataLocator(bytes: window.bytes).location(of: window.count, anchorLine: lineBase, anchorOffset: 0)
            stop = .readFailed(error, location: end)
            return
        }
        if let bad = window.firstInvalidUTF8() {
            let location = DataLocator(bytes: window.bytes).location(of: bad, anchorLine: lineBase, anchorOffset: 0)
            stop = .invalidUTF8(byte: window.bytes[bad], offset: window.byteOrderMarkLength + base + bad, location: location)
            return
        }
        scanner = Scanner(bytes: window.bytes, continuing: scanner)
    }
}
