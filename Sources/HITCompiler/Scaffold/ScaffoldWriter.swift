import Foundation

/// Writes the scaffold of `hitc init` into a folder, all or nothing: every
/// target path is checked first (with `lstat`, so a dangling symlink counts as
/// existing) and nothing is written when any exists; a failure while writing
/// removes what was written, and the folders made for it.
public enum ScaffoldWriter {
    /// Why the scaffold was not written.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// A file to write is already there (a symlink, even a dangling one, included).
        case exists(String)
        /// A folder the files go in is there but is not a folder.
        case notAFolder(String)
        /// Writing failed (after what was written was removed).
        case cannotWrite(String, String)

        /// The error as one line for the terminal.
        public var description: String {
            switch self {
            case .exists(let path): "'\(path)' already exists; not overwriting anything"
            case .notAFolder(let path): "'\(path)' exists and is not a folder; not writing anything"
            case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason); nothing was left behind"
            }
        }
    }

    /// Writes one file that does not exist yet (tests put a failing one in).
    public typealias Write = (_ path: String, _ bytes: [UInt8]) throws -> Void

    /// Writes `files` under `directory`; the paths written, in order.
    public static func write(_ files: [Scaffold.File], into directory: String,
                             using write: Write = writeNew) throws(Failure) -> [String] {
        let paths = files.map { (directory as NSString).appendingPathComponent($0.path) }
        let folders = try foldersToMake(for: files, in: directory)
        for path in paths where exists(path) { throw .exists(path) }

        var made: [String] = []
        var written: [String] = []
        func undo() {
            for path in written.reversed() { unlink(path) }
            for folder in made.reversed() { rmdir(folder) }
        }
        for folder in folders {
            guard mkdir(folder, 0o755) == 0 else {
                let reason = String(cString: strerror(errno))
                undo()
                throw .cannotWrite(folder, reason)
            }
            made.append(folder)
        }
        for (file, path) in zip(files, paths) {
            do {
                try write(path, Array(file.contents.utf8))
            } catch {
                undo()
                throw .cannotWrite(path, "\(error)")
            }
            written.append(path)
        }
        return written
    }

    /// Creates the file at `path`, failing when anything is there (`O_EXCL`, which
    /// does not follow a symlink), and writes `bytes`.
    public static func writeNew(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(errno: errno) }
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                let error = errno
                unlink(path)
                throw WriteError(errno: error)
            }
            done += n
        }
    }

    /// A failed system call, described by the system's message.
    struct WriteError: Error, CustomStringConvertible {
        var errno: Int32
        var description: String { String(cString: strerror(errno)) }
    }

    /// The folders to make, parents first: the target folder (and its parents)
    /// and the folders of the files inside it, those that do not exist. One that
    /// exists must be a folder (a symlink to one will do; a dangling one will not).
    private static func foldersToMake(for files: [Scaffold.File], in directory: String) throws(Failure) -> [String] {
        var candidates = prefixes(directory)
        for file in files {
            let parts = file.path.split(separator: "/").dropLast()
            for k in parts.indices {
                candidates.append((directory as NSString).appendingPathComponent(parts[...k].joined(separator: "/")))
            }
        }
        var folders: [String] = []
        var seen: Set<String> = []
        for folder in candidates where seen.insert(folder).inserted {
            var status = stat()
            if stat(folder, &status) == 0 {
                guard status.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(folder) }
            } else if exists(folder) {
                throw .notAFolder(folder)
            } else {
                folders.append(folder)
            }
        }
        return folders
    }

    /// `a`, `a/b`, `a/b/c` for `a/b/c` (`/a`, ... for an absolute path).
    private static func prefixes(_ path: String) -> [String] {
        var result: [String] = []
        var current = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            current += (current.isEmpty || current == "/" ? "" : "/") + part
            result.append(current)
        }
        return result
    }

    /// True when anything is at `path`, a dangling symlink included (`lstat`).
    private static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }
}
