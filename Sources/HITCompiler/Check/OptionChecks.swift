/// Options of choice questions: unique values and hotkeys, no page-reserved keys,
/// and `renamed_from` values that name no current option and no other option's old value.
enum OptionChecks {
    static func run(_ ctx: inout CheckContext) {
        for q in ctx.outlines {
            guard let choice = q.choice else { continue }
            checkRenames(choice, question: q.id, &ctx)
            var values: [String: SourceRange] = [:]
            var keys: [String: SourceRange] = [:]
            for option in choice.options {
                if let first = values[option.value] {
                    ctx.report(.duplicateOptionValue, "question '\(q.id)' has two options with the value '\(option.value)'",
                               option.valueRange, notes: [DiagnosticNote("first here", range: first)])
                } else {
                    values[option.value] = option.valueRange
                }
                guard let key = option.key else { continue }
                let folded = key.value.lowercased()
                if PageHotkeys.reserved.contains(folded) {
                    ctx.report(.reservedHotkey, "hotkey '\(key.value)' of option '\(option.value)' is used by the task page itself",
                               key.range, notes: [DiagnosticNote("the page reserves: \(PageHotkeys.reserved.joined(separator: " ")) (next and previous item, the legend)")])
                }
                if let first = keys[folded] {
                    ctx.report(.duplicateOptionKey, "question '\(q.id)' uses hotkey '\(key.value)' twice", key.range,
                               notes: [DiagnosticNote("first here", range: first)])
                } else {
                    keys[folded] = key.range
                }
            }
        }
    }

    /// An old value must not be a current option's value (answers would be ambiguous)
    /// nor be claimed by two options (E0306).
    private static func checkRenames(_ choice: Question.Choice, question id: String, _ ctx: inout CheckContext) {
        let current = Set(choice.values)
        var claimed: [String: SourceRange] = [:]
        for option in choice.options {
            for old in option.renamedFrom {
                if current.contains(old.value) {
                    ctx.report(.duplicateOptionValue, "'renamed_from' of option '\(option.value)' names '\(old.value)', which is still an option of question '\(id)'",
                               old.range, notes: [DiagnosticNote("an old value must no longer be an option: answers giving it would be ambiguous")])
                } else if let first = claimed[old.value] {
                    ctx.report(.duplicateOptionValue, "question '\(id)' renames '\(old.value)' twice", old.range,
                               notes: [DiagnosticNote("first here", range: first)])
                } else {
                    claimed[old.value] = old.range
                }
            }
        }
    }
}
