/// The values of a `category` field, looked up straight from bytes: a few
/// values are compared in turn (length first), many go through a hash table.
struct CategorySet {
    /// The values in the order written, for messages and suggestions.
    let values: [String]
    private let arena: [UInt8]
    /// Value `i` is `arena[starts[i] ..< starts[i + 1]]`.
    private let starts: [Int]
    private let table: ByteStringTable?

    /// Sets with more values than this are hashed.
    private static let linearLimit = 12

    init(_ values: [String]) {
        self.values = values
        var arena: [UInt8] = []
        var starts = [0]
        for value in values {
            arena.append(contentsOf: value.utf8)
            starts.append(arena.count)
        }
        self.arena = arena
        self.starts = starts
        if values.count > CategorySet.linearLimit {
            var table = ByteStringTable(minimumCapacity: values.count)
            for value in values { table.insert(value) }
            self.table = table
        } else {
            self.table = nil
        }
    }

    /// Whether `bytes` is one of the values.
    func contains(_ bytes: ByteSpan) -> Bool {
        if let table { return table.index(of: bytes) != nil }
        let n = bytes.count
        return arena.withUnsafeBufferPointer { arena in
            for i in 0..<starts.count - 1 where starts[i + 1] - starts[i] == n {
                if n == 0 { return true }
                if ByteStringTable.bytesEqual(arena.baseAddress! + starts[i], bytes.baseAddress!, n) { return true }
            }
            return false
        }
    }
}
