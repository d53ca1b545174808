import Foundation

/// What `hitc serve` watches: for each input file its modification time, size,
/// inode and kind, read with `stat` (never opened, so a FIFO or a huge file costs
/// nothing here; the loader's limits apply when the build reads it). A missing
/// file has no stamp; it appearing is a change too.
///
/// Watching is by polling these stamps (`hitc serve` every 50 ms), not inotify:
/// editors save by writing a new file and renaming it over the old one, which
/// ends an inotify watch on the file (one would have to watch every folder and
/// filter), and polling a handful of `stat` calls costs well under a millisecond
/// while working the same on Linux and macOS. The inode catches a rename-over
/// that keeps the time and size.
public struct InputStamps: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64
        var mode: UInt32
    }

    private(set) var stamps: [String: Stamp?]

    /// The stamps of `paths` and of every file under `folders` (templates).
    public init(paths: [String], folders: [String] = []) {
        var stamps: [String: Stamp?] = [:]
        for path in paths { stamps[path] = Self.stamp(path) }
        for folder in folders {
            stamps[folder] = Self.stamp(folder)
            let enumerator = FileManager.default.enumerator(atPath: folder)
            while let name = enumerator?.nextObject() as? String {
                let path = (folder as NSString).appendingPathComponent(name)
                stamps[path] = Self.stamp(path)
            }
        }
        self.stamps = stamps
    }

    /// The paths whose stamp differs between the two (added, removed or changed).
    public func changed(since old: InputStamps) -> [String] {
        Set(stamps.keys).union(old.stamps.keys).filter { path in
            (stamps[path] ?? nil) != (old.stamps[path] ?? nil)
        }.sorted()
    }

    /// These stamps, taking `earlier`'s for every path it has: a file changed
    /// after `earlier` was read (during a build) still differs from the result.
    public func keeping(_ earlier: InputStamps) -> InputStamps {
        var merged = self
        for (path, stamp) in earlier.stamps where merged.stamps[path] != nil { merged.stamps[path] = stamp }
        return merged
    }

    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Stamp(seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec), size: Int64(info.st_size),
                     inode: UInt64(info.st_ino), mode: UInt32(info.st_mode))
    }
}
