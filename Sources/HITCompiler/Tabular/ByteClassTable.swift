/// A 256-entry table classifying bytes (0 = ordinary), for scanning loops that
/// look up every byte. Immutable once built, so it is shared as a `static let`.
final class ByteClassTable: @unchecked Sendable {
    // Written only in `init`; read-only afterwards.
    private let table: UnsafeMutablePointer<UInt8>

    /// A table with `classes[b]` for every byte `b` listed, 0 for the rest.
    init(_ classes: [UInt8: UInt8]) {
        table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        table.initialize(repeating: 0, count: 256)
        for (byte, value) in classes { table[Int(byte)] = value }
    }

    deinit {
        table.deallocate()
    }

    /// The class of `byte`.
    @inline(__always)
    subscript(byte: UInt8) -> UInt8 {
        table[Int(byte)]
    }
}

/// Eight bytes at a time (SWAR): finds the first byte of interest in a word.
enum ByteWords {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `p`, the first in the lowest bits.
    @inline(__always)
    static func load(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    }

    /// A mark in the high bit of each byte of `word` below `limit` (at most
    /// 0x80; the lowest mark is exact, marks after it may be spurious).
    @inline(__always)
    static func below(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highs
    }

    /// A mark in the high bit of each byte of `word` equal to `byte` (the lowest
    /// mark is exact; marks after it may be spurious).
    @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs
    }

    /// The index (0-7) of the first marked byte of a non-zero mask.
    @inline(__always)
    static func first(_ mask: UInt64) -> Int {
        mask.trailingZeroBitCount >> 3
    }
}
