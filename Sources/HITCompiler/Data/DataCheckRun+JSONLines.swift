/// Reading a JSON Lines file: every non-empty line is an item; its keys name
/// the columns.
extension DataCheckRun {
    mutating func runJSONLines() {
        var scanner = JSONLinesScanner(bytes: bytes)
        var row = RawRow()
        var firstRowRange: SourceRange?
        var unknown: [String] = []
        var unknownRange: SourceRange?
        fitSlots()
        while scanner.nextRow(into: &row) {
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
                let names = row.cells.map { cell in
                    cell.slot >= 0 ? plan.names[cell.slot] : String(decoding: key(cell, scratch: scratch), as: UTF8.self)
                }
                onRow(record(row, hasErrors: hasErrors) { names[$0] })
            }
        }
        guard rowCount > 0 else {
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

    /// The decoded bytes of a cell's key.
    private func key(_ cell: RawCell, scratch: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let base = cell.keyInScratch ? scratch : bytes
        return UnsafeBufferPointer(rebasing: base[cell.keyStart..<cell.keyEnd])
    }

    /// Puts the row's cells in the slots of their keys. Reports a key used twice
    /// in the object (E0405, true) and remembers unknown keys for W0012.
    private mutating func resolveKeys(_ row: inout RawRow, unknown: inout [String],
                                      unknownRange: inout SourceRange?) -> Bool {
        var hasErrors = false
        let scratch = row.scratch.buffer
        var resolved: [Int] = []
        for cell in row.cells {
            let (slot, isNew) = plan.slot(for: key(cell, scratch: scratch))
            if isNew, plan.roles[slot] == .unknown {
                unknown.append(plan.names[slot])
            }
            resolved.append(slot)
        }
        fitSlots()
        for (k, slot) in resolved.enumerated() {
            row.cells[k].slot = slot
            let cell = row.cells[k]
            if slotRow[slot] == rowCount {
                hasErrors = true
                let first = row.cells[slotCell[slot]]
                let snapshot = row
                sink.report(.malformedJSONLine) {
                    Diagnostic(.malformedJSONLine, "row \(rowCount): \(JSONLineError.duplicateKey(plan.names[slot]).message)",
                               file: file, range: range(cell.keyRawStart, cell.keyRawEnd, in: snapshot),
                               notes: [DiagnosticNote("first here", file: file,
                                                      range: range(first.keyRawStart, first.keyRawEnd, in: snapshot))])
                }
                continue
            }
            slotRow[slot] = rowCount
            slotCell[slot] = k
            if unknownRange == nil, plan.roles[slot] == .unknown {
                unknownRange = range(cell.keyRawStart, cell.keyRawEnd, in: row)
            }
            markSeen(slot: slot)
        }
        return hasErrors
    }
}
