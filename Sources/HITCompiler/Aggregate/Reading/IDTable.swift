/// Interned ids (item keys, worker ids) numbered by first appearance: the
/// lookup every judgment makes, so it is kept cheap.
///
/// Like `ByteStringTable` (strings back to back in one arena, open addressing,
/// a 32-bit tag per slot, at most half full), but hashed with a seeded
/// multiply-xor over eight bytes at a time instead of SipHash: ids are short,
/// and the seed (random per process) keeps crafted ids from colliding on purpose.
struct IDTable: Sendable {
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    /// 0 is empty; otherwise the high 32 bits hold the hash tag, the low 32 bits the id + 1.
    private var slots: [UInt64]
    private var mask: Int
    private let seed: UInt64

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        seed = UInt64.random(in: 1...UInt64.max) | 1
    }

    /// Number of ids held.
    var count: Int { starts.count - 1 }

    /// The id spelled by `bytes`, adding it when new.
    @inline(__always)
    mutating func intern(_ bytes: ByteSpan) -> Int32 {
        let hash = hash(bytes)
        let tag = hash >> 32 | 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let value = slots[slot]
            if value == 0 { break }
            if value >> 32 == tag {
                let id = Int(value & 0xFFFF_FFFF) - 1
                if equal(id, bytes) { return Int32(id) }
            }
            slot = (slot + 1) & mask
        }
        let id = count
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        slots[slot] = tag << 32 | UInt64(id + 1)
        if count * 2 > slots.count { grow() }
        return Int32(id)
    }

    /// Loads the memory that `intern(bytes)` will read (its slot, and the bytes of
    /// the id there) and returns a value made from it. Touching the ids of a whole
    /// row first lets their cache misses overlap instead of coming one after
    /// another; callers keep the value somewhere so the loads are not dropped.
    @inline(__always)
    func touch(_ bytes: ByteSpan) -> UInt64 {
        let hash = hash(bytes)
        let value = slots[Int(truncatingIfNeeded: hash) & mask]
        guard value >> 32 == hash >> 32 | 1 else { return value }
        let id = Int(value & 0xFFFF_FFFF) - 1
        let start = starts[id]
        return start < arena.count ? value &+ UInt64(arena[start]) : value
    }

    /// The id of `bytes`, if held.
    func index(of bytes: ByteSpan) -> Int? {
        let hash = hash(bytes)
        let tag = hash >> 32 | 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let value = slots[slot]
            if value == 0 { return nil }
            if value >> 32 == tag, equal(Int(value & 0xFFFF_FFFF) - 1, bytes) { return Int(value & 0xFFFF_FFFF) - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// The id of `string`, if held.
    func index(of string: String) -> Int? {
        var copy = string
        return copy.withByteSpan { index(of: $0) }
    }

    /// Makes room for about `count` ids, so the table does not grow step by step.
    mutating func reserve(_ count: Int) {
        while count * 2 > slots.count { grow() }
    }

    /// Interns every id of `other` in its order; returns, for each of `other`'s
    /// ids, its id here (used to merge tables filled in parallel).
    mutating func absorb(_ other: IDTable) -> [Int32] {
        var map = [Int32](repeating: 0, count: other.count)
        // Room for all of them at once, rather than growing halfway.
        reserve(count + other.count)
        arena.reserveCapacity(arena.count + other.arena.count)
        starts.reserveCapacity(starts.count + other.count)
        other.arena.withByteSpan { bytes in
            for id in 0..<other.count {
                map[id] = intern(bytes.span(other.starts[id]..<other.starts[id + 1]))
            }
        }
        return map
    }

    /// Calls `body` with a function giving the bytes of an id (valid only inside `body`).
    func withBytes<R>(_ body: (_ bytes: (Int32) -> ByteSpan) throws -> R) rethrows -> R {
        try arena.withByteSpan { arena in
            try starts.withUnsafeBufferPointer { starts in
                try body { id in arena.span(starts[Int(id)]..<starts[Int(id) + 1]) }
            }
        }
    }

    /// Calls `body` with the bytes of every id, back to back (valid only inside `body`).
    func withArena<R>(_ body: (ByteSpan) throws -> R) rethrows -> R {
        try arena.withByteSpan(body)
    }

    /// The string of id `index`.
    func string(at index: Int) -> String {
        String(decoding: arena[starts[index]..<starts[index + 1]], as: UTF8.self)
    }

    @inline(__always)
    private func equal(_ id: Int, _ bytes: ByteSpan) -> Bool {
        let start = starts[id]
        guard starts[id + 1] - start == bytes.count else { return false }
        guard let base = bytes.baseAddress, bytes.count > 0 else { return true }
        return arena.withUnsafeBufferPointer { Self.same($0.baseAddress! + start, base, bytes.count) }
    }

    /// Whether `n` bytes at `a` and `b` are the same: eight at a time, the last
    /// word (or two half words, under eight bytes) loaded overlapping, not byte by byte.
    @inline(__always)
    static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        if n >= 8 {
            var i = 0
            while i + 8 <= n {
                if word(a + i) != word(b + i) { return false }
                i += 8
            }
            return i == n || word(a + n - 8) == word(b + n - 8)
        }
        if n >= 4 { return halfWord(a) == halfWord(b) && halfWord(a + n - 4) == halfWord(b + n - 4) }
        for k in 0..<n where a[k] != b[k] { return false }
        return true
    }

    @inline(__always)
    private static func word(_ p: UnsafePointer<UInt8>) -> UInt64 { UnsafeRawPointer(p).loadUnaligned(as: UInt64.self) }

    @inline(__always)
    private static func halfWord(_ p: UnsafePointer<UInt8>) -> UInt32 { UnsafeRawPointer(p).loadUnaligned(as: UInt32.self) }

    /// Seeded multiply-xor over eight-byte words (the length mixed in first);
    /// the bytes after the last whole word are read as one word overlapping it
    /// (or, under eight bytes, two overlapping half words): all bytes count.
    @inline(__always)
    private func hash(_ bytes: ByteSpan) -> UInt64 {
        var h = seed ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
        guard let base = bytes.baseAddress else { return mix(h) }
        let n = bytes.count
        var i = 0
        while i + 8 <= n {
            h = mix(h ^ UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            i += 8
        }
        if i < n {
            let last: UInt64
            if n >= 8 {
                last = Self.word(base + n - 8)
            } else if n >= 4 {
                last = UInt64(Self.halfWord(base)) | UInt64(Self.halfWord(base + n - 4)) << 32
            } else {
                last = UInt64(base[0]) | UInt64(base[n >> 1]) << 8 | UInt64(base[n - 1]) << 16
            }
            h = mix(h ^ last)
        }
        return mix(h)
    }

    @inline(__always)
    private func mix(_ x: UInt64) -> UInt64 {
        let m = x.multipliedFullWidth(by: 0xBF58_476D_1CE4_E5B9 ^ seed)
        return m.high ^ m.low
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        arena.withByteSpan { arena in
            for id in 0..<count {
                let h = hash(arena.span(starts[id]..<starts[id + 1]))
                var slot = Int(truncatingIfNeeded: h) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = (h >> 32 | 1) << 32 | UInt64(id + 1)
            }
        }
    }
}
