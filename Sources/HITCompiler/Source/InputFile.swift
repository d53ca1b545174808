import Foundation

/// A regular file opened for reading: the one way hitc opens a file it reads
/// (specs, data, section files, templates, results).
///
/// The file is opened with `O_NONBLOCK`, so opening a FIFO returns at once
/// instead of waiting for a writer, then the opened descriptor is examined
/// (`fstat`, not the path, so nothing can be swapped in between): anything but
/// a regular file (a FIFO, a device such as `/dev/zero`, a directory, a socket)
/// is refused, with what it is. `O_NONBLOCK` is then cleared and reads are
/// plain `read(2)` into memory the caller owns: a file that shrinks while it is
/// read ends early (an error), it never raises a signal as a mapping would.
final class InputFile {
    /// The path as given.
    let path: String
    /// The open descriptor, closed when the value is released.
    let descriptor: Int32
    /// The size when opened, in bytes.
    let size: Int

    /// The most bytes read of a text file that is read whole (a Markdown
    /// section file, a template override): 8 MiB, the default size limit of a spec.
    static let maxTextBytes = 8 << 20

    /// Opens `path` (symlinks followed); throws when it cannot be opened or is
    /// not a regular file.
    init(opening path: String) throws(InputFileError) {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { throw InputFileError.opening(path, errno: errno) }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            let error = errno
            close(fd)
            throw .unreadable(String(cString: strerror(error)))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw .notRegular(InputFileError.kind(of: status.st_mode))
        }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        self.path = path
        descriptor = fd
        size = Int(status.st_size)
    }

    deinit { close(descriptor) }

    /// The whole file, read from its start; throws `tooLarge` past `limit`
    /// bytes, and `changedSize` when the bytes read are not as many as the file
    /// had when opened (it was truncated or grew meanwhile).
    func readAll(limit: Int) throws(InputFileError) -> [UInt8] {
        guard size <= limit else { throw .tooLarge(size: size, limit: limit) }
        // One byte more than expected, to see a file that grew.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else { break }
                bytes += [UInt8](repeating: 0, count: min(max(count, 1 << 16), limit + 1 - count))
            }
            let n = try bytes.withUnsafeMutableBytes { buffer in
                Result { () throws(InputFileError) in
                    try read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[count...]), at: count)
                }
            }.get()
            if n == 0 { break }
            count += n
        }
        if count != size { throw .changedSize(opened: size, read: count) }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// Reads into `buffer` at the file's current position (`read(2)`, retried
    /// when interrupted); the bytes read, 0 at the end of the file.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputFileError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let n = Foundation.read(descriptor, base, buffer.count)
            if n >= 0 { return n }
            if errno != EINTR { throw .unreadable(String(cString: strerror(errno))) }
        }
    }

    /// Reads into `buffer` from byte `offset` of the file (`pread(2)`, which
    /// leaves the position alone); the bytes read, 0 past the end.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(InputFileError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let n = pread(descriptor, base, buffer.count, off_t(offset))
            if n >= 0 { return n }
            if errno != EINTR { throw .unreadable(String(cString: strerror(errno))) }
        }
    }

    /// A `FileHandle` on the descriptor, for readers that take one; it does
    /// not close the descriptor (this value does), so it is valid only while
    /// this value lives (`withExtendedLifetime`).
    var handle: FileHandle { FileHandle(fileDescriptor: descriptor, closeOnDealloc: false) }
}

/// Why an input file cannot be read. `reason` completes a sentence that names
/// the file: "data file 'x.csv' is a FIFO (named pipe), not a regular file".
enum InputFileError: Error, Equatable, Sendable {
    /// No such file (or a dangling symlink, or a path through a non-folder).
    case missing
    /// Not a regular file; what it is.
    case notRegular(FileKind)
    /// The permissions do not allow reading.
    case permissionDenied
    /// Any other failure, with the system's message.
    case unreadable(String)
    /// Larger than the limit.
    case tooLarge(size: Int, limit: Int)
    /// The file changed size while it was read.
    case changedSize(opened: Int, read: Int)

    /// The words after the file's name.
    var reason: String {
        switch self {
        case .missing: "does not exist"
        case .notRegular(let kind): "is \(kind.rawValue), not a regular file"
        case .permissionDenied: "cannot be read: permission denied"
        case .unreadable(let message): "cannot be read: \(message)"
        case .tooLarge(let size, let limit): "is \(size) bytes; the limit is \(limit)"
        case .changedSize(let opened, let read):
            read < opened
                ? "changed while hitc read it: it had \(opened) bytes when opened and ended after \(read)"
                : "changed while hitc read it: it had \(opened) bytes when opened and grew while it was read"
        }
    }

    /// The diagnostic code for this error: `notAFile` when the path names no
    /// regular file (E0402 for files a spec names, E0001 for a spec), E0002 too
    /// large, E0020 changed while read, E0001 otherwise.
    func code(notAFile: DiagnosticCode) -> DiagnosticCode {
        switch self {
        case .missing, .notRegular: notAFile
        case .tooLarge: .fileTooLarge
        case .changedSize: .fileChanged
        case .permissionDenied, .unreadable: .unreadableFile
        }
    }

    /// The error of a failed `open(2)`; a path that cannot be opened because
    /// of what it is (a socket, a device without a driver) says so.
    static func opening(_ path: String, errno error: Int32) -> InputFileError {
        switch error {
        case ENOENT, ENOTDIR, ELOOP: return .missing
        case EACCES, EPERM: return .permissionDenied
        default:
            var status = stat()
            if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
                return .notRegular(kind(of: status.st_mode))
            }
            return .unreadable(String(cString: strerror(error)))
        }
    }

    /// What a file of this mode is.
    static func kind(of mode: mode_t) -> FileKind {
        switch mode & S_IFMT {
        case S_IFDIR: .directory
        case S_IFIFO: .fifo
        case S_IFCHR: .characterDevice
        case S_IFBLK: .blockDevice
        case S_IFSOCK: .socket
        default: .other
        }
    }

    /// The kinds of files that are not regular files, as a sentence names them.
    enum FileKind: String, Sendable {
        case directory = "a directory"
        case fifo = "a FIFO (named pipe)"
        case characterDevice = "a character device"
        case blockDevice = "a block device"
        case socket = "a socket"
        case other = "a special file"
    }
}
