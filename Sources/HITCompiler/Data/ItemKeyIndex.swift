/// Finds item keys used by more than one row (E0409) once the whole file has
/// been read: keys are recorded in file order (appends only), then grouped by
/// hash with a radix sort.
///
/// A hash table checked row by row would do the same work with one random
/// memory access per row, which on a million-row file cost as much as all the
/// other checks together; sequential appends and a sort are several times
/// cheaper. The price: a repeated key is known at the end of the file, not
/// while its row streams by (`DataRecord.hasErrors` does not include it).
///
/// Keys are not copied when their bytes are in the file as written (the file
/// stays mapped while it is checked); unescaped keys are copied to an arena.
/// 40 bytes a key while reading, 16 more while sorting.
struct ItemKeyIndex {
    /// Where one key was used (32 bytes).
    struct Occurrence {
        /// The row's first byte in the file.
        var rowStart: Int
        /// The key's bytes: relative to `rowStart` in the file, or in the arena when `inArena`.
        var valueOffset: UInt32
        /// The key's length; the top bit marks a key copied to the arena.
        var valueLengthAndFlag: UInt32
        /// The row (1-based) and the line it starts on.
        var row: UInt32
        var line: UInt32
        /// The cell as written, relative to `rowStart`.
        var cellOffset: UInt32
        var cellLength: UInt32

        var inArena: Bool { valueLengthAndFlag & 0x8000_0000 != 0 }
        var valueLength: Int { Int(valueLengthAndFlag & 0x7FFF_FFFF) }
    }

    private var hashes: [UInt64] = []
    private(set) var occurrences: [Occurrence] = []
    private var arena: [UInt8] = []

    /// Number of keys recorded.
    var count: Int { hashes.count }

    /// Records a key of the current row; `fileOffset` is where its bytes are in
    /// the file, nil when they were unescaped (they are copied).
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, fileOffset: Int?, row: Int, line: Int, rowStart: Int,
                      cellStart: Int, cellEnd: Int) {
        var offset = 0
        var flag: UInt32 = 0
        if let fileOffset {
            offset = fileOffset - rowStart
        } else {
            offset = arena.count
            flag = 0x8000_0000
            arena.append(contentsOf: bytes)
        }
        hashes.append(hash(bytes))
        occurrences.append(Occurrence(rowStart: rowStart, valueOffset: UInt32(clamping: offset),
                                      valueLengthAndFlag: UInt32(clamping: min(bytes.count, 0x7FFF_FFFF)) | flag,
                                      row: UInt32(clamping: row), line: UInt32(clamping: line),
                                      cellOffset: UInt32(clamping: cellStart - rowStart),
                                      cellLength: UInt32(clamping: cellEnd - cellStart)))
    }

    /// Every repeated use of a key, as (first use, repeat) indices into
    /// `occurrences`, in file order of the repeats. `file` is the file's bytes.
    func repeats(in file: UnsafeBufferPointer<UInt8>) -> [(first: Int, repeat: Int)] {
        let order = sortedByHash()
        var result: [(first: Int, repeat: Int)] = []
        arena.withUnsafeBufferPointer { arena in
            func bytes(_ k: Int) -> UnsafeBufferPointer<UInt8> {
                ItemKeyIndex.value(of: occurrences[k], file: file, arena: arena)
            }
            var groupStart = 0
            while groupStart < order.count {
                var groupEnd = groupStart + 1
                let top = order[groupStart] >> 32
                while groupEnd < order.count && order[groupEnd] >> 32 == top { groupEnd += 1 }
                if groupEnd - groupStart > 1 {
                    // Within a group indices are in file order: compare with the first uses seen so far.
                    var firsts: [Int] = []
                    for position in groupStart..<groupEnd {
                        let k = Int(order[position] & 0xFFFF_FFFF)
                        let key = bytes(k)
                        if let first = firsts.first(where: { hashes[$0] == hashes[k] && equal(bytes($0), key) }) {
                            result.append((first, k))
                        } else {
                            firsts.append(k)
                        }
                    }
                }
                groupStart = groupEnd
            }
        }
        return result.sorted { $0.repeat < $1.repeat }
    }

    /// Calls `body` with the bytes of key `k`.
    func withValue<R>(of k: Int, in file: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        arena.withUnsafeBufferPointer { arena in
            body(ItemKeyIndex.value(of: occurrences[k], file: file, arena: arena))
        }
    }

    private static func value(of o: Occurrence, file: UnsafeBufferPointer<UInt8>,
                              arena: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let start = o.inArena ? Int(o.valueOffset) : o.rowStart + Int(o.valueOffset)
        return UnsafeBufferPointer(rebasing: (o.inArena ? arena : file)[start..<start + o.valueLength])
    }

    /// `(hash >> 32) << 32 | index` for every key, sorted by the hash's high half
    /// (an LSD radix sort, byte by byte: stable, so equal halves stay in file order).
    private func sortedByHash() -> [UInt64] {
        var items = hashes.enumerated().map { index, hash in hash & 0xFFFF_FFFF_0000_0000 | UInt64(index) }
        var scratch = [UInt64](repeating: 0, count: items.count)
        for shift in stride(from: 32, to: 64, by: 8) {
            var counts = [Int](repeating: 0, count: 257)
            for item in items { counts[Int((item >> UInt64(shift)) & 0xFF) + 1] += 1 }
            for b in 0..<256 { counts[b + 1] += counts[b] }
            for item in items {
                let b = Int((item >> UInt64(shift)) & 0xFF)
                scratch[counts[b]] = item
                counts[b] += 1
            }
            swap(&items, &scratch)
        }
        return items
    }

    private func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let pa = a.baseAddress, let pb = b.baseAddress else { return true }
        return ByteStringTable.bytesEqual(pa, pb, a.count)
    }

    /// A 64-bit hash of the bytes: SipHash through `Hasher`, seeded per process,
    /// so crafted keys cannot all land in one group.
    private func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }
}
