/// The id last found for one column's bytes, reused while consecutive rows
/// repeat them (the rows of one item, or one worker's row of a platform's CSV, come
/// together), so a repeat costs a short compare instead of a table lookup.
struct RecentID {
    private var bytes: [UInt8] = []
    private var id: Int32 = -1

    /// The id remembered for `key`, when `key` is the bytes last remembered.
    @inline(__always)
    func cached(_ key: ByteSpan) -> Int32? {
        guard id >= 0, bytes.count == key.count else { return nil }
        guard let base = key.baseAddress, !bytes.isEmpty else { return id }
        return bytes.withUnsafeBufferPointer { IDTable.same($0.baseAddress!, base, key.count) } ? id : nil
    }

    /// Remembers `id` for `key` and returns it.
    @inline(__always)
    mutating func remember(_ key: ByteSpan, _ id: Int32) -> Int32 {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: key)
        self.id = id
        return id
    }
}
