/// The item keys `hitc batch` cannot use (E0703): an empty key (answers could
/// not name the item) and a key of a gold item (`hitc aggregate` takes every
/// item whose key is in the gold file for gold, so the row would get no label).
/// Repeated keys within the data are the data checker's (E0409).
struct ItemKeyCheck {
    let goldKeys: Set<String>
    let keyField: String
    let file: String
    let limit: Int
    private var found: [Diagnostic] = []
    private var more = 0

    init(goldKeys: Set<String>, keyField: String, file: String, limit: Int) {
        self.goldKeys = goldKeys
        self.keyField = keyField
        self.file = file
        self.limit = limit
    }

    /// True when the row's key is usable; otherwise records a diagnostic at the key.
    mutating func accept(_ record: DataRecord) -> Bool {
        let entry = record.entries.first { $0.name == keyField }
        let key = entry?.value.text ?? ""
        if !key.isEmpty, !goldKeys.contains(key) { return true }
        if found.count >= limit {
            more += 1
            return false
        }
        let message = key.isEmpty
            ? "row \(record.number): the item key (field '\(keyField)') is empty"
            : "row \(record.number): item key '\(key)' (field '\(keyField)') is also a gold item's key"
        let note = key.isEmpty
            ? "every item needs a key: the page sends it back with the answers"
            : "'hitc aggregate' treats every item whose key is in the gold file as gold; give the item another key"
        found.append(Diagnostic(.unusableItemKey, message, file: file,
                                range: entry?.range ?? SourceRange(start: record.location, end: record.location),
                                notes: [DiagnosticNote(note)]))
        return false
    }

    /// The diagnostics, with a count of those not listed.
    func diagnostics() -> [Diagnostic] {
        guard more > 0 else { return found }
        return found + [Diagnostic(.unusableItemKey, "\(more) more row\(more == 1 ? "" : "s") with an unusable item key not listed",
                                   file: file, range: nil)]
    }
}
