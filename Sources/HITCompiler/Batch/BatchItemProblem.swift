import Foundation

/// A problem a target finds with one item while writing a HIT to its upload
/// file (Ground Truth: the HIT's manifest line would be over the platform's
/// limit, and this item is its largest): `hitc batch` reports it as a
/// diagnostic at the item's row, in the data file or the gold file
/// (`diagnostic(...)`), and writes nothing.
struct BatchItemProblem: Error {
    var code: DiagnosticCode
    /// The item's key (`data.key`).
    var key: String
    /// What is wrong, without the row (the diagnostic adds "row N: ").
    var message: String
    var note: String

    /// The diagnostic at the item's row: a gold item's in the gold file as the
    /// check read it, another's found by reading the data file again (this
    /// happens once, when the batch has already failed).
    func diagnostic(_ checked: CheckedSpec, keyField: String, options: BatchOptions) -> Diagnostic {
        if let gold = checked.goldItems.first(where: { $0.key == key }), let file = checked.spec.quality?.gold?.file.value {
            return located(gold.record, keyField: keyField,
                           file: FileChecks.displayPath(file, specPath: checked.paths.spec))
        }
        var found: DataRecord?
        _ = DataFileChecker.check(url: URL(fileURLWithPath: options.dataPath), displayPath: options.dataPath,
                                  schema: checked.spec.data, questions: checked.spec.hit.questions, role: .sample,
                                  limits: options.limits) { record in
            if found == nil, record[keyField]?.text == key { found = record }
        }
        guard let found else {
            return Diagnostic(code, "item \(DataValueDisplay.quoted(key)): \(message)", file: options.dataPath, range: nil,
                              notes: [DiagnosticNote(note)])
        }
        return located(found, keyField: keyField, file: options.dataPath)
    }

    private func located(_ record: DataRecord, keyField: String, file: String) -> Diagnostic {
        let entry = record.entries.first { $0.name == keyField }
        return Diagnostic(code, "row \(record.number): item \(DataValueDisplay.quoted(key)) \(message)", file: file,
                          range: entry?.range ?? SourceRange(start: record.location, end: record.location),
                          notes: [DiagnosticNote(note)])
    }
}
