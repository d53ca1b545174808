import Dispatch

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
