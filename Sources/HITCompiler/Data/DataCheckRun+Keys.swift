/// Item keys used by more than one row (E0409), found once the file is read.
extension DataCheckRun {
    /// Reports every repeated key, with a note pointing at the row that used it first.
    mutating func reportRepeatedKeys() {
        guard let keyField else { return }
        let name = rules.names[keyField]
        for (first, again) in keyIndex.repeats(in: bytes) {
            let a = keyIndex.occurrences[first]
            let b = keyIndex.occurrences[again]
            sink.report(.duplicateItemKey) {
                let shown = keyIndex.withValue(of: again, in: bytes) { DataValueDisplay.quoted($0) }
                return Diagnostic(.duplicateItemKey,
                                  "row \(b.row): item key \(shown) (field '\(name)') is already used by row \(a.row)",
                                  file: file, range: cellRange(b),
                                  notes: [DiagnosticNote("row \(a.row) has the same key", file: file, range: cellRange(a))])
            }
        }
    }

    private func cellRange(_ o: ItemKeyIndex.Occurrence) -> SourceRange {
        let start = o.rowStart + Int(o.cellOffset)
        return locator.range(from: start, to: start + Int(o.cellLength), anchorLine: Int(o.line), anchorOffset: o.rowStart)
    }
}
