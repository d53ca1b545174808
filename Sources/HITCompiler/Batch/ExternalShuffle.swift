import Foundation

/// A seeded shuffle of more items than should be held in memory
/// (Rao-Sandelius): each item is appended to one of `bucketCount` temporary
/// files chosen uniformly at random; afterwards each bucket is read back
/// alone, shuffled in memory (Fisher-Yates) and handed on. Random buckets,
/// each uniformly shuffled, concatenated in order: every order of the items is
/// equally likely, as with one Fisher-Yates over all of them.
///
/// Memory: one write buffer per bucket while scattering, then one bucket at a
/// time; choose `bucketCount` so a bucket is a few megabytes.
final class ExternalShuffle {
    /// One item: its key and its JSON object.
    struct Item {
        var key: String
        var object: [UInt8]
    }

    private let buckets: SpillFiles
    private var random: SeededRandom
    private(set) var count = 0

    /// Buckets as files in `folder` (created if needed).
    init(folder: URL, bucketCount: Int, random: SeededRandom) throws {
        buckets = try SpillFiles(folder: folder, count: bucketCount)
        self.random = random
    }

    /// The bucket count for a data file of `bytes` bytes: about 8 MiB of input per bucket, at most 256 (open files).
    static func bucketCount(forFileBytes bytes: Int) -> Int {
        min(256, max(1, bytes / (8 << 20) + 1))
    }

    /// Adds an item to a random bucket.
    func add(key: String, object: [UInt8]) throws {
        guard let keyLength = UInt32(exactly: key.utf8.count), let objectLength = UInt32(exactly: object.count) else {
            throw BatchFolder.Failure.io("an item of more than 4 GiB cannot be shuffled")
        }
        let b = random.below(buckets.count)
        try buckets.append(bytesOf: keyLength.littleEndian, to: b)
        try buckets.append(key.utf8, to: b)
        try buckets.append(bytesOf: objectLength.littleEndian, to: b)
        try buckets.append(object, to: b)
        count += 1
    }

    /// Hands every item to `body` in shuffled order, bucket by bucket, deleting
    /// each bucket once read. `random` shuffles within buckets.
    func drain(random: inout SeededRandom, _ body: (Item) throws -> Void) throws {
        for b in 0..<buckets.count {
            let bytes = try buckets.readAndRemove(b)
            var starts: [Int] = []
            var i = 0
            while i < bytes.count {
                starts.append(i)
                i += 4 + Int(Self.read32(bytes, i))
                i += 4 + Int(Self.read32(bytes, i))
            }
            random.shuffle(&starts)
            for start in starts {
                let keyLength = Int(Self.read32(bytes, start))
                let keyStart = start + 4
                let objectLength = Int(Self.read32(bytes, keyStart + keyLength))
                let objectStart = keyStart + keyLength + 4
                try body(Item(key: String(decoding: bytes[keyStart..<keyStart + keyLength], as: UTF8.self),
                              object: Array(bytes[objectStart..<objectStart + objectLength])))
            }
        }
    }

    /// Closes and deletes every bucket (after a failure).
    func discard() {
        buckets.discard()
    }

    private static func read32(_ bytes: [UInt8], _ i: Int) -> UInt32 {
        UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
    }
}
