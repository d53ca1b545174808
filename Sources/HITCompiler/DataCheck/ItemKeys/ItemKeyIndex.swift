import Foundation

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
/// The file is read a window at a time, so each key's bytes are copied to an
/// arena: 40 bytes a key and its bytes while reading, 16 more while sorting.
///
/// Past `memoryLimit` keys (`DataLimits.maxKeysInMemory`, about a million), or
/// `arenaBytesPerKey` times as many bytes of keys,
/// memory would grow with the file, so every key is appended instead to one
/// of 64 temporary files chosen by its hash, and each file is then scanned on
/// its own (`SpilledKeyScan`): memory stays bounded however long the file.
/// Without a usable temporary folder the keys stay in memory.
struct ItemKeyIndex {
    /// Where one key was used (32 bytes).
    struct Occurrence {
        /// The row's first byte in the file.
        var rowStart: Int
        /// Where the key's bytes are in the arena, and their length.
        var valueOffset: UInt32
        var valueLength32: UInt32
        /// The row (1-based) and the line it starts on.
        var row: UInt32
        var line: UInt32
        /// The cell as written, relative to `rowStart`.
        var cellOffset: UInt32
        var cellLength: UInt32

        var valueLength: Int { Int(valueLength32) }
    }

    /// A key used again, with its first use and its bytes.
    struct Repeat {
        var first: Occurrence
        var again: Occurrence
        var key: [UInt8]
    }

    /// Spill files that could not be written or read back.
    struct SpillFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Keys held in memory; past this many, every key goes to spill files.
    let memoryLimit: Int
    private var hashes: [UInt64] = []
    private var occurrences: [Occurrence] = []
    private var arena: [UInt8] = []
    /// The spill files, once there were more than `memoryLimit` keys.
    private var spill: SpillFiles?
    /// Why the spill files failed (then repeats cannot be found; the checker reports E0001).
    private var spillFailure: String?
    /// Set when spill files could not be started: the keys stay in memory, and starting is not tried again.
    private(set) var spillUnavailable = false
    /// Where spill files go; nil for the system's temporary folder (`TMPDIR`).
    let spillFolder: URL?
    /// Parts of the spill, by the hash's top bits: a 10-million-key file gives parts of some 6 MB.
    static let spillParts = 64
    /// Bytes of keys kept in memory per key of `memoryLimit` (long keys spill sooner).
    static let arenaBytesPerKey = 64

    init(memoryLimit: Int = DataLimits.default.maxKeysInMemory, spillFolder: URL? = nil) {
        self.memoryLimit = memoryLimit
        self.spillFolder = spillFolder
    }

    /// Records a key of the current row (its bytes are copied); `rowStart`,
    /// `cellStart` and `cellEnd` are offsets in the file.
    mutating func add(_ bytes: ByteSpan, row: Int, line: Int, rowStart: Int,
                      cellStart: Int, cellEnd: Int) {
        let hash = hash(bytes)
        var occurrence = Occurrence(rowStart: rowStart, valueOffset: 0,
                                    valueLength32: UInt32(clamping: bytes.count),
                                    row: UInt32(clamping: row), line: UInt32(clamping: line),
                                    cellOffset: UInt32(clamping: cellStart - rowStart),
                                    cellLength: UInt32(clamping: cellEnd - cellStart))
        guard spillFailure == nil else { return }
        if spill == nil, !spillUnavailable,
           hashes.count >= memoryLimit || arena.count / Self.arenaBytesPerKey >= memoryLimit { startSpilling() }
        if let spill {
            do {
                try Self.write(hash, occurrence, key: bytes, to: spill)
            } catch {
                spillFailure = "cannot write '\(spill.folder.path)': \(error.localizedDescription)"
                spill.discard()
            }
            return
        }
        occurrence.valueOffset = UInt32(clamping: arena.count)
        arena.append(contentsOf: bytes)
        hashes.append(hash)
        occurrences.append(occurrence)
    }

    /// The first `room` repeated uses of keys in file order, each with the first
    /// use of its key, and how many repeated uses there are in all.
    func repeats(listing room: Int) throws -> (listed: [Repeat], total: Int) {
        if let spillFailure { throw SpillFailure(description: spillFailure) }
        var found = RepeatList(room: room)
        arena.withByteSpan { arena in
            for (first, again) in inMemoryRepeats(arena: arena) {
                found.add(first: occurrences[first], again: occurrences[again],
                          key: Self.value(of: occurrences[again], arena: arena))
            }
        }
        if let spill {
            for part in 0..<spill.count {
                do {
                    try SpilledKeyScan.scan(part, of: spill, into: &found)
                } catch {
                    spill.discard()
                    throw SpillFailure(description: "cannot read '\(spill.folder.path)': \(error.localizedDescription)")
                }
            }
            spill.discard()
        }
        return (found.sorted(), found.total)
    }

    /// Moves the keys in memory to spill files; on failure (no temporary
    /// folder, no room), keeps them all in memory instead, for good.
    private mutating func startSpilling() {
        let made = spillFolder.map { folder in
            try? SpillFiles(folder: folder.appendingPathComponent("hitc-keys-\(UUID().uuidString.prefix(8))"),
                            count: Self.spillParts)
        } ?? (try? SpillFiles(temporaryNamed: "hitc-keys", count: Self.spillParts))
        guard let files = made else {
            spillUnavailable = true
            return
        }
        do {
            try arena.withByteSpan { arena in
                for (hash, occurrence) in zip(hashes, occurrences) {
                    try Self.write(hash, occurrence, key: Self.value(of: occurrence, arena: arena), to: files)
                }
            }
        } catch {
            files.discard()
            spillUnavailable = true
            return
        }
        spill = files
        hashes = []
        occurrences = []
        arena = []
    }

    /// One spilled key: its hash, its occurrence, then its bytes.
    private static func write(_ hash: UInt64, _ occurrence: Occurrence, key: ByteSpan,
                              to files: SpillFiles) throws {
        let part = Int(hash >> 58) % files.count
        try files.append(bytesOf: hash, to: part)
        try files.append(bytesOf: occurrence, to: part)
        try files.append(key, to: part)
    }

    /// Every repeated use among the keys in memory, as (first use, repeat) indices into `occurrences`.
    private func inMemoryRepeats(arena: ByteSpan) -> [(first: Int, repeat: Int)] {
        let order = sortedByHash()
        var result: [(first: Int, repeat: Int)] = []
        func bytes(_ k: Int) -> ByteSpan {
            ItemKeyIndex.value(of: occurrences[k], arena: arena)
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
                    if let first = firsts.first(where: { hashes[$0] == hashes[k] && Self.equal(bytes($0), key) }) {
                        result.append((first, k))
                    } else {
                        firsts.append(k)
                    }
                }
            }
            groupStart = groupEnd
        }
        return result
    }

    /// The bytes of a key in `arena`.
    static func value(of o: Occurrence, arena: ByteSpan) -> ByteSpan {
        let start = Int(o.valueOffset)
        return arena.span(start..<start + o.valueLength)
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

    static func equal(_ a: ByteSpan, _ b: ByteSpan) -> Bool {
        guard a.count == b.count else { return false }
        guard let pa = a.baseAddress, let pb = b.baseAddress else { return true }
        return ByteStringTable.bytesEqual(pa, pb, a.count)
    }

    /// A 64-bit hash of the bytes: SipHash through `Hasher`, seeded per process,
    /// so crafted keys cannot all land in one group.
    private func hash(_ bytes: ByteSpan) -> UInt64 {
        var hasher = Hasher()
        bytes.hash(into: &hasher)
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }
}
