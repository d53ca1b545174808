import Foundation

/// The files of one served build: the pages rendered first (`task.html`,
/// `preview.html` or both: every HIT view is made from one of them) at once, the
/// rest of the bundle once rendered. The rest
/// renders on a background thread when `start()` is called or a request needs
/// one of its files (which then waits for it); it is rendered once per build.
final class ServedFiles: @unchecked Sendable {
    /// The whole bundle, once rendered.
    struct Whole: Sendable {
        /// Files by path in the bundle; empty when the rendering stopped.
        var files: [String: Data]
        /// The paths in `hitc build`'s order.
        var paths: [String]
        /// The rendering's diagnostics (a target's check of the rendered page).
        var diagnostics: [Diagnostic]
        /// A problem that is not about the spec (the templates).
        var failure: String?
        /// How long the rendering took, in milliseconds.
        var milliseconds: Int
    }

    /// The pages rendered first; empty when the build has errors.
    let pages: [String: Data]
    private let render: (@Sendable () -> Whole)?
    private let lock = NSLock()
    private var started = false
    private var whole: Whole?
    private let done = DispatchSemaphore(value: 0)

    /// `pages` now, the rest from `render` (nil: nothing more, the bundle is empty).
    init(pages: [String: Data], render: (@Sendable () -> Whole)?) {
        self.pages = pages
        self.render = render
    }

    /// A build whose every file is known already (no rendering left).
    init(whole: Whole) {
        self.pages = whole.files.filter { BundleRendering.pageNames.contains($0.key) }
        self.render = nil
        self.whole = whole
        self.started = true
        done.signal()
    }

    /// True once the rest's rendering was started.
    var isStarted: Bool {
        lock.lock()
        defer { lock.unlock() }
        return started
    }

    /// Starts rendering the rest, once; returns at once.
    func start() {
        lock.lock()
        guard !started else { lock.unlock(); return }
        started = true
        lock.unlock()
        let render = self.render
        DispatchQueue.global().async {
            let made = render?() ?? Whole(files: [:], paths: [], diagnostics: [], failure: nil, milliseconds: 0)
            self.lock.lock()
            self.whole = made
            self.lock.unlock()
            self.done.signal()
        }
    }

    /// The whole bundle, waiting for its rendering (started if it was not).
    func complete() -> Whole {
        start()
        done.wait()
        done.signal()
        lock.lock()
        defer { lock.unlock() }
        return whole!
    }

    /// One file by path: a page at once, any other once the rest is rendered.
    subscript(path: String) -> Data? {
        if let page = pages[path] { return page }
        return complete().files[path]
    }
}
