import Dispatch
import Foundation

/// Runs independent jobs on every core and gives their results in job order;
/// the first error in job order is thrown. Used by `hitc build` to parse the
/// templates and render the files of a bundle side by side: each job's output
/// depends only on its inputs, so the bundle is the same bytes whatever the scheduling.
enum Concurrently {
    static func run<T: Sendable>(_ jobs: [@Sendable () throws -> T]) throws -> [T] {
        let results = ResultSlots<Result<T, any Error>>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            results.set(i, Result { try jobs[i]() })
        }
        return try results.take().map { try $0!.get() }
    }
}

/// A value computed on another thread while the caller goes on; `value()` waits for it.
final class Background<T: Sendable>: @unchecked Sendable {
    private var result: Result<T, any Error>?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` at once on a global queue.
    init(_ work: @escaping @Sendable () throws -> T) {
        DispatchQueue.global().async {
            self.result = Result { try work() }
            self.done.signal()
        }
    }

    /// The result, once `work` has finished (rethrowing its error).
    func value() throws -> T {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
