/// How far `hitc batch` is, for a progress line: reported about once per
/// percent of each phase, never per row.
public enum BatchProgress: Sendable, Equatable {
    /// Checking the data file: bytes read of its size.
    case reading(done: Int, total: Int)
    /// Dealing the shuffled items into HITs and writing them: items of all.
    case writing(done: Int, total: Int)
}

/// Calls a progress handler each time a count passes another hundredth of its total.
struct ProgressSteps {
    private let report: ((Int) -> Void)?
    private let total: Int
    private var next = 0

    init(total: Int, _ report: ((Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    /// Notes that `done` of the total are done.
    @inline(__always)
    mutating func update(_ done: Int) {
        guard done >= next, let report else { return }
        report(done)
        next = done + max(1, total / 100)
    }

    /// Reports the total as done.
    func finish() {
        report?(total)
    }
}
