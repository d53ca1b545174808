extension ItemKeyIndex {
    /// Finds the repeated keys among the spilled keys of one part. A key is
    /// always spilled to the part its hash names, so repeats never cross parts.
    ///
    /// The part is read in chunks and each key is looked up in a table of the
    /// first uses seen so far, so memory follows the part's distinct keys (a
    /// 64th of the file's, with the per-process hash), not its rows: a file
    /// that repeats one key ten million times needs one entry.
    enum SpilledKeyScan {
        /// Bytes of one record before the key's bytes: the hash and the occurrence.
        static let recordBytes = MemoryLayout<UInt64>.size + MemoryLayout<Occurrence>.size

        static func scan(_ part: Int, of spill: SpillFiles, into found: inout RepeatList) throws {
            /// Hash → the newest first use with that hash; `older` chains first uses whose hashes collide.
            var newest: [UInt64: Int32] = [:]
            var firsts: [Occurrence] = []
            var older: [Int32] = []
            var arena: [UInt8] = []
            try spill.readAndRemove(part) { chunk in
                var i = 0
                while chunk.count - i >= recordBytes {
                    let raw = UnsafeRawPointer(chunk.baseAddress! + i)
                    let hash = raw.loadUnaligned(as: UInt64.self)
                    var occurrence = raw.loadUnaligned(fromByteOffset: 8, as: Occurrence.self)
                    let length = occurrence.valueLength
                    guard chunk.count - i >= recordBytes + length else { break }
                    let key = chunk.span(i + recordBytes..<i + recordBytes + length)
                    i += recordBytes + length

                    var candidate = newest[hash] ?? -1
                    var match: Int32 = -1
                    arena.withByteSpan { arena in
                        while candidate >= 0 {
                            if equal(value(of: firsts[Int(candidate)], arena: arena), key) {
                                match = candidate
                                break
                            }
                            candidate = older[Int(candidate)]
                        }
                    }
                    if match >= 0 {
                        found.add(first: firsts[Int(match)], again: occurrence, key: key)
                        continue
                    }
                    occurrence.valueOffset = UInt32(clamping: arena.count)
                    arena.append(contentsOf: key)
                    older.append(newest[hash] ?? -1)
                    newest[hash] = Int32(firsts.count)
                    firsts.append(occurrence)
                }
                return i
            }
        }
    }
}
