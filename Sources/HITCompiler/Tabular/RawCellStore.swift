/// The cells of the row being read, in manually managed memory reused from row
/// to row: appending does no uniqueness check and reading a cell copies only
/// the fields used (an `Array` element is copied whole).
final class RawCellStore: RandomAccessCollection {
    private var base: UnsafeMutablePointer<RawCell>
    private var capacity: Int
    /// Cells held.
    private(set) var count = 0

    init(capacity: Int = 32) {
        self.capacity = Swift.max(4, capacity)
        base = UnsafeMutablePointer<RawCell>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    /// Cell `index`; `index` must be below `count`.
    subscript(index: Int) -> RawCell {
        unsafeAddress {
            precondition(index >= 0 && index < count, "cell index out of range")
            return UnsafePointer(base + index)
        }
    }

    func append(_ cell: RawCell) {
        if count == capacity { grow() }
        (base + count).initialize(to: cell)
        count += 1
    }

    /// Empties the store, keeping its memory.
    func removeAll() {
        base.deinitialize(count: count)
        count = 0
    }

    private func grow() {
        let newCapacity = capacity * 2
        let newBase = UnsafeMutablePointer<RawCell>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
