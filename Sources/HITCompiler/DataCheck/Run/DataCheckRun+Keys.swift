/// Item keys used by more than one row (E0409), found once the file is read.
extension DataCheckRun {
    /// Reports every repeated key, with a note pointing at the row that used it
    /// first (as many as the sink still shows; the rest are counted).
    mutating func reportRepeatedKeys() {
        guard let keyField else { return }
        let name = rules.names[keyField]
        let repeats: (listed: [ItemKeyIndex.Repeat], total: Int)
        do {
            repeats = try keyIndex.repeats(listing: sink.room)
        } catch {
            sink.report(.unreadableFile) {
                Diagnostic(.unreadableFile, "could not check '\(file)' for repeated item keys: \(error)",
                           file: file, range: nil,
                           notes: [DiagnosticNote("a file of more than \(keyIndex.memoryLimit) rows needs room in the temporary folder (TMPDIR)")])
            }
            return
        }
        for found in repeats.listed {
            sink.report(.duplicateItemKey) {
                let shown = found.key.withByteSpan { DataValueDisplay.quoted($0) }
                return Diagnostic(.duplicateItemKey,
                                  "row \(found.again.row): item key \(shown) (field '\(name)') is already used by row \(found.first.row)",
                                  file: file, range: cellRange(found.again),
                                  notes: [DiagnosticNote("row \(found.first.row) has the same key", file: file,
                                                         range: cellRange(found.first))])
            }
        }
        sink.countNotShown(.duplicateItemKey, repeats.total - repeats.listed.count)
    }

    /// The cell's range, located on the row's bytes read again (the window has moved on).
    private func cellRange(_ o: ItemKeyIndex.Occurrence) -> SourceRange {
        let start = Int(o.cellOffset)
        let end = start + Int(o.cellLength)
        return window.reread(o.rowStart..<o.rowStart + end).withByteSpan { row in
            DataLocator(bytes: row).range(from: start, to: end, anchorLine: Int(o.line), anchorOffset: 0)
        }
    }
}
