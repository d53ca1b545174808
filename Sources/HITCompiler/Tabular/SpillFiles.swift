import Foundation

/// A set of temporary files, `part-0` ... `part-<n-1>` in one folder, for data
/// too large to hold in memory: bytes are appended to any part through a write
/// buffer, then each part is read back on its own, in chunks or whole, and
/// deleted. Used by the external shuffle of `hitc batch` and by the item-key
/// index once a data file has more keys than it keeps in memory.
///
/// Memory: one write buffer per part (up to `flushBytes`), and while reading,
/// one chunk (or one part). A folder this created is removed by `discard()`
/// and when the value is released.
final class SpillFiles {
    let folder: URL
    let count: Int
    private var buffers: [[UInt8]]
    private var handles: [FileHandle?]
    private let ownsFolder: Bool
    private static let flushBytes = 1 << 16

    /// Parts in `folder`, created if it does not exist (and then removed with the parts).
    init(folder: URL, count: Int) throws {
        self.folder = folder
        self.count = max(1, count)
        ownsFolder = !FileManager.default.fileExists(atPath: folder.path)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        buffers = Array(repeating: [], count: self.count)
        handles = Array(repeating: nil, count: self.count)
    }

    /// Parts in a new folder under the system's temporary directory (`TMPDIR`).
    convenience init(temporaryNamed name: String, count: Int) throws {
        let unique = "\(name)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        try self.init(folder: FileManager.default.temporaryDirectory.appendingPathComponent(unique), count: count)
    }

    deinit { discard() }

    /// Appends bytes to part `p`.
    func append<C: Collection>(_ bytes: C, to p: Int) throws where C.Element == UInt8 {
        buffers[p].append(contentsOf: bytes)
        if buffers[p].count >= Self.flushBytes { try flush(p) }
    }

    /// Appends the raw bytes of a value (a trivial type: integers, plain structs of them).
    func append<T>(bytesOf value: T, to p: Int) throws {
        try withUnsafeBytes(of: value) { try append($0, to: p) }
    }

    /// Reads part `p` whole and deletes it; empty when nothing was appended.
    func readAndRemove(_ p: Int) throws -> [UInt8] {
        guard let url = try close(p) else { return takeBuffer(p) }
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try InputFile(opening: url.path)
        return try file.readAll(limit: file.size)
    }

    /// Reads part `p` in chunks of about `chunkBytes` and deletes it. `body` gets
    /// the bytes not yet consumed (what it left of the last chunk, then the next
    /// chunk) and returns how many it consumed; what it leaves comes again with
    /// more bytes, or, at the end of the part, is returned as the leftover.
    @discardableResult
    func readAndRemove(_ p: Int, chunkBytes: Int = 1 << 20,
                       _ body: (ByteSpan) throws -> Int) throws -> Int {
        var pending: [UInt8] = []
        func feed() throws {
            let used = try pending.withByteSpan { try body($0) }
            pending.removeFirst(used)
        }
        guard let url = try close(p) else {
            pending = takeBuffer(p)
            try feed()
            return pending.count
        }
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try InputFile(opening: url.path)
        var chunk = [UInt8](repeating: 0, count: chunkBytes)
        while true {
            let n = try chunk.withUnsafeMutableBytes { buffer in
                Result { () throws(InputFileError) in try file.read(into: buffer) }
            }.get()
            if n == 0 { break }
            pending.append(contentsOf: chunk[..<n])
            try feed()
        }
        return pending.count
    }

    /// Closes and deletes every part, and the folder if this created it.
    func discard() {
        for p in handles.indices {
            try? handles[p]?.close()
            handles[p] = nil
            try? FileManager.default.removeItem(at: url(p))
        }
        buffers = buffers.map { _ in [] }
        if ownsFolder { try? FileManager.default.removeItem(at: folder) }
    }

    /// Flushes and closes part `p`; its file, or nil when it never reached the disk
    /// (its bytes, if any, are still in its buffer).
    private func close(_ p: Int) throws -> URL? {
        guard handles[p] != nil else { return nil }
        try flush(p)
        try handles[p]?.close()
        handles[p] = nil
        buffers[p] = []
        return url(p)
    }

    /// The bytes of a part that never reached the disk, emptying its buffer.
    private func takeBuffer(_ p: Int) -> [UInt8] {
        defer { buffers[p] = [] }
        return buffers[p]
    }

    private func flush(_ p: Int) throws {
        guard !buffers[p].isEmpty else { return }
        if handles[p] == nil {
            let url = url(p)
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
            }
            handles[p] = try FileHandle(forWritingTo: url)
        }
        try handles[p]?.write(contentsOf: buffers[p])
        buffers[p].removeAll(keepingCapacity: true)
    }

    private func url(_ p: Int) -> URL { folder.appendingPathComponent("part-\(p)") }
}
