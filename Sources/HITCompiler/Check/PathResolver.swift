import Foundation

/// Resolves paths written in a spec (`sample`, `file`) against the spec's folder
/// and refuses any that leave it: absolute paths, `..` that climbs out, and
/// symlinks whose target is outside.
struct PathResolver: Sendable {
    /// The folder holding the spec, resolved (symlinks followed).
    let root: URL

    init(specPath: String) {
        let url = URL(fileURLWithPath: specPath).deletingLastPathComponent()
        root = url.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// Why a path was refused.
    enum Failure: Error, Equatable, Sendable {
        case absolute
        case escapes
        /// A symlink on the path leads outside; its target as written in the link.
        case symlinkEscapes(String)
        case missing
        case notAFile
    }

    /// The resolved URL of `relative`, or why it is refused.
    func resolve(_ relative: String) -> Result<URL, Failure> {
        if relative.hasPrefix("/") || relative.hasPrefix("~") || relative.hasPrefix("\\")
            || (relative.count >= 2 && relative.dropFirst().first == ":") {
            return .failure(.absolute)
        }
        // Lexical check first: `..` may not climb above the root.
        var depth = 0
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            if part == ".." { depth -= 1 } else if part != "." { depth += 1 }
            if depth < 0 { return .failure(.escapes) }
        }
        // Follow the path one component at a time, so a symlink that leads outside is
        // refused, and named as written, even when its target does not exist.
        var current = root
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) where part != "." {
            current = part == ".." ? current.deletingLastPathComponent() : current.appendingPathComponent(String(part))
            guard let link = try? FileManager.default.destinationOfSymbolicLink(atPath: current.path) else { continue }
            let target = URL(fileURLWithPath: link, relativeTo: current.deletingLastPathComponent())
                .standardizedFileURL.resolvingSymlinksInPath()
            guard isInside(target) else { return .failure(.symlinkEscapes(link)) }
            current = target
        }
        let candidate = current.standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory) else {
            // A dangling symlink to a place inside the folder also lands here.
            return .failure(.missing)
        }
        let real = candidate.resolvingSymlinksInPath()
        guard isInside(real) else {
            return .failure(.symlinkEscapes(real.path))
        }
        if isDirectory.boolValue { return .failure(.notAFile) }
        return .success(real)
    }

    /// True when `url` is the root or lies below it.
    private func isInside(_ url: URL) -> Bool {
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return url.path == root.path || url.path.hasPrefix(rootPath)
    }
}
