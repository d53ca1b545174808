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
/// at the path (file systems or kernels without the exchange). The one home of
/// the swap-in of a fully written folder (`swapIn`): bundles and batch folders.
enum FolderSwap {
    /// The moments of `swapIn` between its file system changes.
    enum SwapInStep {
        /// Without an exchange: the old folder is renamed aside, none is in place.
        case retired
        /// The new folder is in place.
        case swapped
    }

    /// Puts the fully written folder `staging` at `target`; one rename where
    /// nothing `exists` there. With `tryExchange`, an atomic exchange where the
    /// system can (the old folder then sits at `staging`); else, or where it
    /// cannot, two renames through `retired`: the old folder aside, then `staging`
    /// into place (the old one is put back if that fails, and then sits at
    /// `target`). The bundle writer tries the exchange; `hitc batch` renames.
    static func swapIn(_ staging: URL, at target: URL, exists: Bool, retired: URL, tryExchange: Bool,
                       reached: (SwapInStep) -> Void = { _ in }) throws {
        guard exists else {
            try renameAtomically(staging, to: target)
            reached(.swapped)
            return
        }
        if tryExchange, try exchange(staging.path, target.path) == .exchanged {
            reached(.swapped)
            return
        }
        try renameAtomically(target, to: retired)
        reached(.retired)
        do {
            try renameAtomically(staging, to: target)
        } catch {
            try? renameAtomically(retired, to: target)
            throw error
        }
        reached(.swapped)
    }

    /// `rename(2)`: atomic, never a copy.
    private static func renameAtomically(_ from: URL, to: URL) throws {
        if rename(from.path, to.path) != 0 {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

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
