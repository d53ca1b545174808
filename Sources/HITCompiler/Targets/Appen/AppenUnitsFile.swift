import Foundation

/// `appen/units.csv`, what `hitc batch` writes for Appen: the units to upload,
/// one row per item with a column per data field (named as in `cml.xml`'s
/// `{{ column }}` references, `AppenNames`). Appen puts `units_per_assignment`
/// units on a page itself, so a row is an item, not a HIT.
///
/// When the spec has gold, each gold item is one row, written once and first,
/// with `_golden` = `TRUE`, the expected answer of every question the gold file
/// answers in `<name>_gold` and the gold file's `why` in `<name>_gold_reason`:
/// the columns of a test question upload, as CrowdFlower and Appen job scripts
/// write them (Appen then converts the uploaded rows into test questions).
/// A multiple choice's expected options are one per line, the form this
/// target's results reader also reads (not confirmed against an Appen upload). The
/// HITs' gold slots add no rows: Appen mixes test questions into pages itself.
///
/// Values are written as they are (RFC 4180 quoting, CRLF line ends): they are
/// the data Appen shows, not for a spreadsheet.
enum AppenUnitsFile {
    static let path = "appen/units.csv"

    static func make(_ checked: CheckedSpec, gold: GoldPool) -> TargetBatchFiles {
        let fields = checked.spec.data.fields.map(\.name)
        let questions = checked.spec.hit.questions
        let answered = Set(gold.items.flatMap(\.answers.keys))
        let goldQuestions = questions.filter { answered.contains($0.id) }
        // The gold file's explanations, by item key (GoldPool keeps the data fields only).
        var reasons: [String: String] = [:]
        for item in checked.goldItems {
            if let why = item.record["why"]?.text, !why.isEmpty { reasons[item.key] = why }
        }
        let withReasons = !reasons.isEmpty
        var header = fields.map(AppenNames.name)
        if !goldQuestions.isEmpty {
            header.append("_golden")
            for q in goldQuestions {
                header.append(AppenNames.gold(q.id))
                if withReasons { header.append(AppenNames.goldReason(q.id)) }
            }
        }
        let blanks = header.count - fields.count
        return TargetBatchFiles(
            names: [path],
            start: { folder in
                var text = row(header)
                for item in gold.items {
                    var cells = values(item.object, fields) + ["TRUE"]
                    for q in goldQuestions {
                        cells.append(item.answers[q.id].map { expected($0, q) } ?? "")
                        if withReasons { cells.append(item.answers[q.id] == nil ? "" : reasons[item.key] ?? "") }
                    }
                    text += row(cells)
                }
                try folder.append(Array(text.utf8), to: path)
            },
            append: { hit, folder in
                var text = ""
                for slot in hit.slots where slot.gold == nil {
                    text += row(values(slot.object, fields) + Array(repeating: "", count: blanks))
                }
                try folder.append(Array(text.utf8), to: path)
            })
    }

    /// An expected answer as the page submits it, a multiple choice's options one per line.
    static func expected(_ written: String, _ question: Question) -> String {
        let answer = AnswerKeys.pageAnswer(written, question) ?? written.trimmingCharacters(in: .whitespaces)
        guard question.kind.storage == .optionSet else { return answer }
        return answer.split(separator: "|", omittingEmptySubsequences: true).joined(separator: "\n")
    }

    /// The item's values in field order (a batch item is a JSON object of strings).
    static func values(_ object: [UInt8], _ fields: [String]) -> [String] {
        let values = (try? JSONSerialization.jsonObject(with: Data(object))) as? [String: Any] ?? [:]
        return fields.map { values[$0] as? String ?? "" }
    }

    static func row(_ cells: [String]) -> String {
        cells.map(CSVCell.quoted).joined(separator: ",") + "\r\n"
    }
}
