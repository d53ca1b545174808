extension ItemKeyIndex {
    /// The repeated uses of keys to list: the first `room` in file order (by the
    /// repeat's position), whatever order they are found in, and a count of all.
    /// Holds at most about twice `room`, so a file whose every row repeats one
    /// key does not keep a list as long as the file.
    struct RepeatList {
        let room: Int
        private var kept: [Repeat] = []
        private(set) var total = 0

        init(room: Int) {
            self.room = max(0, room)
        }

        mutating func add(first: Occurrence, again: Occurrence, key: ByteSpan) {
            total += 1
            guard room > 0 else { return }
            kept.append(Repeat(first: first, again: again, key: Array(key.buffer)))
            if kept.count >= 2 * room { trim() }
        }

        /// The listed repeats in file order.
        func sorted() -> [Repeat] {
            var copy = self
            copy.trim()
            return copy.kept
        }

        private mutating func trim() {
            kept.sort { $0.again.rowStart < $1.again.rowStart }
            if kept.count > room { kept.removeLast(kept.count - room) }
        }
    }
}
