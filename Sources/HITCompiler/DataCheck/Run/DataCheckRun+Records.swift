/// Turning the current row into a `DataRecord` for the row callback.
extension DataCheckRun {
    /// The row's values with their names and ranges; `name(k)` names cell `k`.
    func record(_ row: RawRow, hasErrors: Bool, name: (Int) -> String) -> DataRecord {
        let scratch = row.scratch.buffer
        var cursor = DataLocator.Cursor(bytes: bytes, anchorLine: row.line, anchorOffset: row.start)
        var entries: [DataEntry] = []
        entries.reserveCapacity(row.cells.count)
        for (k, cell) in row.cells.enumerated() {
            let value: DataValue
            switch cell.kind {
            case .null: value = .null
            case .list:
                value = .list(row.items[cell.items].map { item in
                    let base = item.inScratch ? scratch : bytes
                    return String(decoding: base.span(item.valueStart..<item.valueEnd),
                                  as: UTF8.self)
                })
            default: value = .text(String(decoding: self.value(cell, scratch: scratch), as: UTF8.self))
            }
            let start = cursor.location(of: cell.start)
            let end = cursor.location(of: cell.end)
            entries.append(DataEntry(name: name(k), value: value, range: SourceRange(start: start, end: end)))
        }
        return DataRecord(number: rowCount, location: SourceLocation(line: row.line, column: 1), offset: base + row.start,
                          entries: entries, hasErrors: hasErrors)
    }
}
