/// Reads RFC 4180 rows from the bytes of a CSV file (or, with `TabSeparator`,
/// a tab-separated file quoted the same way), one row at a time.
///
/// Cells are separated by `Separator.byte` (`,` for CSV), rows by `\n`, `\r\n`
/// or `\r`. A cell that starts with `"` is quoted: it may hold separators, line
/// breaks and `""` (one quote). A quote anywhere else in an unquoted cell
/// (unless the separator takes it as text), or text after a closing quote, is
/// reported and the row is still read to its end (the quote kept as text). An unterminated quote is fatal: reading stops.
/// Lines with no bytes at all are skipped (they are not rows).
///
/// The separator is a type parameter, so each specialisation compares with a
/// constant: the comma scanner is the same code as before there were two.
struct SeparatedScanner<Separator: CellSeparator> {
    let bytes: ByteSpan
    /// Where the next row starts.
    private(set) var position = 0
    /// The line the next row starts on.
    private(set) var line = 1

    init(bytes: ByteSpan) {
        self.bytes = bytes
    }

    /// Reads the next row with at least one byte into `row`; false at the end of input
    /// or after a fatal problem.
    mutating func nextRow(into row: inout RawRow) -> Bool {
        readRow(into: &row, unquoted: Separator.unquoted, quoted: SeparatorClasses.quoted)
    }

    /// Moves `i` to the first byte that may matter, eight bytes at a time: a
    /// quote, a control character (line breaks and a tab among them), a byte of
    /// 0x80 or more, and the separator unless `inQuotes`.
    @inline(__always)
    private func skipOrdinary(_ i: inout Int, inQuotes: Bool) {
        guard let base = bytes.baseAddress else { return }
        let n = bytes.count
        while i + 8 <= n {
            let w = ByteWords.load(base + i)
            var mask = w & ByteWords.highs | ByteWords.equal(w, 0x22) | ByteWords.below(w, 0x20)
            // A control-character separator (tab) is already among the bytes below 0x20.
            if !inQuotes && Separator.byte >= 0x20 { mask |= ByteWords.equal(w, Separator.byte) }
            if mask != 0 {
                i += ByteWords.first(mask)
                return
            }
            i += 8
        }
    }

    /// The length of a NEL/LS/PS at `i` (whose lead byte is C2 or E2), or 0.
    @inline(__always)
    private func unicodeBreakLength(at i: Int) -> Int {
        let n = bytes.count
        if bytes[i] == 0xC2 { return i + 1 < n && bytes[i + 1] == 0x85 ? 2 : 0 }
        return i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) ? 3 : 0
    }

    private mutating func readRow(into row: inout RawRow, unquoted: ByteClassTable, quoted: ByteClassTable) -> Bool {
        let p = bytes
        let n = p.count
        var i = position
        while true {
            guard i < n else { position = i; return false }
            // Skip lines that hold nothing.
            if p[i] == 0x0A { i += 1; line += 1; continue }
            if p[i] == 0x0D { i += (i + 1 < n && p[i + 1] == 0x0A) ? 2 : 1; line += 1; continue }
            break
        }
        row.reset(start: i, line: line)
        var rowEnded = false
        while !rowEnded {
            let cellStart = i
            var valueStart = i
            var valueEnd = i
            var inScratch = false
            if i < n && p[i] == 0x22 {
                // Quoted cell.
                i += 1
                valueStart = i
                var hasEscapes = false
                var closed = false
                while i < n {
                    skipOrdinary(&i, inQuotes: true)
                    guard i < n else { break }
                    switch quoted[p[i]] {
                    case 0:
                        i += 1
                    case SeparatorClasses.quote:
                        if i + 1 < n && p[i + 1] == 0x22 {
                            hasEscapes = true
                            i += 2
                        } else {
                            valueEnd = i
                            i += 1
                            closed = true
                        }
                    case SeparatorClasses.lineFeed:
                        line += 1; i += 1
                    case SeparatorClasses.carriageReturn:
                        line += 1; i += (i + 1 < n && p[i + 1] == 0x0A) ? 2 : 1
                    case SeparatorClasses.maybeForbidden:
                        if ForbiddenCharacters.startsForbiddenInXML(p, at: i) { row.mayHoldForbidden = true }
                        i += 1
                    default:
                        let length = unicodeBreakLength(at: i)
                        if length > 0 { line += 1; i += length } else { i += 1 }
                    }
                    if closed { break }
                }
                guard closed else {
                    row.note(RawProblem(offset: cellStart, endOffset: cellStart + 1,
                                                   kind: .csvUnterminatedQuote))
                    row.isFatal = true
                    row.end = n
                    position = n
                    return true
                }
                if hasEscapes {
                    inScratch = true
                    let scratchStart = row.scratch.count
                    var k = valueStart
                    while k < valueEnd {
                        row.scratch.append(p[k])
                        k += p[k] == 0x22 ? 2 : 1
                    }
                    valueStart = scratchStart
                    valueEnd = row.scratch.count
                }
                if i < n && p[i] != Separator.byte && p[i] != 0x0A && p[i] != 0x0D {
                    // Text after the closing quote: report, then skip to the cell's end.
                    row.note(RawProblem(offset: i, endOffset: i + 1, kind: .csvTextAfterClosingQuote))
                    while i < n && p[i] != Separator.byte && p[i] != 0x0A && p[i] != 0x0D {
                        let length = unquoted[p[i]] == SeparatorClasses.maybeBreak ? unicodeBreakLength(at: i) : 0
                        if length > 0 { line += 1; i += length } else { i += 1 }
                    }
                }
            } else {
                // Unquoted cell.
                while true {
                    skipOrdinary(&i, inQuotes: false)
                    guard i < n else { break }
                    let c = unquoted[p[i]]
                    if c == 0 {
                        i += 1
                    } else if c == SeparatorClasses.quote {
                        if !Separator.quoteInsideCellIsText {
                            row.note(RawProblem(offset: i, endOffset: i + 1, kind: .csvStrayQuote))
                        }
                        i += 1
                    } else if c == SeparatorClasses.maybeBreak {
                        let length = unicodeBreakLength(at: i)
                        if length > 0 { line += 1; i += length } else { i += 1 }
                    } else if c == SeparatorClasses.maybeForbidden {
                        if ForbiddenCharacters.startsForbiddenInXML(p, at: i) { row.mayHoldForbidden = true }
                        i += 1
                    } else {
                        break
                    }
                }
                valueEnd = i
            }
            row.cells.append(RawCell(start: cellStart, end: i, valueStart: valueStart, valueEnd: valueEnd,
                                     inScratch: inScratch, kind: .text))
            // Delimiter or end of row.
            if i >= n {
                rowEnded = true
                row.end = i
            } else if p[i] == Separator.byte {
                i += 1
            } else {
                row.end = i
                rowEnded = true
                line += 1
                i += (p[i] == 0x0D && i + 1 < n && p[i + 1] == 0x0A) ? 2 : 1
            }
        }
        position = i
        return true
    }
}

/// The byte between cells of a `SeparatedScanner`, and its byte classes outside quotes.
protocol CellSeparator {
    static var byte: UInt8 { get }
    /// Whether a `"` inside an unquoted cell is text (else it is reported).
    static var quoteInsideCellIsText: Bool { get }
    /// `SeparatorClasses.unquoted(byte)`, built once.
    static var unquoted: ByteClassTable { get }
}

/// `,`: CSV.
enum CommaSeparator: CellSeparator {
    static var byte: UInt8 { 0x2C }
    static var quoteInsideCellIsText: Bool { false }
    static let unquoted = SeparatorClasses.unquoted(byte)
}

/// A tab: TSV (Toloka's task and results files). A `"` opens a quoted cell
/// only at the cell's start, and is text elsewhere: a JSON value may stand
/// unquoted in a cell, as pandas' `read_csv` (which toloka-kit's
/// `get_assignments_df` reads the results with) takes it.
enum TabSeparator: CellSeparator {
    static var byte: UInt8 { 0x09 }
    static var quoteInsideCellIsText: Bool { true }
    static let unquoted = SeparatorClasses.unquoted(byte)
}

/// A comma-separated file's scanner.
typealias CSVScanner = SeparatedScanner<CommaSeparator>
/// A tab-separated file's scanner.
typealias TSVScanner = SeparatedScanner<TabSeparator>

/// The byte classes of `SeparatedScanner` (0 is an ordinary byte).
enum SeparatorClasses {
    static let separator: UInt8 = 1, quote: UInt8 = 2, lineFeed: UInt8 = 3,
        carriageReturn: UInt8 = 4, maybeBreak: UInt8 = 5, maybeForbidden: UInt8 = 6

    /// Classes outside quotes; C2 and E2 lead NEL (C2 85) and LS/PS (E2 80 A8/A9),
    /// which `SourceFile` counts as line breaks; the other control characters
    /// but tab, and EF (which leads U+FFFE and U+FFFF), may be characters XML forbids.
    static func unquoted(_ separator: UInt8) -> ByteClassTable {
        ByteClassTable(ForbiddenCharacters.leadsOfForbiddenInXML(as: maybeForbidden).merging(
            [separator: Self.separator, 0x22: quote, 0x0A: lineFeed, 0x0D: carriageReturn, 0xC2: maybeBreak, 0xE2: maybeBreak]) { $1 })
    }

    /// Classes inside quotes: a separator is text.
    static let quoted = ByteClassTable(ForbiddenCharacters.leadsOfForbiddenInXML(as: maybeForbidden).merging(
        [0x22: quote, 0x0A: lineFeed, 0x0D: carriageReturn, 0xC2: maybeBreak, 0xE2: maybeBreak]) { $1 })
}
