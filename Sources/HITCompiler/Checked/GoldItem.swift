/// One row of the gold file, read without error at check time: its item key,
/// its row (data fields and answers as written) and its expected answers.
public struct GoldItem: Sendable {
    /// The value of `data.key` (never empty).
    let key: String
    /// The row as read.
    let record: DataRecord
    /// Expected answers by question id, as text; questions the row gives no answer to are absent.
    let answers: [String: String]

    /// The item of `record`, or nil when it has an error or no key (such rows are skipped).
    init?(_ record: DataRecord, keyField: String, questions: [Question]) {
        guard !record.hasErrors, let key = record[keyField]?.text, !key.isEmpty else { return nil }
        var answers: [String: String] = [:]
        for q in questions {
            if let value = record[q.id], value != .null { answers[q.id] = value.text }
        }
        self.key = key
        self.record = record
        self.answers = answers
    }
}
