import Foundation

/// The output folder of `hitc batch`, written atomically: files are streamed
/// into a fresh folder beside the target, which replaces the target only once
/// everything is written (as `BundleWriter` does for bundles). A failed or
/// interrupted run leaves the previous batch whole and no partial file. An
/// existing folder is replaced only when it is a hitc batch (its
/// `summary.json` says `"generator": "hitc"`, `"command": "batch"`), unless forced.
final class BatchFolder {
    /// Why the folder could not be written.
    enum Failure: Error, CustomStringConvertible {
        case notABatch(String)
        case io(String)

        var description: String {
            switch self {
            case .notABatch(let path): "'\(path)' exists and is not a hitc batch; use --force to replace it"
            case .io(let message): message
            }
        }
    }

    let target: URL
    /// The folder files are written into until `commit`.
    let staging: URL
    private let force: Bool
    /// Folders above the target that this run created (deepest first), removed again on failure.
    private var createdParents: [URL] = []
    private var open: [String: FileHandle] = [:]
    private var buffers: [String: [UInt8]] = [:]

    /// Checks that `target` may be replaced, then creates the staging folder.
    init(_ target: URL, force: Bool) throws(Failure) {
        self.target = target.standardizedFileURL
        self.force = force
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        staging = self.target.deletingLastPathComponent().appendingPathComponent(".\(self.target.lastPathComponent).hitc-new-\(token)")
        try Self.checkReplaceable(self.target, force: force)
        var parent = self.target.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: parent.path), parent.path != "/" {
            createdParents.append(parent)
            parent = parent.deletingLastPathComponent()
        }
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .io("cannot create '\(staging.path)': \(error.localizedDescription)")
        }
    }

    /// Throws when `target` exists and is not a hitc batch (and not forced).
    static func checkReplaceable(_ target: URL, force: Bool) throws(Failure) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), !force else { return }
        if !(isDirectory.boolValue && isBatch(target)) { throw .notABatch(target.path) }
    }

    /// True when the folder's `summary.json` was written by `hitc batch`.
    static func isBatch(_ folder: URL) -> Bool {
        let path = folder.appendingPathComponent("summary.json").path
        guard let bytes = try? InputFile(opening: path).readAll(limit: 1 << 20),
              let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { return false }
        return object["generator"] as? String == "hitc" && object["command"] as? String == "batch"
    }

    /// Appends bytes to the file at relative `path` (buffered).
    func append(_ bytes: [UInt8], to path: String) throws {
        buffers[path, default: []] += bytes
        if buffers[path]!.count >= 1 << 16 { try flush(path) }
    }

    /// Writes a whole small file.
    func write(_ data: Data, to path: String) throws {
        let url = staging.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    private func flush(_ path: String) throws {
        guard let bytes = buffers[path], !bytes.isEmpty else { return }
        if open[path] == nil {
            let url = staging.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
            }
            open[path] = try FileHandle(forWritingTo: url)
        }
        try open[path]?.write(contentsOf: bytes)
        buffers[path] = []
    }

    /// Closes every file and moves the staging folder into place.
    func commit() throws(Failure) {
        let manager = FileManager.default
        do {
            for path in buffers.keys { try flush(path) }
            for handle in open.values { try handle.close() }
            open = [:]
            try Self.checkReplaceable(target, force: force)
            let retired = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent + "-old")
            let exists = manager.fileExists(atPath: target.path)
            try FolderSwap.swapIn(staging, at: target, exists: exists, retired: retired, tryExchange: false)
            if exists { try? manager.removeItem(at: retired) }
        } catch let failure as Failure {
            discard()
            throw failure
        } catch {
            discard()
            throw .io("cannot write '\(target.path)': \(error.localizedDescription)")
        }
    }

    /// Removes the staging folder and any folder created for it: nothing is left behind.
    func discard() {
        for handle in open.values { try? handle.close() }
        open = [:]
        buffers = [:]
        try? FileManager.default.removeItem(at: staging)
        for folder in createdParents {
            // Only if still empty (rmdir refuses otherwise).
            if rmdir(folder.path) != 0 { break }
        }
    }
}
