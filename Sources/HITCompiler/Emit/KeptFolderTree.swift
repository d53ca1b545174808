import Foundation

/// The folders other commands write inside a bundle (`batch/`, `aggregate/`), as
/// file trees: carried into a new bundle by hard links, so the old and the new
/// bundle hold the same files until the old one is removed, and compared, so a
/// stray copy is removed only when the bundle holds everything it holds.
enum KeptFolderTree {
    /// Hard-links every file of `source` into `destination` (which must not exist),
    /// recreating folders and symbolic links. False, with nothing left at
    /// `destination`, where hard links cannot be made (another file system, one
    /// without links, no permission).
    static func link(_ source: URL, to destination: URL) -> Bool {
        do {
            try FileManager.default.linkItem(at: source, to: destination)
            return true
        } catch {
            try? FileManager.default.removeItem(at: destination)
            return false
        }
    }

    /// True when everything in `copy` is also in `folder`: every name, every file
    /// the same (the same file, or the same bytes), every symbolic link the same
    /// target. Then removing `copy` loses nothing, even when it is a part (a
    /// removal that was cut short).
    static func isCovered(_ copy: URL, by folder: URL) -> Bool {
        let manager = FileManager.default
        guard let paths = entries(of: copy) else { return false }
        for relative in paths {
            let x = copy.appendingPathComponent(relative).path, y = folder.appendingPathComponent(relative).path
            guard let p = try? manager.attributesOfItem(atPath: x), let q = try? manager.attributesOfItem(atPath: y),
                  let kind = p[.type] as? FileAttributeType, kind == q[.type] as? FileAttributeType else { return false }
            switch kind {
            case .typeDirectory: continue
            case .typeSymbolicLink:
                guard let s = try? manager.destinationOfSymbolicLink(atPath: x),
                      s == (try? manager.destinationOfSymbolicLink(atPath: y)) else { return false }
            case .typeRegular:
                if isSameFile(p, q) { continue }
                guard (p[.size] as? NSNumber) == (q[.size] as? NSNumber), sameBytes(x, y) else { return false }
            default:
                return false
            }
        }
        return true
    }

    /// Every path under `folder`, relative to it, sorted; nil when it cannot be read.
    private static func entries(of folder: URL) -> [String]? {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return nil }
        var paths: [String] = []
        while let next = enumerator.nextObject() as? String { paths.append(next) }
        return paths.sorted()
    }

    /// The same device and inode: two names of one file (a hard link).
    private static func isSameFile(_ p: [FileAttributeKey: Any], _ q: [FileAttributeKey: Any]) -> Bool {
        guard let device = p[.systemNumber] as? NSNumber, let inode = p[.systemFileNumber] as? NSNumber else { return false }
        return device == q[.systemNumber] as? NSNumber && inode == q[.systemFileNumber] as? NSNumber
    }

    /// Equal contents, read a megabyte at a time.
    private static func sameBytes(_ x: String, _ y: String) -> Bool {
        guard let f = FileHandle(forReadingAtPath: x), let g = FileHandle(forReadingAtPath: y) else { return false }
        defer { try? f.close(); try? g.close() }
        do {
            while true {
                let u = try f.read(upToCount: 1 << 20) ?? Data(), v = try g.read(upToCount: 1 << 20) ?? Data()
                if u != v { return false }
                if u.isEmpty { return true }
            }
        } catch {
            return false
        }
    }
}
