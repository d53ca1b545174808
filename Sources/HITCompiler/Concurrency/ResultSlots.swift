/// One result slot per parallel task, each written by its own task only, so no
/// lock is needed: the one home of the slots `ParallelWork.collect` (the parted
/// results readers, the aggregate writer) and `ParallelWork.run` (the build's jobs)
/// collect results in.
final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// Sets slot `k`; only task `k` may call it.
    func set(_ k: Int, _ value: Value) { slots[k] = value }

    /// The values, moved out (call once the tasks are done).
    func take() -> [Value?] {
        (0..<count).map { k in
            let v = slots[k]
            slots[k] = nil
            return v
        }
    }
}
