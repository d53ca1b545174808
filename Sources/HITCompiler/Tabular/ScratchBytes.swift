/// A growable byte buffer for unescaped values, reused from row to row.
///
/// A class with manually managed memory, so the row checker can take a pointer
/// to the bytes without a closure (`Array.withUnsafeBufferPointer`); the
/// pointer stays valid until the next append or reset.
final class ScratchBytes {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes held.
    private(set) var count = 0

    init(capacity: Int = 256) {
        self.capacity = max(16, capacity)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// The bytes held.
    var buffer: ByteSpan {
        ByteSpan(start: base, count: count)
    }

    func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    func append(contentsOf bytes: ByteSpan) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Empties the buffer, keeping its memory.
    func removeAll() {
        count = 0
    }

    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
