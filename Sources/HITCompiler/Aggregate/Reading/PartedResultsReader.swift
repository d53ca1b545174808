import Foundation

/// Reads a large results file (a platform's CSV, JSON Lines of judgments or
/// of submissions, or a long CSV
/// the `LongCSVFastReader` gave up on) on every core with the full reader: the
/// data rows are cut at row boundaries into one part per core, each part is
/// read by its own `ResultsReadRun` into its own store, and the stores are
/// merged in file order, so ids are numbered as one reader going through the
/// file would number them.
///
/// It gives up (nil) on anything it would have to report: a header or row
/// with any diagnostic, ignored columns. The caller then reads the file
/// again in one pass, which reports what it finds with exact row numbers: this
/// way never decides what is an error.
///
/// A CSV is cut only at a line break after an even number of `"` since the
/// header: RFC 4180 doubles quotes inside quoted cells, so an odd count means
/// the line break is inside a quoted cell. JSON Lines can be cut at any line break.
struct PartedResultsReader {
    let questions: [Question]
    let forced: ResultsFormat?
    let limits: DataLimits
    let chunkSize: Int
    let progress: (@Sendable (Int, Int) -> Void)?
    let parts: Int
    let minimumPartBytes: Int
    /// The spec's `data.key` (`ResultsReader.itemKeyField`).
    var itemKeyField: String? = nil

    /// What was read; nil to read the file in one pass instead.
    struct Read {
        var store: JudgmentStore
        var format: ResultsFormat
        var rows: Int
        var blankAnswers: Int
        var rejected: Int
    }

    /// Reads `file` in parts; nil to read it in one pass instead.
    func read(_ file: InputFile, jsonLines: Bool) -> Read? {
        let size = file.size
        let count = min(max(1, parts), LongCSVFastReader.maximumParts, size / max(1, minimumPartBytes))
        guard count > 1 else { return nil }
        var header: (layout: CSVLayout, dataStart: Int)?
        if !jsonLines {
            guard let found = csvHeader(file) else { return nil }
            header = found
        }
        let layout = header?.layout
        let dataStart = header?.dataStart ?? 0
        let bounds = Self.cuts(file, start: dataStart, end: size, count: count, quoted: !jsonLines)
        let bom = Self.byteOrderMarkLength(file)
        let (questions, forced, limits, chunkSize, itemKeyField) = (questions, forced, limits, chunkSize, itemKeyField)
        let firstPartProgress = progress.map { Self.scaled($0, start: dataStart, parts: bounds.count - 1, size: size) }
        var runs = ParallelWork.collect(bounds.count - 1) { k -> ResultsReadRun? in
            let range = bounds[k]..<bounds[k + 1]
            let run = ResultsReadRun(file: "", questions: questions, forced: forced, limits: limits,
                                     size: range.count, progress: k == 0 ? firstPartProgress : nil)
            run.itemKeyField = itemKeyField
            // Offsets count from after a byte-order mark, which only the first part skips.
            run.offsetBase = k == 0 ? 0 : range.lowerBound - bom
            var row = RawRow(maxKeptProblems: run.sink.limit)
            if let layout {
                var rows: DataRowReader<CSVScanner> = DataRowReader(file: file, range: range, capacity: chunkSize,
                                                                      maxRowBytes: limits.maxRowBytes)
                run.readCSVRows(&rows, &row, layout)
                run.finishReading(rows)
            } else {
                var rows: DataRowReader<JSONLinesScanner> = DataRowReader(file: file, range: range, capacity: chunkSize,
                                                                      maxRowBytes: limits.maxRowBytes)
                run.readJSONLines(&rows)
                run.finishReading(rows)
            }
            return run.sink.isEmpty ? run : nil
        }
        // Every part must have read the same shape (JSON Lines decide it by their first line).
        guard runs.allSatisfy({ $0 != nil }), let first = runs[0], let format = first.format,
              runs.allSatisfy({ $0?.format == format }) else { return nil }
        var read = Read(store: first.store, format: format, rows: 0, blankAnswers: 0, rejected: 0)
        for k in runs.indices {
            let run = runs[k]!
            runs[k] = nil
            read.rows += run.rows
            read.blankAnswers += run.blankAnswers
            read.rejected += run.rejected
            if k > 0 { read.store.append(run.store) }
        }
        return read.rows > 0 ? read : nil
    }

    /// Progress of the whole file from that of the first of `parts` parts.
    private static func scaled(_ progress: @escaping @Sendable (Int, Int) -> Void, start: Int, parts: Int,
                               size: Int) -> @Sendable (Int, Int) -> Void {
        { done, _ in progress(min(size, start + done * parts), size) }
    }

    /// The header's layout and where the data rows start; nil when the header
    /// has anything to report (the one-pass reader reports it).
    private func csvHeader(_ file: InputFile) -> (layout: CSVLayout, dataStart: Int)? {
        let run = ResultsReadRun(file: "", questions: questions, forced: forced, limits: limits, size: file.size, progress: nil)
        run.itemKeyField = itemKeyField
        var rows = DataRowReader<CSVScanner>(file: file, capacity: 1 << 16, maxRowBytes: limits.maxRowBytes)
        var row = RawRow(maxKeptProblems: run.sink.limit)
        // Ignored columns are reported (W0012) only once the file is read: one pass does that.
        guard let layout = run.readCSVHeader(&rows, &row), run.sink.isEmpty, run.unknownColumns.isEmpty,
              rows.stop == nil else { return nil }
        // Offsets in the window count from after a byte-order mark.
        return (layout, rows.window.byteOrderMarkLength + rows.nextRowOffset)
    }

    /// 3 when the file starts with a UTF-8 byte-order mark, else 0.
    private static func byteOrderMarkLength(_ file: InputFile) -> Int {
        var mark: [UInt8] = [0, 0, 0]
        let n = (try? mark.withUnsafeMutableBytes { buffer throws(InputFileError) in try file.read(into: buffer, at: 0) }) ?? 0
        return n == 3 && mark == [0xEF, 0xBB, 0xBF] ? 3 : 0
    }

    /// Offsets cutting `[start, end)` into about `count` parts, each just after a
    /// line break that ends a row (with `quoted`, after an even number of `"`
    /// since `start`).
    static func cuts(_ file: InputFile, start: Int, end: Int, count: Int, quoted: Bool) -> [Int] {
        var bounds = [start]
        var position = start
        var quotes = 0
        for k in 1..<count {
            let target = max(position, start + (end - start) * k / count)
            if quoted { quotes += countQuotes(file, position..<target) }
            guard let cut = rowStart(file, from: target, end: end, quotes: &quotes, quoted: quoted), cut < end else { break }
            bounds.append(cut)
            position = cut
        }
        bounds.append(end)
        return bounds
    }

    /// The offset after the first line break at or after `from` that ends a row;
    /// `quotes` counts the quotes passed on the way.
    private static func rowStart(_ file: InputFile, from: Int, end: Int, quotes: inout Int, quoted: Bool) -> Int? {
        var window = [UInt8](repeating: 0, count: 1 << 16)
        var position = from
        while position < end {
            let n = read(file, into: &window, at: position, upTo: end)
            guard n > 0 else { return nil }
            for i in 0..<n {
                if window[i] == 0x22 {
                    quotes += 1
                } else if window[i] == 0x0A, !quoted || quotes & 1 == 0 {
                    return position + i + 1
                }
            }
            position += n
        }
        return nil
    }

    /// The number of `"` bytes in `range` of the file, eight bytes at a time.
    static func countQuotes(_ file: InputFile, _ range: Range<Int>) -> Int {
        var buffer = [UInt64](repeating: 0, count: 1 << 17)
        var position = range.lowerBound
        var total = 0
        while position < range.upperBound {
            let n = read(file, into: &buffer, at: position, upTo: range.upperBound)
            guard n > 0 else { break }
            buffer.withUnsafeBytes { raw in
                let words = n / 8
                let lanes: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
                for w in 0..<words {
                    // A lane's high bit ends up clear exactly when the byte is `"`.
                    let x = raw.load(fromByteOffset: w * 8, as: UInt64.self) ^ 0x2222_2222_2222_2222
                    let nonzero = ((x & lanes) &+ lanes) | x
                    total += 8 - (nonzero & ~lanes).nonzeroBitCount
                }
                for i in words * 8..<n where raw[i] == 0x22 { total += 1 }
            }
            position += n
        }
        return total
    }

    /// Reads into `buffer` from `offset`, not past `end`; the bytes read, 0 at
    /// the end or when the file cannot be read (the reading that follows reports it).
    private static func read<Element>(_ file: InputFile, into buffer: inout [Element], at offset: Int, upTo end: Int) -> Int {
        let n = try? buffer.withUnsafeMutableBytes { raw throws(InputFileError) in
            try file.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[..<min(raw.count, end - offset)]), at: offset)
        }
        return n ?? 0
    }
}
