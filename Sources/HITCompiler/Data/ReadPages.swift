#if canImport(Glibc)
import Glibc
#endif

/// Hands the pages of a memory-mapped data file that the checker has read
/// past back to the kernel, so reading a multi-gigabyte file does not keep it
/// all resident (the mapping's pages count in the process's peak memory while
/// cached). Linux `MADV_PAGEOUT`: a hint that never changes the bytes (pages
/// read again later, e.g. to report a repeated key, are read back from the
/// file; anonymous memory is at most swapped), so it is safe on any buffer.
/// A no-op elsewhere.
struct ReadPages {
    private let base: UnsafeBufferPointer<UInt8>
    private var released = 0
    /// Release in steps of this many bytes.
    static let step = 32 << 20

    init(_ base: UnsafeBufferPointer<UInt8>) {
        self.base = base
    }

    /// Notes that nothing before `offset` will be read soon.
    mutating func readPast(_ offset: Int) {
        guard offset - released >= Self.step else { return }
        #if os(Linux)
        guard let start = base.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let from = (Int(bitPattern: start) + released + page - 1) / page * page
        let to = (Int(bitPattern: start) + offset) / page * page
        if to > from, let pointer = UnsafeMutableRawPointer(bitPattern: from) {
            _ = madvise(pointer, to - from, 21 /* MADV_PAGEOUT */)
        }
        #endif
        released = offset
    }
}
