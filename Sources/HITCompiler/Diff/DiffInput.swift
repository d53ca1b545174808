import Foundation

/// One side of `hitc diff`: a spec file, or `REV:path`, a spec as committed
/// in git (an argument that names an existing file is always a file).
enum DiffInput: Sendable, Equatable {
    case file(String)
    case revision(revision: String, path: String)

    init(_ argument: String) {
        if FileManager.default.fileExists(atPath: argument) {
            self = .file(argument)
        } else if let colon = argument.firstIndex(of: ":") {
            self = .revision(revision: String(argument[..<colon]), path: String(argument[argument.index(after: colon)...]))
        } else {
            self = .file(argument)
        }
    }

    /// The name diagnostics use: the path, or `REV:path`.
    var name: String {
        switch self {
        case .file(let path): path
        case .revision(let revision, let path): "\(revision):\(path)"
        }
    }
}

/// A spec of a git revision copied to a temporary folder with the files it
/// names (sample, gold, section files, from the same revision), so the
/// standard pipeline checks it as it was; diagnostics name `REV:path`.
struct RevisionSpec {
    /// The temporary folder (removed by `remove`).
    let folder: URL
    /// The spec's copy.
    let specPath: String
    /// `REV:` plus the spec's folder in the repository, what `folder` stands for.
    let displayPrefix: String

    /// Copies `revision:path` (at most `maxBytes`) and the files its spec names.
    static func copy(revision: String, path: String, gitDirectory: URL, limits: YAMLLimits) -> Result<RevisionSpec, Diagnostic> {
        let name = "\(revision):\(path)"
        if let problem = GitRevisionReader.problem(revision: revision, path: path) {
            return .failure(Diagnostic(.unreadableFile, problem, file: name, range: nil))
        }
        let git = GitRevisionReader(directory: gitDirectory)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hitc-diff-\(UUID().uuidString)")
        do {
            let size = try git.size(revision: revision, path: path)
            if size > limits.maxInputBytes {
                return .failure(Diagnostic(.fileTooLarge, "file is \(size) bytes; a spec may be at most \(limits.maxInputBytes) bytes", file: name, range: nil))
            }
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let fileName = (path as NSString).lastPathComponent
            let copy = folder.appendingPathComponent(fileName.isEmpty ? "spec.yaml" : fileName)
            try git.write(revision: revision, path: path, to: copy)
            let directory = (path as NSString).deletingLastPathComponent
            let spec = RevisionSpec(folder: folder, specPath: copy.path,
                                    displayPrefix: "\(revision):" + (directory.isEmpty ? "" : directory + "/"))
            spec.copyNamedFiles(git: git, revision: revision, repositoryFolder: directory, limits: limits)
            return .success(spec)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            return .failure(Diagnostic(.unreadableFile, "git cannot read it: \(error.reason)", file: name, range: nil))
        }
    }

    /// Copies the sample, gold and section files the spec names; one that
    /// cannot be read is left out (the check then reports it, located in the spec).
    private func copyNamedFiles(git: GitRevisionReader, revision: String, repositoryFolder: String, limits: YAMLLimits) {
        let source = Pipeline.standard.load(specPath, limits)
        guard let file = source.file, let spec = Pipeline.standard.parse(file, specPath, limits).spec else { return }
        var named = [spec.data.sample?.value, spec.quality?.gold?.file.value].compactMap { $0 }
        named += (spec.guidelines?.sections ?? []).compactMap { $0.file?.value }
        for relative in Set(named) {
            guard let inside = Self.normalized(relative) else { continue }
            let repositoryPath = repositoryFolder.isEmpty ? inside : repositoryFolder + "/" + inside
            guard (try? git.size(revision: revision, path: repositoryPath)) != nil else { continue }
            let destination = folder.appendingPathComponent(inside)
            try? FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? git.write(revision: revision, path: repositoryPath, to: destination)
        }
    }

    /// `relative` without `.` and with `..` applied, or nil when it is absolute or climbs out.
    static func normalized(_ relative: String) -> String? {
        if relative.hasPrefix("/") || relative.hasPrefix("~") || relative.hasPrefix("\\") { return nil }
        var parts: [Substring] = []
        for part in relative.split(separator: "/") where part != "." {
            if part == ".." {
                if parts.popLast() == nil { return nil }
            } else {
                parts.append(part)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// A file name of the copy as the user knows it (`REV:dir/data/gold.csv`).
    func display(_ text: String) -> String {
        text.replacingOccurrences(of: folder.path + "/", with: displayPrefix)
    }

    /// Removes the temporary folder.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
