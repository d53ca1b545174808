/// What `hitc batch` writes for MTurk: `mturk/batch.csv` (one row per HIT) and,
/// with gold per HIT, `mturk/review-policies.jsonl` (the per-HIT answer keys).
enum MTurkBatchFiles {
    /// `mturk/batch.csv`: the header. MTurk makes one HIT per row and repeats it
    /// for `MaxAssignments` (= `judgments_per_item`) distinct workers, so a HIT
    /// is one row, not one row per assignment.
    static let header = "items,hit,item_keys\r\n"

    /// One row of `mturk/batch.csv` (CRLF line ends, RFC 4180). The payload is
    /// `hitc1:` and base64url (letters, digits, `:`, `-`, `_`), so it needs
    /// neither quoting nor neutralising; the keys are the data's own text and
    /// get both (`CSVCell`): each key is neutralised, so splitting the cell at
    /// `|` in a spreadsheet cannot make a formula either.
    static func row(_ hit: BatchHIT) -> String {
        hit.payload + "," + String(hit.number) + "," + CSVCell.encode(hit.keys.map(CSVCell.neutralised).joined(separator: "|")) + "\r\n"
    }

    static func make(_ checked: CheckedSpec, gold: GoldPool) -> TargetBatchFiles {
        let answerKeys = AnswerKeys(checked, gold: gold)
        var names = ["mturk/batch.csv"]
        if answerKeys != nil { names.append("mturk/review-policies.jsonl") }
        return TargetBatchFiles(
            names: names,
            start: { folder in try folder.append(Array(header.utf8), to: "mturk/batch.csv") },
            append: { hit, folder in
                try folder.append(Array(row(hit).utf8), to: "mturk/batch.csv")
                if let answerKeys { try folder.append(answerKeys.line(hit), to: "mturk/review-policies.jsonl") }
            })
    }
}
