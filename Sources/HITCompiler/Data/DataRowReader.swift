/// Why reading a data file stopped before its end.
enum DataReadStop {
    /// An ill-formed UTF-8 sequence: the byte, its offset in the file (a
    /// byte-order mark included) and its location.
    case invalidUTF8(byte: UInt8, offset: Int, location: SourceLocation)
    /// The file could not be read, or changed size while read; where reading ended.
    case readFailed(InputFileError, location: SourceLocation)
    /// One row is longer than the window may grow; the line it starts on.
    case rowTooLong(line: Int)
}

/// Reads the rows of a data file through a `DataWindow`: the scanner works on
/// the window, and a row that reaches the window's end is read again once the
/// next bytes are in (the window grows for a row longer than itself, up to
/// `DataLimits.maxRowBytes`). Bytes are checked to be UTF-8 as they arrive.
///
/// Positions: a row's offsets point into `bytes` (the window), whose first
/// byte is at `base` in the file (after a byte-order mark); its `line` is the
/// line in the file. Rows and their offsets stay valid until the next call;
/// `generation` changes whenever the window moves.
struct DataRowReader<Scanner: RowScanner> {
    let window: DataWindow
    private var scanner: Scanner
    /// Offset in the window up to which rows were handed out, and the scanner's line there.
    private var consumed = 0
    private var consumedLine = 1
    /// The file line of the window's first byte.
    private var lineBase = 1
    /// The file offset (after a byte-order mark) of the window's first byte.
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

    /// The window.
    var bytes: UnsafeBufferPointer<UInt8> { window.bytes }

    /// Reads the next row; false at the end of the file or once reading stopped.
    mutating func nextRow(into row: inout RawRow) -> Bool {
        while stop == nil {
            if scanner.nextRow(into: &row) {
                if window.atEnd || scanner.position < window.count {
                    consumed = scanner.position
                    consumedLine = scanner.line
                    row.line += lineBase - 1
                    return true
                }
                // The row reaches the end of the window: it may go on in the next bytes.
            } else if window.atEnd {
                return false
            }
            refill()
        }
        return false
    }

    private mutating func refill() {
        lineBase += consumedLine - 1
        base += consumed
        guard window.discard(consumed) else {
            stop = .rowTooLong(line: lineBase)
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
        scanner = Scanner(bytes: window.bytes)
    }
}
