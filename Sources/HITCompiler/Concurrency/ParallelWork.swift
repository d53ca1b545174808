import Dispatch

/// Runs a few independent tasks on every core at once: the one home of fanning
/// work out, shared by the bundle's rendering, the parted results readers, the
/// aggregate writer and Dawid-Skene's EM steps. Task `k` works on its own part (of a file, of the
/// items); results come back in task order, so the output does not depend on
/// the scheduling.
enum ParallelWork {
    /// Runs `body(k)` for every `k` in `0..<count` at once and gives each
    /// task's value in task order (nil where `body` gave nil).
    static func collect<Value>(_ count: Int, _ body: @Sendable (Int) -> Value?) -> [Value?] {
        let slots = ResultSlots<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { k in
            if let value = body(k) { slots.set(k, value) }
        }
        return slots.take()
    }

    /// Runs independent jobs at once and gives their results in job order; the
    /// first error in job order is thrown. `hitc build` parses the templates and
    /// renders the files of a bundle this way: each job's output depends only on
    /// its inputs, so the bundle is the same bytes whatever the scheduling.
    static func run<T: Sendable>(_ jobs: [@Sendable () throws -> T]) throws -> [T] {
        try collect(jobs.count) { i in Result { try jobs[i]() } }.map { try $0!.get() }
    }

    /// Runs `body(k)` for every `k` in `0..<count` at once; each task may
    /// write only its own part of shared memory.
    static func forEach(_ count: Int, _ body: @Sendable (Int) -> Void) {
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }
}
