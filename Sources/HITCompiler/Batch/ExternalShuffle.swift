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

    private let folder: URL
    private var buffers: [[UInt8]]
    private var handles: [FileHandle?]
    private var random: SeededRandom
    private(set) var count = 0
    private static let flushBytes = 1 << 16

    /// Buckets as files `bucket-<n>` in `folder` (created if needed).
    init(folder: URL, bucketCount: Int, random: SeededRandom) throws {
        self.folder = folder
        self.random = random
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        buffers = Array(repeating: [], count: max(1, bucketCount))
        handles = Array(repeating: nil, count: max(1, bucketCount))
    }

    /// The bucket count for a data file of `bytes` bytes: about 8 MiB of input per bucket, at most 256 (open files).
    static func bucketCount(forFileBytes bytes: Int) -> Int {
        min(256, max(1, bytes / (8 << 20) + 1))
    }

    /// Adds an item to a random bucket.
    func add(key: String, object: [UInt8]) throws {
        let b = random.below(buffers.count)
        append(UInt32(key.utf8.count), to: &buffers[b])
        buffers[b] += key.utf8
        append(UInt32(object.count), to: &buffers[b])
        buffers[b] += object
        count += 1
        if buffers[b].count >= Self.flushBytes { try flush(b) }
    }

    /// Hands every item to `body` in shuffled order, bucket by bucket, deleting
    /// each bucket once read. `random` shuffles within buckets.
    func drain(random: inout SeededRandom, _ body: (Item) throws -> Void) throws {
        for b in buffers.indices {
            try flush(b)
            try handles[b]?.close()
            handles[b] = nil
            let url = bucketURL(b)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let bytes = [UInt8](try Data(contentsOf: url))
            try FileManager.default.removeItem(at: url)
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
        for b in handles.indices {
            try? handles[b]?.close()
            handles[b] = nil
            try? FileManager.default.removeItem(at: bucketURL(b))
        }
        buffers = buffers.map { _ in [] }
    }

    private func flush(_ b: Int) throws {
        guard !buffers[b].isEmpty else { return }
        if handles[b] == nil {
            let url = bucketURL(b)
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
            }
            handles[b] = try FileHandle(forWritingTo: url)
        }
        try handles[b]?.write(contentsOf: buffers[b])
        buffers[b].removeAll(keepingCapacity: true)
    }

    private func bucketURL(_ b: Int) -> URL { folder.appendingPathComponent("bucket-\(b)") }

    private func append(_ n: UInt32, to out: inout [UInt8]) {
        out += [UInt8(n & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n >> 16 & 0xFF), UInt8(n >> 24)]
    }

    private static func read32(_ bytes: [UInt8], _ i: Int) -> UInt32 {
        UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
    }
}
