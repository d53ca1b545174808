/// Splits a JSON document that is one top-level array into its elements, one
/// row per element, so a platform's export (a single array of nested objects)
/// streams through `DataRowReader` like the lines of a JSON Lines file.
///
/// The scanner only finds where each element ends: strings (and their
/// escapes) are skipped, brackets counted and matched, up to `maxDepth` deep
/// (deeper is an error, never a deep recursion). The element's bytes are then
/// parsed by `JSONValueParser`. A row is `[start, end)` of one element; the
/// separator after it (`,` or the closing `]`) belongs to the row, so the
/// scanner knows where it stands when the window moves
/// (`init(bytes:continuing:)`). `[]` gives one empty row (`start == end`).
///
/// A problem in the array's structure (no `[`, a missing `,`, a bracket that
/// does not match, the file ending inside) is noted on the row and marks it
/// fatal: past it no element boundary can be trusted.
struct JSONArrayScanner {
    /// Where the scanner stands between rows.
    enum Phase: UInt8 {
        /// Before the opening `[`.
        case start
        /// After `[`: an element or `]`.
        case first
        /// After `,`: an element.
        case next
        /// After the closing `]`: only white space.
        case done
        /// After a fatal problem: nothing more is read.
        case failed
    }

    /// Values nest at most this deep in an element (a platform's export nests
    /// about 6 deep).
    static let maxDepth = 64

    let bytes: ByteSpan
    private(set) var position = 0
    private(set) var line = 1
    private var phase = Phase.start
    /// The phase when the last `nextRow` began (carried over when the window moves).
    private var startPhase = Phase.start
    /// The column at `position` when the last `nextRow` began (carried over too).
    private var startColumn = 1
    /// A forward-only cursor for columns: the column at `cursorOffset`.
    private var cursorOffset = 0
    private var cursorColumn = 1

    init(bytes: ByteSpan) {
        self.bytes = bytes
    }

    init(bytes: ByteSpan, continuing previous: JSONArrayScanner) {
        self.bytes = bytes
        phase = previous.startPhase
        startPhase = previous.startPhase
        startColumn = previous.startColumn
        cursorColumn = previous.startColumn
    }

    /// The column (in Unicode scalars, as `DataLocator` counts) at `target`,
    /// which must not be before the last offset asked about: the scalars
    /// since the last line break before it, or since the cursor.
    private mutating func column(at target: Int) -> Int {
        guard target > cursorOffset else { return cursorColumn }
        let p = bytes
        var from = cursorOffset
        var column = cursorColumn
        var k = target
        while k > cursorOffset {
            let b = p[k - 1]
            let isBreakEnd = b == 0x0A || b == 0x0D
                || (b == 0x85 && k - 2 >= cursorOffset && p[k - 2] == 0xC2)
                || ((b == 0xA8 || b == 0xA9) && k - 3 >= cursorOffset && p[k - 3] == 0xE2 && p[k - 2] == 0x80)
            if isBreakEnd {
                from = k
                column = 1
                break
            }
            k -= 1
        }
        var scalars = 0
        for i in from..<target where p[i] & 0xC0 != 0x80 { scalars += 1 }
        cursorOffset = target
        cursorColumn = column + scalars
        return cursorColumn
    }

    /// Reads the next element into `row` (its cells left empty); false once
    /// the array is closed and only white space is left, or after a fatal problem.
    mutating func nextRow(into row: inout RawRow) -> Bool {
        startPhase = phase
        startColumn = column(at: position)
        let p = bytes
        let n = p.count
        var i = position
        var line = self.line
        // Where the scan of this row began (a row that ends early starts here).
        let begin = i
        let beginLine = line

        func skipSpace() {
            while i < n {
                let b = p[i]
                if b == 0x20 || b == 0x09 { i += 1; continue }
                if b == 0x0A || b == 0x0D {
                    i += (b == 0x0D && i + 1 < n && p[i + 1] == 0x0A) ? 2 : 1
                    line += 1
                    continue
                }
                break
            }
        }

        /// Ends the row with a fatal problem at `offset`.
        func fail(_ error: JSONDocumentError, at offset: Int, rowStart: Int, rowLine: Int) -> Bool {
            row.reset(start: rowStart, line: rowLine)
            row.column = column(at: rowStart)
            row.end = min(max(offset, rowStart), n)
            row.note(RawProblem(offset: offset, endOffset: min(offset + 1, max(offset, n)), kind: .jsonDocument(error)))
            row.isFatal = true
            phase = .failed
            // Past the problem's byte, so the row is complete unless the file ends there.
            position = min(offset + 1, n)
            self.line = line
            return true
        }

        switch phase {
        case .failed:
            return false
        case .done:
            skipSpace()
            if i == n {
                position = n
                self.line = line
                return false
            }
            return fail(.textAfterArray, at: i, rowStart: i, rowLine: line)
        case .start:
            skipSpace()
            guard i < n else {
                // Nothing yet (or an empty file): the row ends with the bytes.
                return fail(.expectedArray, at: n, rowStart: begin, rowLine: beginLine)
            }
            guard p[i] == 0x5B else { return fail(.expectedArray, at: i, rowStart: i, rowLine: line) }
            i += 1
            skipSpace()
            if i < n, p[i] == 0x5D {
                // `[]`: one empty row, past the `]`.
                row.reset(start: i, line: line)
                row.column = column(at: i)
                i += 1
                phase = .done
                position = i
                self.line = line
                return true
            }
        case .first, .next:
            skipSpace()
        }
        guard i < n else { return fail(.unexpectedEnd, at: n, rowStart: begin, rowLine: beginLine) }
        if p[i] == 0x5D {
            return fail(phase == .next ? .trailingComma : .unexpectedCloser("]"), at: i, rowStart: i, rowLine: line)
        }
        row.reset(start: i, line: line)
        row.column = column(at: i)
        let elementLine = line
        if let problem = skipElement(&i, &line) {
            let (error, offset) = problem
            self.line = line
            return fail(error, at: offset, rowStart: row.start, rowLine: elementLine)
        }
        row.end = i
        skipSpace()
        guard i < n else { return fail(.unexpectedEnd, at: n, rowStart: row.start, rowLine: elementLine) }
        switch p[i] {
        case 0x2C: phase = .next
        case 0x5D: phase = .done
        default: return fail(.expectedCommaOrBracketAfterElement, at: i, rowStart: row.start, rowLine: elementLine)
        }
        position = i + 1
        self.line = line
        return true
    }

    /// Moves `i` past one element (a string, a scalar, or brackets counted
    /// and matched); nil when it ends, else the problem and where.
    private func skipElement(_ i: inout Int, _ line: inout Int) -> (JSONDocumentError, Int)? {
        let p = bytes
        let n = p.count
        // The open brackets, innermost last: true for `{`.
        var stack: [Bool] = []
        repeat {
            guard i < n else { return (.unexpectedEnd, n) }
            let b = p[i]
            switch b {
            case 0x22:
                i += 1
                while true {
                    guard i < n else { return (.unterminatedString, n) }
                    let c = p[i]
                    if c == 0x22 { i += 1; break }
                    if c == 0x5C { i += 2; continue }
                    if c == 0x0A || c == 0x0D || c == 0xC2 || c == 0xE2,
                       let length = DataLocator.lineBreakLength(p, at: i) {
                        line += 1
                        i += length
                        continue
                    }
                    i += 1
                }
            case 0x7B, 0x5B:
                guard stack.count < Self.maxDepth else { return (.tooDeep(Self.maxDepth), i) }
                stack.append(b == 0x7B)
                i += 1
            case 0x7D, 0x5D:
                guard let open = stack.popLast() else {
                    return (.unexpectedCloser(Character(Unicode.Scalar(b))), i)
                }
                if open != (b == 0x7D) {
                    return (.mismatchedBracket(expected: open ? "}" : "]", found: Character(Unicode.Scalar(b))), i)
                }
                i += 1
            case 0x0A, 0x0D:
                i += (b == 0x0D && i + 1 < n && p[i + 1] == 0x0A) ? 2 : 1
                line += 1
            default:
                if stack.isEmpty {
                    // A scalar: up to the byte that ends it (checked by the parser).
                    while i < n, !Self.endsScalar(p[i]) { i += 1 }
                    return i < n ? nil : (.unexpectedEnd, n)
                }
                if (b == 0xC2 || b == 0xE2), let length = DataLocator.lineBreakLength(p, at: i) {
                    line += 1
                    i += length
                } else {
                    i += 1
                }
            }
        } while !stack.isEmpty
        return nil
    }

    /// Whether a top-level scalar ends before byte `b`.
    private static func endsScalar(_ b: UInt8) -> Bool {
        b == 0x2C || b == 0x5D || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }
}
