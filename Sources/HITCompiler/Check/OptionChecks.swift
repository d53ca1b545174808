/// Options of choice questions: unique values and hotkeys, no page-reserved keys.
enum OptionChecks {
    static func run(_ ctx: inout CheckContext) {
        for q in ctx.outlines {
            guard let choice = q.choice else { continue }
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
                               key.range, notes: [DiagnosticNote("the page reserves: \(PageHotkeys.reserved.joined(separator: " ")) (moving between items, the legend)")])
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
}
