/// The `collect` method: no label is chosen; each item's row lists every
/// kept answer (texts, numbers, options, sets of options written with `|`),
/// for a person or another tool to read. Text questions are always collected.
extension QuestionAggregation {
    /// Adds one row per item to `table`, its label the list of the item's answers.
    mutating func collect(_ table: inout LabelTable) {
        let values = question.orderedValues ?? []
        let (storage, store, numbers, isNumeric) = (storage, store, numberOfValue, optionNumbers != nil)
        let (start, labels) = (grouped.start, grouped.label)
        for i in items {
            let answers = (Int(start[i])..<Int(start[i + 1])).map { j -> String in
                let v = Int(labels[j])
                switch storage {
                case .string: return store.text(Int32(v))
                case .decimal: return NumberText.plain(numbers[v], roundedToMillionths: true)
                case .option where isNumeric: return NumberText.plain(numbers[v], roundedToMillionths: true)
                case .optionSet: return store.setOptions[v].map { values[$0] }.joined(separator: "|")
                case .option: return values[v]
                }
            }
            _ = addRow(i, label: table.addValue(.list(answers)), confidence: nil, &table)
        }
    }
}
