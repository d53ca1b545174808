import Foundation

/// Writes a bundle atomically: every file goes into a fresh folder beside the
/// target, which is then renamed into place, so a failed or interrupted build
/// leaves the previous bundle whole. An existing folder is replaced only if it
/// is a hitc bundle (its `manifest.json` says `"generator": "hitc"`), unless forced.
/// A rebuild keeps the folders other commands write inside a bundle (`keptFolders`).
public enum BundleWriter {
    /// Written into a bundle by `hitc batch` and `hitc aggregate` (their default
    /// output folders), not by the build: a rebuild moves them into the new bundle.
    public static let keptFolders = ["batch", "aggregate"]

    /// Why a bundle could not be written.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case notABundle(String)
        case unsafePath(String)
        case io(String)

        public var description: String {
            switch self {
            case .notABundle(let path): "'\(path)' exists and is not a hitc bundle; use --force to replace it"
            case .unsafePath(let path): "refusing to write '\(path)' outside the bundle"
            case .io(let message): message
            }
        }
    }

    /// Writes `files` (relative path → bytes) as the folder `destination`.
    public static func write(_ files: [(path: String, data: Data)], to destination: URL, force: Bool) throws(Failure) {
        let manager = FileManager.default
        let target = destination.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        let staging = parent.appendingPathComponent(".\(name).hitc-new-\(token)")
        let retired = parent.appendingPathComponent(".\(name).hitc-old-\(token)")

        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if exists, !force, !(isDirectory.boolValue && isBundle(target)) {
            throw .notABundle(target.path)
        }
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw .io("cannot create '\(staging.path)': \(error.localizedDescription)")
        }
        do {
            for file in files {
                guard isSafe(file.path) else { throw Failure.unsafePath(file.path) }
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url)
            }
            var kept: [String] = []
            if exists, isDirectory.boolValue {
                for name in keptFolders where !files.contains(where: { $0.path.hasPrefix(name + "/") })
                    && manager.fileExists(atPath: target.appendingPathComponent(name).path) {
                    try manager.moveItem(at: target.appendingPathComponent(name), to: staging.appendingPathComponent(name))
                    kept.append(name)
                }
            }
            func restoreKept() {
                for name in kept {
                    try? manager.moveItem(at: staging.appendingPathComponent(name), to: target.appendingPathComponent(name))
                }
            }
            if exists {
                do { try manager.moveItem(at: target, to: retired) } catch { restoreKept(); throw error }
            }
            do {
                try manager.moveItem(at: staging, to: target)
            } catch {
                if exists { try? manager.moveItem(at: retired, to: target) }
                restoreKept()
                throw error
            }
            if exists { try? manager.removeItem(at: retired) }
        } catch let failure as Failure {
            try? manager.removeItem(at: staging)
            throw failure
        } catch {
            try? manager.removeItem(at: staging)
            throw .io("cannot write the bundle '\(target.path)': \(error.localizedDescription)")
        }
    }

    /// True when the folder holds a manifest written by hitc.
    static func isBundle(_ folder: URL) -> Bool {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("manifest.json").path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
        return object["generator"] as? String == "hitc"
    }

    /// A relative path of plain components: no `..`, no absolute path, no empty part.
    static func isSafe(_ path: String) -> Bool {
        guard !path.hasPrefix("/"), !path.isEmpty else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { $0 != ".." && $0 != "." && !$0.isEmpty }
    }
}
