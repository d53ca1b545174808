import Foundation

/// `toloka/tasks.tsv`, what `hitc batch` writes for Toloka: one task per row
/// with an `INPUT:<field>` column per data field and, when the spec has gold,
/// a `GOLDEN:<question>` column per question. Toloka shows one task per item
/// and puts several on a page by the pool's settings, so a row is an item, not a
/// HIT; each gold item is one control task (written once, first: Toloka's pool
/// mixes control tasks in itself), and the HITs' gold slots add no rows.
///
/// A value holding a tab, a line break or a quotation mark is put in quotation
/// marks with its own quotation marks doubled, as Toloka's task file takes
/// several paragraphs or tabs in a field and JSON values (and wants quotation
/// marks paired); Toloka removes the quotation marks when it reads the file.
enum TolokaTasksFile {
    static let path = "toloka/tasks.tsv"

    static func make(_ checked: CheckedSpec, gold: GoldPool) -> TargetBatchFiles {
        let fields = checked.spec.data.fields.map(\.name)
        let questions = gold.items.isEmpty ? [] : checked.spec.hit.questions
        let header = (fields.map { "INPUT:" + $0 } + questions.map { "GOLDEN:" + $0.id }).map(cell).joined(separator: "\t") + "\n"
        return TargetBatchFiles(
            names: [path],
            start: { folder in
                var text = header
                for item in gold.items {
                    text += row(values(item.object, fields) + questions.map { golden($0, item.answers[$0.id]) })
                }
                try folder.append(Array(text.utf8), to: path)
            },
            append: { hit, folder in
                var text = ""
                for slot in hit.slots where slot.gold == nil {
                    text += row(values(slot.object, fields) + Array(repeating: "", count: questions.count))
                }
                try folder.append(Array(text.utf8), to: path)
            })
    }

    /// The item's values in field order (a batch item is a JSON object of strings).
    static func values(_ object: [UInt8], _ fields: [String]) -> [String] {
        let values = (try? JSONSerialization.jsonObject(with: Data(object))) as? [String: Any] ?? [:]
        return fields.map { values[$0] as? String ?? "" }
    }

    /// A gold answer as the worker's answer would be: a multiple choice's options
    /// as the checkbox group's JSON object (`{"a":true,"c":true}`), else the value.
    static func golden(_ question: Question, _ answer: String?) -> String {
        guard let answer else { return "" }
        guard question.kind.type is MultiChoiceQuestion else { return answer }
        let normalised = question.kind.type.uniqueSubmittedAnswer(answer) ?? answer
        let options = normalised.isEmpty ? [] : normalised.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        return TolokaChoiceSet.object(options)
    }

    static func row(_ values: [String]) -> String {
        values.map(cell).joined(separator: "\t") + "\n"
    }

    /// A value as a cell: quoted when it holds a tab, a line break or a quotation mark.
    static func cell(_ value: String) -> String {
        guard value.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\"" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
