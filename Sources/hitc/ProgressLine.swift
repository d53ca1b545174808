import Foundation

/// "reading results: 42%" on standard error, only on a terminal and for large
/// files; redrawn only when the percentage or the label changes.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var shown = -1
    private var shownLabel = ""

    /// A progress line for reading `path`, or nil when standard error is not a
    /// terminal or the file is under 32 MB.
    static func forFile(_ path: String) -> ProgressLine? {
        guard isatty(STDERR_FILENO) == 1,
              let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue,
              size >= 32 << 20 else { return nil }
        return ProgressLine()
    }

    func show(_ label: String, _ done: Int, _ total: Int) {
        let percent = total > 0 ? min(100, done * 100 / total) : 0
        lock.lock()
        defer { lock.unlock() }
        guard percent != shown || label != shownLabel else { return }
        shown = percent
        shownLabel = label
        Output.stderr("\r\u{1B}[K\(label): \(percent)%")
    }

    func clear() {
        Output.stderr("\r\u{1B}[K")
    }
}
