import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder an interrupted `hitc build` left beside a bundle: `.<name>.hitc-new-<pid>-<token>`
/// (a new bundle being written, or after an exchange the old one on its way out) or
/// `.<name>.hitc-old-<pid>-<token>` (the old bundle put aside where the system cannot
/// exchange two folders).
///
/// Only folders hitc made are ever touched, known by all of: the exact name
/// pattern, a real folder (not a symbolic link), a hitc staging marker or a hitc
/// `manifest.json` inside, and a process id that no running process has (so the
/// folder of a build still running is left alone; a reused id only delays the
/// clean-up).
struct StrayBundleFolder {
    /// Where it is.
    let url: URL
    /// The kept folders (`batch`, `aggregate`) it holds.
    let keptFolders: [String]

    /// The strays of the bundle `name` in `parent` whose build has ended, the most
    /// recently changed first.
    static func find(in parent: URL, bundle name: String) -> [StrayBundleFolder] {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: parent.path) else { return [] }
        var found: [(StrayBundleFolder, Date)] = []
        for candidate in names {
            guard let pid = processID(inName: candidate, bundle: name), !isRunning(pid) else { continue }
            let url = parent.appendingPathComponent(candidate)
            guard let attributes = try? manager.attributesOfItem(atPath: url.path),
                  attributes[.type] as? FileAttributeType == .typeDirectory,
                  manager.fileExists(atPath: url.appendingPathComponent(BundleWriter.stagingMarker).path)
                    || BundleWriter.isBundle(url) else { continue }
            let kept = BundleWriter.keptFolders.filter { isFolder(url.appendingPathComponent($0)) }
            found.append((StrayBundleFolder(url: url, keptFolders: kept), attributes[.modificationDate] as? Date ?? .distantPast))
        }
        return found.sorted { $0.1 > $1.1 }.map(\.0)
    }

    /// The process id in a name hitc gives its folders for the bundle `name`, or
    /// nil when the name is not one of them.
    static func processID(inName candidate: String, bundle name: String) -> Int32? {
        var rest = Substring(candidate)
        for prefix in [".\(name).hitc-new-", ".\(name).hitc-old-"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            let parts = rest.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
                  let pid = Int32(parts[0]), pid > 0,
                  parts[1].count == 8, parts[1].allSatisfy({ $0.isASCII && $0.isHexDigit }) else { return nil }
            return pid
        }
        return nil
    }

    /// True when a process with this id exists (or may: it belongs to another user).
    static func isRunning(_ pid: Int32) -> Bool {
        if pid == getpid() { return true }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    /// A folder, not a symbolic link to one.
    private static func isFolder(_ url: URL) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType == .typeDirectory
    }
}
