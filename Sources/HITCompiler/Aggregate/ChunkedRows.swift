import Foundation

/// A row reader over bytes in memory: `CSVScanner` or `JSONLinesScanner`.
protocol RowScanner {
    init(bytes: UnsafeBufferPointer<UInt8>)
    mutating func nextRow(into row: inout RawRow) -> Bool
    var position: Int { get }
    var line: Int { get }
}

extension CSVScanner: RowScanner {}
extension JSONLinesScanner: RowScanner {}

/// Reads the rows of a file a chunk at a time, so memory stays flat however
/// large the file: the scanner works on the current chunk, and a row that
/// reaches the end of the chunk is read again once the next bytes are in (a
/// row longer than the chunk doubles it). Rows (and their scratch bytes) are
/// valid until the next call. A UTF-8 byte-order mark is skipped; bytes are
/// checked to be UTF-8 as they arrive. A row longer than `maxRowBytes` (a
/// missing line break or closing quote, or a hostile file) stops the reading
/// (`rowTooLong`) instead of growing the chunk without bound.
///
/// Positions: a row's offsets point into `bytes` (the current chunk); its
/// line in the file is `lineBase + row.line - 1`.
struct ChunkedRows<Scanner: RowScanner> {
    private let buffer: ChunkBuffer
    private var scanner: Scanner
    /// Offset in the chunk up to which rows were handed out, and the scanner's line there.
    private var consumed = 0
    private var consumedLine = 1
    /// The file line of the chunk's first byte.
    private(set) var lineBase = 1
    /// File offset (after a byte-order mark) of the chunk's first byte.
    private(set) var chunkOffset = 0
    /// Set when the bytes are not UTF-8: the offset in the file and the location.
    private(set) var invalidUTF8: (offset: Int, location: SourceLocation)?
    /// Set when reading failed.
    private(set) var readError: String?
    /// Set when a row is longer than `maxRowBytes`: where it starts.
    private(set) var rowTooLong: SourceLocation?
    /// The longest row read.
    let maxRowBytes: Int

    init(handle: FileHandle, chunkSize: Int = 4 << 20, maxRowBytes: Int = ResultsReader.defaultMaxRowBytes) {
        buffer = ChunkBuffer(handle: handle, capacity: chunkSize, range: nil)
        scanner = Scanner(bytes: buffer.bytes)
        self.maxRowBytes = maxRowBytes
    }

    /// Rows of the bytes `range` of the file only (read with `pread`, so parts of
    /// one file can be read at once); the range must start at a row. A byte-order
    /// mark is skipped only at offset 0; `chunkOffset` counts from the range's start.
    init(handle: FileHandle, range: Range<Int>, chunkSize: Int = 4 << 20,
         maxRowBytes: Int = ResultsReader.defaultMaxRowBytes) {
        buffer = ChunkBuffer(handle: handle, capacity: chunkSize, range: range)
        scanner = Scanner(bytes: buffer.bytes)
        self.maxRowBytes = maxRowBytes
    }

    /// The current chunk.
    var bytes: UnsafeBufferPointer<UInt8> { buffer.bytes }

    /// The offset (after a byte-order mark, from the range's start) where the
    /// row after the last one handed out begins: past its line break, whether
    /// LF, CRLF or a lone CR.
    var nextRowOffset: Int { chunkOffset + consumed }

    /// Bytes read from the file so far.
    var bytesRead: Int { buffer.bytesRead }

    /// Reads the next row; false at the end of the file or after an error.
    mutating func nextRow(into row: inout RawRow) -> Bool {
        while true {
            if invalidUTF8 != nil || readError != nil || rowTooLong != nil { return false }
            if scanner.nextRow(into: &row) {
                let complete = buffer.atEnd || scanner.position < buffer.count
                if (complete ? row.end : buffer.count) - row.start > maxRowBytes {
                    stopAtLongRow(startingAt: row.start)
                    return false
                }
                if complete {
                    consumed = scanner.position
                    consumedLine = scanner.line
                    return true
                }
                // The row reaches the end of the chunk: it may go on in the next bytes.
            } else if buffer.atEnd {
                return false
            }
            refill()
        }
    }

    /// Stops reading at a row longer than `maxRowBytes` that starts at `start` in the chunk.
    @inline(never)
    private mutating func stopAtLongRow(startingAt start: Int) {
        // Rows before it were handed out up to `consumed`, a line start.
        rowTooLong = DataLocator(bytes: buffer.bytes).location(of: start, anchorLine: lineBase + consumedLine - 1,
                                                              anchorOffset: consumed)
    }

    private mutating func refill() {
        lineBase += consumedLine - 1
        chunkOffset += consumed
        buffer.discard(consumed)
        consumed = 0
        consumedLine = 1
        if let error = buffer.fill() {
            readError = error
            return
        }
        if let bad = buffer.firstInvalidUTF8() {
            let location = DataLocator(bytes: buffer.bytes).location(of: bad, anchorLine: lineBase, anchorOffset: 0)
            invalidUTF8 = (chunkOffset + bad, location)
        }
        scanner = Scanner(bytes: buffer.bytes)
    }
}

/// The bytes of the current chunk, owned so that row offsets stay valid.
private final class ChunkBuffer {
    let handle: FileHandle
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    private(set) var atEnd = false
    private(set) var bytesRead = 0
    private var started = false
    /// Bytes at the start of the chunk already checked to be UTF-8.
    private var validated = 0
    /// The part of the file to read (with `pread`), or nil for the handle's bytes from where it is.
    private let range: Range<Int>?

    init(handle: FileHandle, capacity: Int, range: Range<Int>?) {
        self.handle = handle
        self.capacity = max(capacity, 64)
        self.range = range
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Drops the first `n` bytes.
    func discard(_ n: Int) {
        guard n > 0 else {
            // Nothing could be handed out: the chunk holds less than one row.
            if count == capacity { grow() }
            return
        }
        (base).update(from: base + n, count: count - n)
        count -= n
        validated = max(0, validated - n)
    }

    private func grow() {
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    /// Reads until the chunk is full or the file ends; an error message on failure.
    func fill() -> String? {
        let fd = handle.fileDescriptor
        while count < capacity && !atEnd {
            let n: Int
            if let range {
                let want = min(capacity - count, range.count - bytesRead)
                n = want > 0 ? pread(fd, base + count, want, off_t(range.lowerBound + bytesRead)) : 0
            } else {
                n = read(fd, base + count, capacity - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            if n == 0 { atEnd = true }
            count += n
            bytesRead += n
        }
        if !started {
            started = true
            if (range?.lowerBound ?? 0) == 0, count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { discard(3) }
        }
        return nil
    }

    /// The offset of the first ill-formed UTF-8 byte among the new bytes, up to
    /// the last line break (a sequence cut by the chunk's end is checked next time).
    func firstInvalidUTF8() -> Int? {
        var end = count
        if !atEnd {
            while end > validated && base[end - 1] != 0x0A && base[end - 1] != 0x0D { end -= 1 }
        }
        guard end > validated else { return nil }
        let slice = UnsafeBufferPointer(start: base + validated, count: end - validated)
        let bad = DataUTF8Validation.firstInvalidOffset(in: slice).map { $0 + validated }
        validated = end
        return bad
    }
}
