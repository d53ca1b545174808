/// The options of a choice question (single, multi, pairwise answers):
/// values removed or renamed (breaking; a rename declared with `renamed_from`
/// is mapped), added (needs review: the question already has answers), hints
/// (they define the label: needs review), `exclusive` (made exclusive: breaking, as
/// earlier combined answers become invalid; no longer: needs review), labels,
/// hotkeys, order, display (cosmetic).
enum OptionChanges {
    static func run(_ old: Question.Choice, _ new: Question.Choice, question id: String, questionRange: SourceRange,
                    oldQuestionRange: SourceRange, into list: inout ChangeList) {
        let path = "hit.questions.\(id).options"
        let newValues = Set(new.values), oldValues = Set(old.values)
        // Declared renames: old value -> the new option that names it in `renamed_from`.
        var declared: [String: ChoiceOption] = [:]
        for option in new.options { for from in option.renamedFrom where declared[from.value] == nil { declared[from.value] = option } }
        var renamedTo: Set<String> = []
        var renamedPairs: [(old: ChoiceOption, new: ChoiceOption)] = []
        for (position, option) in old.options.enumerated() where !newValues.contains(option.value) {
            if let target = declared[option.value] {
                renamedTo.insert(target.value)
                renamedPairs.append((option, target))
                list.add(.needsReview, path, "option value \(quoted(option.value)) of question \(quoted(id)) is renamed to \(quoted(target.value)), mapped by 'renamed_from': hitc aggregate reads old answers \(quoted(option.value)) as \(quoted(target.value))",
                         new: target.valueRange, old: option.valueRange, definesLabels: true, mapped: true)
            } else if position < new.options.count, new.options[position].label == option.label,
                      !oldValues.contains(new.options[position].value) {
                let target = new.options[position]
                renamedTo.insert(target.value)
                renamedPairs.append((option, target))
                list.add(.breaking, path, "option value \(quoted(option.value)) of question \(quoted(id)) is renamed to \(quoted(target.value)) (same label \(quoted(option.label)) and position): answers collected as \(quoted(option.value)) will not be read as \(quoted(target.value))",
                         new: target.valueRange, old: option.valueRange,
                         hints: ["to keep one label history, add 'renamed_from: [\(option.value)]' to option \(quoted(target.value))"])
            } else {
                list.add(.breaking, path, "option \(quoted(option.value)) of question \(quoted(id)) is removed: answers collected as \(quoted(option.value)) are no longer valid",
                         new: questionRange, old: option.valueRange,
                         hints: ["if another option replaces it, name the old value in that option's 'renamed_from'"])
            }
        }
        let oldByValue = Dictionary(old.options.map { ($0.value, $0) }, uniquingKeysWith: { a, _ in a })
        for option in new.options {
            guard let before = oldByValue[option.value] else {
                if !renamedTo.contains(option.value) {
                    list.add(.needsReview, path, "option \(quoted(option.value)) is added to question \(quoted(id)), which already has answers: items answered before could not choose it",
                             new: option.valueRange, old: oldQuestionRange, definesLabels: true)
                }
                continue
            }
            compare(before, option, question: id, into: &list)
        }
        for pair in renamedPairs { compare(pair.old, pair.new, question: id, into: &list) }
        let kept = new.values.filter(oldValues.contains), keptBefore = old.values.filter(newValues.contains)
        if kept != keptBefore {
            list.add(.cosmetic, path + ".order", "the options of question \(quoted(id)) are in a new order", new: questionRange, old: oldQuestionRange)
        }
        if old.display != new.display {
            list.add(.cosmetic, "hit.questions.\(id).display", "question \(quoted(id)) is shown as \(new.display.rawValue) (was \(old.display.rawValue))",
                     new: questionRange, old: oldQuestionRange)
        }
        if old.minSelected?.value != new.minSelected?.value || old.maxSelected?.value != new.maxSelected?.value {
            list.add(.needsReview, "hit.questions.\(id).selected", "how many options of question \(quoted(id)) may be chosen changed (min_selected \(shown(old.minSelected?.value)) -> \(shown(new.minSelected?.value)), max_selected \(shown(old.maxSelected?.value)) -> \(shown(new.maxSelected?.value)))",
                     new: new.minSelected?.range ?? new.maxSelected?.range ?? questionRange,
                     old: old.minSelected?.range ?? old.maxSelected?.range ?? oldQuestionRange)
        }
    }

    /// One option kept (or renamed): its label, hint, `exclusive` and hotkey.
    private static func compare(_ old: ChoiceOption, _ new: ChoiceOption, question id: String, into list: inout ChangeList) {
        let path = "hit.questions.\(id).options.\(new.value)"
        if old.label != new.label {
            list.add(.cosmetic, path + ".label", "the label of option \(quoted(new.value)) of question \(quoted(id)) changed from \(quoted(old.label)) to \(quoted(new.label))",
                     new: new.range, old: old.range)
        }
        if old.hint != new.hint {
            list.add(.needsReview, path + ".hint", "the hint of option \(quoted(new.value)) of question \(quoted(id)), which tells workers what the option means, changed",
                     new: new.range, old: old.range, definesLabels: true)
        }
        // A rename this very option declares is reported as the mapped rename, not again here.
        if old.renamedFrom.map(\.value) != new.renamedFrom.map(\.value).filter({ $0 != old.value || old.value == new.value }) {
            list.add(.needsReview, path + ".renamed_from", "the earlier values hitc aggregate reads as option \(quoted(new.value)) of question \(quoted(id)) changed ('renamed_from': \(values(old.renamedFrom)) -> \(values(new.renamedFrom)))",
                     new: new.renamedFrom.first?.range ?? new.range, old: old.renamedFrom.first?.range ?? old.range, definesLabels: true)
        }
        if old.exclusive != new.exclusive {
            if new.exclusive {
                list.add(.breaking, path + ".exclusive", "option \(quoted(new.value)) of question \(quoted(id)) became exclusive: answers collected before that combine it with another option are refused by hitc aggregate",
                         new: new.range, old: old.range,
                         hints: ["keep the earlier results apart, or drop 'exclusive: true' until they are aggregated"])
            } else {
                list.add(.needsReview, path + ".exclusive", "option \(quoted(new.value)) of question \(quoted(id)) is no longer exclusive: workers may now combine it with other options",
                         new: new.range, old: old.range, definesLabels: true)
            }
        }
        if old.key?.value != new.key?.value {
            list.add(.cosmetic, path + ".key", "the hotkey of option \(quoted(new.value)) of question \(quoted(id)) changed from \(shown(old.key?.value)) to \(shown(new.key?.value))",
                     new: new.key?.range ?? new.range, old: old.key?.range ?? old.range)
        }
    }

    /// `[a, b]`, or "none".
    private static func values(_ list: [Located<String>]) -> String {
        list.isEmpty ? "none" : "[" + list.map(\.value).joined(separator: ", ") + "]"
    }
}
