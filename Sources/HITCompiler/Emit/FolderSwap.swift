import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts a new folder in place of an old one so that one of the two is at the
/// path at every instant: the system's atomic exchange of two paths
/// (`renameat2(..., RENAME_EXCHANGE)` on Linux 3.15+, `renamex_np(..., RENAME_SWAP)`
/// on macOS 10.12+), else two renames with a moment between them when neither is
/// at the path (file systems or kernels without the exchange).
enum FolderSwap {
    /// How `exchange` went.
    enum Outcome {
        /// The two paths were exchanged atomically.
        case exchanged
        /// The system or file system cannot exchange; nothing changed.
        case unsupported
    }

    /// Exchanges the files or folders at `a` and `b`, which must both exist.
    static func exchange(_ a: String, _ b: String) throws -> Outcome {
        let status = systemExchange(a, b)
        if status == 0 { return .exchanged }
        if status == Self.notAvailable { return .unsupported }
        // EINVAL: the file system does not support the flag; ENOSYS: the kernel lacks the call.
        let code = errno
        if code == EINVAL || code == ENOSYS || code == ENOTSUP { return .unsupported }
        throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
    }

    /// Returned by `systemExchange` when the call itself does not exist.
    private static let notAvailable: Int32 = -2

    #if os(Linux)
    /// `RENAME_EXCHANGE` of `<linux/fs.h>` (not imported into Swift).
    private static let renameExchange: UInt32 = 1 << 1

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc 2.28+ and musl export `renameat2`, which Swift's Glibc module does not
    /// declare: it is looked up by name.
    private static func systemExchange(_ a: String, _ b: String) -> Int32 {
        guard let program = dlopen(nil, RTLD_NOW) else { return notAvailable }
        defer { dlclose(program) }
        guard let symbol = dlsym(program, "renameat2") else { return notAvailable }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange)
    }
    #elseif canImport(Darwin)
    private static func systemExchange(_ a: String, _ b: String) -> Int32 {
        renamex_np(a, b, UInt32(RENAME_SWAP))
    }
    #else
    private static func systemExchange(_ a: String, _ b: String) -> Int32 { notAvailable }
    #endif
}
