import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a bundle so that the folder holds either the whole old bundle or the
/// whole new one at every instant, even when the process is killed: every file
/// goes into a new folder beside the target, `batch/` and `aggregate/` are
/// hard-linked into it, and the two folders are exchanged atomically
/// (`FolderSwap`); then the old one is removed. Folders that interrupted runs left
/// behind are cleaned up, and a kept folder that only such a folder holds is
/// recovered into the new bundle (`StrayBundleFolder`).
///
/// An existing folder is replaced only if it is a hitc bundle (its `manifest.json`
/// says `"generator": "hitc"`), unless forced.
enum BundleWriter {
    /// Written into a bundle by `hitc batch` and `hitc aggregate` (their default
    /// output folders), not by the build: a rebuild carries them into the new bundle.
    static let keptFolders = ["batch", "aggregate"]

    /// The file that marks a folder as hitc's while it is written or removed.
    static let stagingMarker = ".hitc-staging"

    /// Why a bundle could not be written.
    enum Failure: Error, CustomStringConvertible, Equatable {
        case notABundle(String)
        case unsafePath(String)
        case io(String)

        var description: String {
            switch self {
            case .notABundle(let path): "'\(path)' exists and is not a hitc bundle; use --force to replace it"
            case .unsafePath(let path): "refusing to write '\(path)' outside the bundle"
            case .io(let message): message
            }
        }
    }

    /// Writes `files` (relative path → bytes) as the folder `destination`.
    ///
    /// - Returns: notes for the user: kept folders recovered from, or stray folders
    ///   kept because their kept folder holds files the bundle's does not.
    @discardableResult
    static func write(_ files: [(path: String, data: Data)], to destination: URL, force: Bool) throws(Failure) -> [String] {
        let manager = FileManager.default
        let target = destination.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let token = "\(getpid())-\(UUID().uuidString.prefix(8))"
        let staging = parent.appendingPathComponent(".\(name).hitc-new-\(token)")
        let retired = parent.appendingPathComponent(".\(name).hitc-old-\(token)")
        let hooks = TestHooks.current

        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if exists, !force, !(isDirectory.boolValue && isBundle(target)) {
            throw .notABundle(target.path)
        }
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            try markerText(name).write(to: staging.appendingPathComponent(stagingMarker))
        } catch {
            discard(staging, bundle: name)
            throw .io("cannot create '\(staging.path)': \(error.localizedDescription)")
        }
        hooks.reached(.stagingCreated)

        // Until the swap, every change can be undone: moves are listed to be moved back.
        var moves: [(from: URL, to: URL)] = []
        var notes: [String] = []
        let strays: [StrayBundleFolder]
        do {
            for file in files {
                guard isSafe(file.path) else { throw Failure.unsafePath(file.path) }
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url)
            }
            hooks.reached(.filesWritten)
            let carried = keptFolders.filter { name in !files.contains { $0.path.hasPrefix(name + "/") } }
            if exists, isDirectory.boolValue {
                for kept in carried where manager.fileExists(atPath: target.appendingPathComponent(kept).path) {
                    let source = target.appendingPathComponent(kept), copy = staging.appendingPathComponent(kept)
                    if hooks.carryByMoving || !KeptFolderTree.link(source, to: copy) {
                        try manager.moveItem(at: source, to: copy)
                        moves.append((source, copy))
                    }
                    hooks.reached(.keptCarried)
                }
            }
            strays = StrayBundleFolder.find(in: parent, bundle: name)
            for kept in carried where !manager.fileExists(atPath: staging.appendingPathComponent(kept).path) {
                guard let stray = strays.first(where: { $0.keptFolders.contains(kept) }) else { continue }
                let source = stray.url.appendingPathComponent(kept), copy = staging.appendingPathComponent(kept)
                try manager.moveItem(at: source, to: copy)
                moves.append((source, copy))
                notes.append("recovered '\(kept)/' of '\(target.path)' from '\(stray.url.lastPathComponent)', left by an interrupted build")
                hooks.reached(.keptRecovered)
            }
            try manager.removeItem(at: staging.appendingPathComponent(stagingMarker))
            hooks.reached(.markerRemoved)
            try FolderSwap.swapIn(staging, at: target, exists: exists, retired: retired, tryExchange: !hooks.forceRenames) {
                hooks.reached($0 == .retired ? .retired : .swapped)
            }
        } catch {
            var undone = true
            for move in moves.reversed() where (try? manager.moveItem(at: move.to, to: move.from)) == nil { undone = false }
            if undone {
                discard(staging, bundle: name)
            } else {
                // A kept folder could not go back: leave it in the marked folder, where the next build recovers it.
                try? markerText(name).write(to: staging.appendingPathComponent(stagingMarker))
            }
            if let failure = error as? Failure { throw failure }
            throw .io("cannot write the bundle '\(target.path)': \(error.localizedDescription)")
        }
        // The new bundle is in place; what is left is tidying up.
        // The old bundle: at `staging` after an exchange, at `retired` after two renames.
        discard(staging, bundle: name)
        discard(retired, bundle: name)
        hooks.reached(.oldRemoved)
        for stray in strays {
            let differing = stray.keptFolders.filter { kept in
                let copy = stray.url.appendingPathComponent(kept)
                guard manager.fileExists(atPath: copy.path) else { return false }
                return !KeptFolderTree.isCovered(copy, by: target.appendingPathComponent(kept))
            }
            if differing.isEmpty {
                discard(stray.url, bundle: name)
            } else {
                notes.append("kept '\(stray.url.path)', left by an interrupted build: its "
                             + differing.map { "'\($0)/'" }.joined(separator: " and ")
                             + " holds files the bundle's does not; take what you need from it, then delete it")
            }
        }
        hooks.reached(.straysRemoved)
        return notes
    }

    /// Removes a folder hitc made, the marker last: a removal cut short leaves a
    /// folder a later build still knows as hitc's. Nothing happens where nothing is.
    static func discard(_ folder: URL, bundle name: String) {
        let manager = FileManager.default
        guard let attributes = try? manager.attributesOfItem(atPath: folder.path) else { return }
        guard attributes[.type] as? FileAttributeType == .typeDirectory else {
            try? manager.removeItem(at: folder)
            return
        }
        let marker = folder.appendingPathComponent(stagingMarker)
        if !manager.fileExists(atPath: marker.path) { try? markerText(name).write(to: marker) }
        for entry in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? [] where entry != stagingMarker {
            try? manager.removeItem(at: folder.appendingPathComponent(entry))
        }
        try? manager.removeItem(at: folder)
    }

    /// What the marker says to someone who finds it.
    private static func markerText(_ name: String) -> Data {
        Data("hitc build uses this folder while it replaces the bundle '\(name)'; a later build removes it\n".utf8)
    }

    /// The most bytes of a `manifest.json` read to tell whether a folder is a
    /// bundle: 32 MiB, four times the default size limit of a spec, of which a
    /// manifest holds a part (the task's questions and options) with the
    /// bundle's files and digests. A larger file is not taken for hitc's.
    static let maxManifestBytes = 32 << 20

    /// True when the folder holds a manifest written by hitc: a regular file
    /// (read through `InputFile`, so a FIFO or a device named `manifest.json`
    /// is refused, not read: it would block or never end) of at most
    /// `maxManifestBytes`, whose `generator` is `hitc`.
    static func isBundle(_ folder: URL) -> Bool {
        let path = folder.appendingPathComponent("manifest.json").path
        guard let bytes = try? InputFile(opening: path).readAll(limit: maxManifestBytes),
              let marker = try? JSONDecoder().decode(ManifestMarker.self, from: Data(bytes)) else { return false }
        return marker.generator == "hitc"
    }

    /// The one key of a manifest that says who wrote it.
    private struct ManifestMarker: Decodable {
        var generator: String?
    }

    /// A relative path of plain components: no `..`, no absolute path, no empty part.
    static func isSafe(_ path: String) -> Bool {
        guard !path.hasPrefix("/"), !path.isEmpty else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { $0 != ".." && $0 != "." && !$0.isEmpty }
    }
}
