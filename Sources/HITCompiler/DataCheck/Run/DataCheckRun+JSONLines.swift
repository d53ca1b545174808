/// Reading a JSON Lines file: every non-empty line is an item; its keys name
/// the columns.
extension DataCheckRun {
    mutating func runJSONLines() {
        var rows = DataRowReader<JSONLinesScanner>(window: window)
        defer { stop = rows.stop }
        var row = RawRow(maxKeptProblems: sink.limit)
        var firstRowRange: SourceRange?
        var unknown: [String] = []
        var unknownRange: SourceRange?
        fitSlots()
        while rows.nextRow(into: &row) {
            adopt(rows)
            rowCount += 1
            if firstRowRange == nil { firstRowRange = rowStartRange(row) }
            var hasErrors = reportSyntaxProblems(row)
            if !hasErrors {
                hasErrors = resolveKeys(&row, unknown: &unknown, unknownRange: &unknownRange)
            }
            if !hasErrors {
                let fieldErrors = checkFields(row)
                let answerErrors = checkAnswers(row)
                hasErrors = fieldErrors || answerErrors
            }
            if let onRow {
                let scratch = row.scratch.buffer
                let names = row.keys.map { key in
                    key.slot >= 0 ? plan.names[key.slot] : String(decoding: bytes(of: key, scratch: scratch), as: UTF8.self)
                }
                onRow(record(row, hasErrors: hasErrors) { names[$0] })
            }
        }
        guard rowCount > 0 else {
            guard rows.stop == nil else { return }
            sink.report(.emptyDataFile) {
                Diagnostic(.emptyDataFile, "the file has no rows; JSON Lines needs one object per line",
                           file: file, range: nil)
            }
            return
        }
        reportKeysNeverSeen(firstRowRange: firstRowRange)
        if let unknownRange {
            reportUnknownColumns(unknown, at: unknownRange)
        }
    }

    /// The decoded bytes of a key.
    private func bytes(of key: RawKey, scratch: ByteSpan) -> ByteSpan {
        let base = key.inScratch ? scratch : bytes
        return base.span(key.start..<key.end)
    }

    /// The slot of the `k`th key of the row. Rows usually repeat the keys of the
    /// row before in the same order, so the key is first compared with the one
    /// at the same position last time (bytes in the file), then looked up.
    private mutating func slot(of key: RawKey, at k: Int, scratch: ByteSpan,
                               unknown: inout [String]) -> Int {
        let name = bytes(of: key, scratch: scratch)
        if k < keyCache.count {
            let cached = keyCache[k]
            if cached.length == name.count, let a = bytes.baseAddress, let b = name.baseAddress,
               ByteStringTable.bytesEqual(a + cached.start, b, name.count) {
                return cached.slot
            }
        }
        let (slot, isNew) = plan.slot(for: name)
        if isNew, plan.roles[slot] == .unknown {
            unknown.append(plan.names[slot])
        }
        if !key.inScratch {
            let entry = KeyCacheEntry(start: key.start, length: name.count, slot: slot)
            if k < keyCache.count { keyCache[k] = entry } else if k == keyCache.count { keyCache.append(entry) }
        }
        return slot
    }

    /// Puts the row's cells in the slots of their keys. Reports a key used twice
    /// in the object (E0405, true) and remembers unknown keys for W0012.
    private mutating func resolveKeys(_ row: inout RawRow, unknown: inout [String],
                                      unknownRange: inout SourceRange?) -> Bool {
        var hasErrors = false
        let scratch = row.scratch.buffer
        for k in row.keys.indices {
            row.keys[k].slot = slot(of: row.keys[k], at: k, scratch: scratch, unknown: &unknown)
        }
        fitSlots()
        for k in row.keys.indices {
            let key = row.keys[k]
            let slot = key.slot
            if slotRow[slot] == rowCount {
                hasErrors = true
                let first = row.keys[slotCell[slot]]
                let snapshot = row
                sink.report(.malformedJSONLine) {
                    Diagnostic(.malformedJSONLine, "row \(rowCount): \(JSONLineError.duplicateKey(plan.names[slot]).message)",
                               file: file, range: range(key.rawStart, key.rawEnd, in: snapshot),
                               notes: [DiagnosticNote("first here", file: file,
                                                      range: range(first.rawStart, first.rawEnd, in: snapshot))])
                }
                continue
            }
            slotRow[slot] = rowCount
            slotCell[slot] = k
            if unknownRange == nil, plan.roles[slot] == .unknown {
                unknownRange = range(key.rawStart, key.rawEnd, in: row)
            }
            markSeen(slot: slot)
        }
        return hasErrors
    }
}
