/// The bytes of a data file that are in memory: a window that slides over an
/// open file (read with `read(2)` into memory this owns, so memory stays flat
/// however large the file, and a file truncated meanwhile is an error, never a
/// signal), or a buffer the caller already holds (all of it, at once).
///
/// Offsets are counted after a UTF-8 byte-order mark, which is skipped. The
/// file is read up to the size it had when opened: reading ends early when it
/// shrank, and one byte is tried past that size to see whether it grew; both
/// throw `InputFileError.changedSize`.
final class DataWindow {
    private let file: InputFile?
    /// The caller's bytes (after a byte-order mark) when they are all in memory.
    private let memory: UnsafeBufferPointer<UInt8>?
    /// The window's memory when it reads a file (nil for bytes in memory).
    private var storage: UnsafeMutablePointer<UInt8>?
    /// Bytes the window holds at most now.
    private var capacity: Int
    /// The most bytes the window may grow to, to hold one long row.
    private let maxCapacity: Int
    /// The window's first byte.
    private var start: UnsafePointer<UInt8>?
    /// Bytes in the window.
    private(set) var count: Int
    /// True once the whole file is in or behind the window.
    private(set) var atEnd: Bool
    /// Bytes read from the file, a byte-order mark included.
    private var fileOffset = 0
    /// 3 when the file starts with a UTF-8 byte-order mark, else 0.
    private(set) var byteOrderMarkLength = 0
    /// Bytes at the start of the window already checked to be UTF-8.
    private var validated = 0
    /// Set once the first bytes were read (and a byte-order mark skipped).
    private var started = false

    /// A window of `capacity` bytes over `file`, growing up to `maxRowBytes` (plus
    /// one byte, to see the row's end) when one row does not fit.
    init(file: InputFile, capacity: Int, maxRowBytes: Int) {
        self.file = file
        memory = nil
        self.capacity = max(64, min(capacity, file.size + 1))
        maxCapacity = max(self.capacity, min(maxRowBytes, Int.max - 1) + 1)
        storage = .allocate(capacity: self.capacity)
        start = UnsafePointer(storage)
        count = 0
        atEnd = false
    }

    /// All of `bytes` at once (not copied: they must outlive the window).
    init(memory bytes: UnsafeBufferPointer<UInt8>) {
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        let body = UnsafeBufferPointer(rebasing: bytes[bom...])
        file = nil
        memory = body
        capacity = body.count
        maxCapacity = body.count
        start = body.baseAddress
        count = body.count
        atEnd = true
        started = true
        byteOrderMarkLength = bom
    }

    deinit { storage?.deallocate() }

    /// The window's bytes.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

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

    /// Reads until the window is full or the file's bytes are all in.
    func fill() throws(InputFileError) {
        guard let file, let storage, !atEnd else { return }
        while count < capacity && fileOffset < file.size {
            let want = min(capacity - count, file.size - fileOffset)
            let n = try file.read(into: UnsafeMutableRawBufferPointer(start: storage + count, count: want))
            if n == 0 { throw .changedSize(opened: file.size, read: fileOffset) }
            count += n
            fileOffset += n
        }
        if fileOffset == file.size {
            var extra: UInt8 = 0
            let more = try withUnsafeMutableBytes(of: &extra) { byte in
                Result { () throws(InputFileError) in try file.read(into: byte) }
            }.get()
            if more > 0 { throw .changedSize(opened: file.size, read: fileOffset + more) }
            atEnd = true
        }
        if !started {
            started = true
            if count >= 3, storage[0] == 0xEF, storage[1] == 0xBB, storage[2] == 0xBF {
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
        return DataUTF8Validation.firstInvalidOffset(in: UnsafeBufferPointer(start: start + from, count: end - from))
            .map { $0 + from }
    }

    /// The bytes `range` of the file (offsets after a byte-order mark), read
    /// again (for a position found after the window moved on); fewer when the
    /// file is shorter now.
    func reread(_ range: Range<Int>) -> [UInt8] {
        guard let file else {
            guard let memory else { return [] }
            let from = min(range.lowerBound, memory.count), to = min(range.upperBound, memory.count)
            return Array(UnsafeBufferPointer(rebasing: memory[from..<to]))
        }
        var out = [UInt8](repeating: 0, count: range.count)
        var got = 0
        while got < out.count {
            let n = (try? out.withUnsafeMutableBytes { buffer throws(InputFileError) in
                try file.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[got...]),
                              at: byteOrderMarkLength + range.lowerBound + got)
            }) ?? 0
            if n == 0 { break }
            got += n
        }
        out.removeLast(out.count - got)
        return out
    }
}
