/// The item keys `hitc batch` cannot use (E0703): an empty key (answers could
/// not name the item), a key of a gold item (`hitc aggregate` takes every item
/// whose key is in the gold file for gold, so the row would get no label), and,
/// when a target's upload file joins a HIT's keys with `|`, a key holding `|`
/// (the joined cell must split back into the keys).
/// Repeated keys within the data are the data checker's (E0409).
struct ItemKeyCheck {
    let goldKeys: Set<String>
    let keyField: String
    let file: String
    let limit: Int
    /// Why a key may not hold `|` (the target whose upload file joins the keys with it); nil when none does.
    let joinsKeys: String?
    private var found: [Diagnostic] = []
    private var more = 0

    init(goldKeys: Set<String>, keyField: String, file: String, limit: Int, joinsKeys: String?) {
        self.goldKeys = goldKeys
        self.keyField = keyField
        self.file = file
        self.limit = limit
        self.joinsKeys = joinsKeys
    }

    /// True when the row's key is usable; otherwise records a diagnostic at the key.
    mutating func accept(_ record: DataRecord) -> Bool {
        let entry = record.entries.first { $0.name == keyField }
        let key = entry?.value.text ?? ""
        guard let (message, note) = problem(key, row: record.number) else { return true }
        if found.count >= limit {
            more += 1
            return false
        }
        found.append(Diagnostic(.unusableItemKey, message, file: file,
                                range: entry?.range ?? SourceRange(start: record.location, end: record.location),
                                notes: [DiagnosticNote(note)]))
        return false
    }

    /// The message and note of an unusable key, or nil when it can be used.
    private func problem(_ key: String, row: Int) -> (String, String)? {
        let shown = DataValueDisplay.quoted(key)
        if key.isEmpty {
            return ("row \(row): the item key (field '\(keyField)') is empty",
                    "every item needs a key: the page sends it back with the answers")
        }
        if goldKeys.contains(key) {
            return ("row \(row): item key \(shown) (field '\(keyField)') is also a gold item's key",
                    "'hitc aggregate' treats every item whose key is in the gold file as gold; give the item another key")
        }
        if let joinsKeys, key.utf8.contains(0x7C) {
            return ("row \(row): item key \(shown) (field '\(keyField)') holds '|'", joinsKeys)
        }
        return nil
    }

    /// The diagnostics, with a count of those not listed.
    func diagnostics() -> [Diagnostic] {
        guard more > 0 else { return found }
        return found + [Diagnostic(.unusableItemKey, "\(more) more row\(more == 1 ? "" : "s") with an unusable item key not listed",
                                   file: file, range: nil)]
    }
}
