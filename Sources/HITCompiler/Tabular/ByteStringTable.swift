/// A set of byte strings, each numbered by insertion order, for lookups straight
/// from a file's bytes without making a `String` per value.
///
/// Strings live back to back in one byte arena (string `i` ends where `i + 1`
/// starts); open addressing with linear probing; each slot keeps 32 bits of the
/// hash so most probes touch no string bytes; at most two thirds of the slots
/// are used. About 20 bytes per string plus
/// the bytes themselves. `Hasher` is seeded per process, so crafted data cannot
/// force collisions.
struct ByteStringTable {
    private var arena: [UInt8] = []
    /// String `i` is `arena[starts[i] ..< starts[i + 1]]`.
    private var starts: [Int] = [0]
    /// 0 is empty; otherwise the high 32 bits hold the hash tag, the low 32 bits the string number + 1.
    private var slots: [UInt64]
    private var mask: Int

    init(minimumCapacity: Int = 8) {
        let capacity = ByteStringTable.slotCount(for: minimumCapacity)
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// Number of distinct strings held.
    var count: Int { starts.count - 1 }

    /// The number of `bytes` if held.
    func index(of bytes: ByteSpan) -> Int? {
        find(bytes, hash: ByteStringTable.hash(bytes)).index
    }

    /// Adds `bytes` unless held; returns its number and whether it was new.
    @discardableResult
    mutating func insert(_ bytes: ByteSpan) -> (index: Int, inserted: Bool) {
        let hash = ByteStringTable.hash(bytes)
        let found = find(bytes, hash: hash)
        if let index = found.index { return (index, false) }
        let index = count
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        slots[found.slot] = ByteStringTable.tag(hash) << 32 | UInt64(index + 1)
        if count * 3 > slots.count * 2 { rehash(into: slots.count * 2) }
        return (index, true)
    }

    /// Adds a string (for names known up front).
    @discardableResult
    mutating func insert(_ string: String) -> (index: Int, inserted: Bool) {
        var copy = string
        return copy.withByteSpan { insert($0) }
    }

    /// The number of `string` if held.
    func index(of string: String) -> Int? {
        var copy = string
        return copy.withByteSpan { index(of: $0) }
    }

    /// The string numbered `index`.
    func string(at index: Int) -> String {
        String(decoding: arena[starts[index]..<starts[index + 1]], as: UTF8.self)
    }

    private func find(_ bytes: ByteSpan, hash: Int) -> (index: Int?, slot: Int) {
        let tag = ByteStringTable.tag(hash)
        var slot = hash & mask
        while true {
            let value = slots[slot]
            if value == 0 { return (nil, slot) }
            if value >> 32 == tag {
                let index = Int(value & 0xFFFF_FFFF) - 1
                if equal(index, bytes) { return (index, slot) }
            }
            slot = (slot + 1) & mask
        }
    }

    private func equal(_ index: Int, _ bytes: ByteSpan) -> Bool {
        let start = starts[index]
        guard starts[index + 1] - start == bytes.count else { return false }
        guard bytes.count > 0, let base = bytes.baseAddress else { return true }
        return arena.withByteSpan { arena in
            ByteStringTable.bytesEqual(arena.baseAddress! + start, base, bytes.count)
        }
    }

    private mutating func rehash(into capacity: Int) {
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        arena.withByteSpan { arena in
            for index in 0..<count {
                let hash = ByteStringTable.hash(arena.span(starts[index]..<starts[index + 1]))
                var slot = hash & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = ByteStringTable.tag(hash) << 32 | UInt64(index + 1)
            }
        }
    }

    /// A power of two at least 1.5 times `capacity` (and at least 16): at most two thirds full.
    private static func slotCount(for capacity: Int) -> Int {
        var slots = 16
        while slots * 2 < capacity * 3 { slots <<= 1 }
        return slots
    }

    private static func hash(_ bytes: ByteSpan) -> Int {
        var hasher = Hasher()
        bytes.hash(into: &hasher)
        return hasher.finalize()
    }

    private static func tag(_ hash: Int) -> UInt64 {
        UInt64(UInt(bitPattern: hash) >> 32) & 0xFFFF_FFFF | 1
    }

    /// Whether `count` bytes at `a` and `b` are equal.
    @inline(__always)
    static func bytesEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var i = 0
        while i + 8 <= count {
            if UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self) {
                return false
            }
            i += 8
        }
        while i < count {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }
}
