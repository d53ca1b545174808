/// The bytes of a data or results file that are in memory: a window that
/// slides over an open file (read with `pread(2)` into memory this owns, so
/// memory stays flat however large the file, and a file truncated meanwhile is
/// an error, never a signal), or a buffer the caller already holds (all of it,
/// at once). The one home of reading rows from a file a window at a time:
/// `DataRowReader` reads rows through it, and so does the quick reader of
/// results files (`LongCSVPart`).
///
/// A window may read only a part of the file (`range`), so that parts of one
/// file can be read at once on several cores. Offsets are counted from the
/// part's start, after a UTF-8 byte-order mark, which is skipped (only at the
/// file's start). The part is read up to its end as the file was when opened:
/// reading ends early when the file shrank, and, for a part that ends at the
/// file's end, one byte is tried past it to see whether the file grew; both
/// throw `InputFileError.changedSize`.
///
/// The window grows to hold one long row, up to `maxRowBytes` (plus one byte,
/// to see the row's end): never to the size of the file.
final class DataWindow {
    private let file: InputFile?
    /// The part of the file read (all of it by default).
    private let range: Range<Int>
    /// The caller's bytes (after a byte-order mark) when they are all in memory.
    private let memory: ByteSpan?
    /// The window's memory when it reads a file (nil for bytes in memory).
    private var storage: UnsafeMutablePointer<UInt8>?
    /// Bytes the window holds at most now.
    private var capacity: Int
    /// The most bytes the window may grow to, to hold one long row.
    private let maxCapacity: Int
    /// The longest row a reader of this window hands out (`DataLimits.maxRowBytes`;
    /// unlimited for bytes in memory).
    let maxRowBytes: Int
    /// The window's first byte.
    private var start: UnsafePointer<UInt8>?
    /// Bytes in the window.
    private(set) var count: Int
    /// True once the whole part is in or behind the window.
    private(set) var atEnd: Bool
    /// Bytes of the part read from the file, a byte-order mark included.
    private(set) var bytesRead = 0
    /// 3 when the file starts with a UTF-8 byte-order mark (and the part starts
    /// at the file's start), else 0.
    private(set) var byteOrderMarkLength = 0
    /// Bytes at the start of the window already checked to be UTF-8.
    private var validated = 0
    /// Set once the first bytes were read (and a byte-order mark skipped).
    private var started = false

    /// A window of `capacity` bytes over the bytes `range` of `file` (all of
    /// it when nil; a part must start at a row), growing up to `maxRowBytes`
    /// (plus one byte, to see the row's end) when one row does not fit.
    init(file: InputFile, range: Range<Int>? = nil, capacity: Int, maxRowBytes: Int) {
        self.file = file
        self.range = range ?? 0..<file.size
        memory = nil
        self.capacity = max(64, min(capacity, self.range.count + 1))
        self.maxRowBytes = max(1, maxRowBytes)
        maxCapacity = max(self.capacity, min(self.maxRowBytes, Int.max - 1) + 1)
        storage = .allocate(capacity: self.capacity)
        start = UnsafePointer(storage)
        count = 0
        atEnd = false
    }

    /// All of `bytes` at once (not copied: they must outlive the window).
    init(memory bytes: ByteSpan) {
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        let body = bytes.span(from: bom)
        file = nil
        range = 0..<bytes.count
        memory = body
        capacity = body.count
        maxCapacity = body.count
        maxRowBytes = Int.max
        start = body.baseAddress
        count = body.count
        atEnd = true
        started = true
        byteOrderMarkLength = bom
    }

    deinit { storage?.deallocate() }

    /// The window's bytes.
    var bytes: ByteSpan { ByteSpan(start: start, count: count) }

    /// Drops the first `n` bytes. With none to drop (one row fills the window),
    /// grows the window instead; false when it may not grow any more.
    func discard(_ n: Int) -> Bool {
        guard n > 0 else {
            guard count == capacity, file != nil else { return true }
            guard capacity < maxCapacity else { return false }
            grow()
            return true
        }
        if let storage {
            storage.update(from: storage + n, count: count - n)
        } else {
            start = start.map { $0 + n }
        }
        count -= n
        validated = max(0, validated - n)
        return true
    }

    private func grow() {
        let larger = capacity > maxCapacity / 2 ? maxCapacity : capacity * 2
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        if let storage {
            bigger.update(from: storage, count: count)
            storage.deallocate()
        }
        storage = bigger
        start = UnsafePointer(bigger)
        capacity = larger
    }

    /// Reads until the window is full or the part's bytes are all in.
    func fill() throws(InputFileError) {
        guard let file, let storage, !atEnd else { return }
        while count < capacity && bytesRead < range.count {
            let want = min(capacity - count, range.count - bytesRead)
            let n = try file.read(into: UnsafeMutableRawBufferPointer(start: storage + count, count: want),
                                  at: range.lowerBound + bytesRead)
            if n == 0 { throw .changedSize(opened: file.size, read: range.lowerBound + bytesRead) }
            count += n
            bytesRead += n
        }
        if bytesRead == range.count {
            if range.upperBound == file.size {
                var extra: UInt8 = 0
                let more = try withUnsafeMutableBytes(of: &extra) { byte in
                    Result { () throws(InputFileError) in try file.read(into: byte, at: file.size) }
                }.get()
                if more > 0 { throw .changedSize(opened: file.size, read: file.size + more) }
            }
            atEnd = true
        }
        if !started {
            started = true
            if range.lowerBound == 0, count >= 3, storage[0] == 0xEF, storage[1] == 0xBB, storage[2] == 0xBF {
                byteOrderMarkLength = 3
                storage.update(from: storage + 3, count: count - 3)
                count -= 3
            }
        }
    }

    /// The offset of the first ill-formed UTF-8 byte among the bytes not
    /// checked yet; a sequence the window's end may cut is checked next time.
    func firstInvalidUTF8() -> Int? {
        guard let start else { return nil }
        var end = count
        if !atEnd {
            // Leave the last multi-byte sequence (up to 4 bytes) for the next time.
            var back = 0
            while end > validated, back < 3, start[end - 1] & 0xC0 == 0x80 {
                end -= 1
                back += 1
            }
            if end > validated, start[end - 1] >= 0xC0 { end -= 1 }
        }
        let from = validated
        guard end > from else { return nil }
        validated = end
        return UTF8Validation.firstInvalidOffset(in: ByteSpan(start: start + from, count: end - from))
            .map { $0 + from }
    }

    /// The bytes `wanted` of the part (offsets after a byte-order mark), read
    /// again (for a position found after the window moved on); fewer when the
    /// file is shorter now.
    func reread(_ wanted: Range<Int>) -> [UInt8] {
        guard let file else {
            guard let memory else { return [] }
            let from = min(wanted.lowerBound, memory.count), to = min(wanted.upperBound, memory.count)
            return Array(memory.span(from..<to).buffer)
        }
        var out = [UInt8](repeating: 0, count: wanted.count)
        var got = 0
        while got < out.count {
            let n = (try? out.withUnsafeMutableBytes { buffer throws(InputFileError) in
                try file.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[got...]),
                              at: range.lowerBound + byteOrderMarkLength + wanted.lowerBound + got)
            }) ?? 0
            if n == 0 { break }
            got += n
        }
        out.removeLast(out.count - got)
        return out
    }
}

/// An open file shared by the parts of one file read at once (`PartedResultsReader`,
/// `LongCSVFastReader`): `InputFile`'s properties are constants and parts read
/// with `pread(2)`, which leaves the file's position alone, so reading from
/// several threads is safe.
extension InputFile: @unchecked Sendable {}
