/// A set of byte strings, each numbered by insertion order, for lookups straight
/// from a file's bytes without making a `String` per value.
///
/// Keys live in one byte arena; open addressing with linear probing; each slot
/// keeps 32 bits of the hash so most probes touch no key bytes. `Hasher` is
/// seeded per process, so crafted data cannot force collisions.
struct ByteStringTable {
    private struct Entry {
        var hash: Int
        var start: Int
        var count: Int
    }

    private var arena: [UInt8] = []
    private var entries: [Entry] = []
    /// 0 is empty; otherwise the high 32 bits hold the hash tag, the low 32 bits the entry index + 1.
    private var slots: [UInt64]
    private var mask: Int

    init(minimumCapacity: Int = 8) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// Number of distinct strings held.
    var count: Int { entries.count }

    /// The number of `bytes` if held.
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = ByteStringTable.hash(bytes)
        return find(bytes, hash: hash).index
    }

    /// Adds `bytes` unless held; returns its number and whether it was new.
    @discardableResult
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> (index: Int, inserted: Bool) {
        let hash = ByteStringTable.hash(bytes)
        let found = find(bytes, hash: hash)
        if let index = found.index { return (index, false) }
        let index = entries.count
        entries.append(Entry(hash: hash, start: arena.count, count: bytes.count))
        arena.append(contentsOf: bytes)
        slots[found.slot] = ByteStringTable.tag(hash) << 32 | UInt64(index + 1)
        if entries.count * 2 > slots.count { grow() }
        return (index, true)
    }

    /// Adds a string (for names known up front).
    @discardableResult
    mutating func insert(_ string: String) -> (index: Int, inserted: Bool) {
        var copy = string
        return copy.withUTF8 { insert($0) }
    }

    /// The number of `string` if held.
    func index(of string: String) -> Int? {
        var copy = string
        return copy.withUTF8 { index(of: $0) }
    }

    /// The string numbered `index`.
    func string(at index: Int) -> String {
        let entry = entries[index]
        return String(decoding: arena[entry.start..<entry.start + entry.count], as: UTF8.self)
    }

    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: Int) -> (index: Int?, slot: Int) {
        let tag = ByteStringTable.tag(hash)
        var slot = hash & mask
        while true {
            let value = slots[slot]
            if value == 0 { return (nil, slot) }
            if value >> 32 == tag {
                let index = Int(value & 0xFFFF_FFFF) - 1
                let entry = entries[index]
                if entry.count == bytes.count && equal(entry, bytes) { return (index, slot) }
            }
            slot = (slot + 1) & mask
        }
    }

    private func equal(_ entry: Entry, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count > 0, let base = bytes.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { arena in
            ByteStringTable.bytesEqual(arena.baseAddress! + entry.start, base, bytes.count)
        }
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        for (index, entry) in entries.enumerated() {
            var slot = entry.hash & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = ByteStringTable.tag(entry.hash) << 32 | UInt64(index + 1)
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
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
