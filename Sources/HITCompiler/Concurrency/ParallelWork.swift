import Dispatch

/// Runs a few independent tasks on every core at once: the one home of fanning
/// work out, shared by the parted results readers, the aggregate writer and
/// Dawid-Skene's EM steps. Task `k` works on its own part (of a file, of the
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

    /// Runs `body(k)` for every `k` in `0..<count` at once; each task may
    /// write only its own part of shared memory.
    static func forEach(_ count: Int, _ body: @Sendable (Int) -> Void) {
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }
}
