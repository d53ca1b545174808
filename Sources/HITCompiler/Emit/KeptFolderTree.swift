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

    /// Equal contents, read a megabyte at a time through `InputFile` (regular
    /// files only: a name swapped for a FIFO meanwhile is not read, it would block).
    private static func sameBytes(_ x: String, _ y: String) -> Bool {
        guard let f = try? InputFile(opening: x), let g = try? InputFile(opening: y), f.size == g.size else { return false }
        var u = [UInt8](repeating: 0, count: min(f.size, 1 << 20)), v = u
        var offset = 0
        while offset < f.size {
            let want = min(u.count, f.size - offset)
            guard fill(&u, want, from: f, at: offset), fill(&v, want, from: g, at: offset), u[..<want] == v[..<want] else {
                return false
            }
            offset += want
        }
        return true
    }

    /// Reads `count` bytes of `file` from `offset` into the start of `buffer`; false when they are not all there.
    private static func fill(_ buffer: inout [UInt8], _ count: Int, from file: InputFile, at offset: Int) -> Bool {
        var done = 0
        while done < count {
            let n = try? buffer.withUnsafeMutableBytes { raw throws(InputFileError) in
                try file.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[done..<count]), at: offset + done)
            }
            guard let n, n > 0 else { return false }
            done += n
        }
        return true
    }
}
