import Foundation

/// Reads files of a git revision with `git show REV:path`, run through the
/// process API (no shell) in a given folder, into a file on disk.
///
/// The revision must not start with `-` (it would be read as an option) and
/// may hold no control character; the path must be relative without `..`
/// (git itself refuses paths outside the repository). Whatever git says on
/// failure becomes the reason.
struct GitRevisionReader {
    /// The folder git runs in (its repository is the spec's).
    var directory: URL

    /// Why a revision or path cannot be read.
    struct Failure: Error {
        var reason: String
    }

    /// The problem with `revision` or `path` as written, before git sees them.
    static func problem(revision: String, path: String) -> String? {
        if revision.isEmpty { return "no revision before ':' (write REV:path, e.g. main:spec.yaml)" }
        if revision.hasPrefix("-") { return "a revision must not start with '-' (it would be read as an option of git)" }
        if path.isEmpty { return "no path after ':' (write REV:path, e.g. main:spec.yaml)" }
        let all = revision + path
        if all.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "the revision or path holds a control character"
        }
        if path.hasPrefix("/") || path.split(separator: "/").contains("..") {
            return "the path must be relative to the repository, without '..'"
        }
        return nil
    }

    /// The size in bytes of `revision:path`, which must be a file (a blob).
    func size(revision: String, path: String) throws(Failure) -> Int {
        let kind = try run(["cat-file", "-t", "\(revision):\(path)"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard kind == "blob" else { throw Failure(reason: "'\(revision):\(path)' is a \(kind), not a file") }
        let text = try run(["cat-file", "-s", "\(revision):\(path)"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let size = Int(text) else { throw Failure(reason: "git gave no size for '\(revision):\(path)'") }
        return size
    }

    /// Writes the bytes of `revision:path` to `destination` (streamed, not held in memory).
    func write(revision: String, path: String, to destination: URL) throws(Failure) {
        guard FileManager.default.createFile(atPath: destination.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: destination) else {
            throw Failure(reason: "cannot write a temporary copy at \(destination.path)")
        }
        defer { try? handle.close() }
        _ = try run(["show", "--no-textconv", "--end-of-options", "\(revision):\(path)"], output: handle)
    }

    /// Runs git with `arguments`; its standard output as text, or into `output`.
    @discardableResult
    private func run(_ arguments: [String], output: FileHandle? = nil) throws(Failure) -> String {
        guard let git = Self.executable else { throw Failure(reason: "git is not installed (no 'git' on PATH)") }
        let process = Process()
        process.executableURL = git
        process.arguments = ["--no-pager", "-c", "core.quotePath=false"] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_PAGER"] = "cat"
        process.environment = environment
        let errors = Pipe(), out = Pipe()
        process.standardError = errors
        process.standardOutput = output ?? out
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw Failure(reason: "cannot run git: \(error.localizedDescription)") }
        // Read both pipes before waiting, so a full pipe never blocks git.
        var text = Data()
        let group = DispatchGroup()
        nonisolated(unsafe) var errorText = Data()
        group.enter()
        DispatchQueue.global().async {
            errorText = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if output == nil { text = out.fileHandleForReading.readDataToEndOfFile() }
        group.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorText.prefix(2000), as: UTF8.self)
                .split(separator: "\n").first.map(String.init) ?? "git failed (status \(process.terminationStatus))"
            throw Failure(reason: message.hasPrefix("fatal: ") ? String(message.dropFirst(7)) : message)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `git` on `PATH`, found once.
    private static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("git")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()
}
