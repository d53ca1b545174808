/// The questions: removed or type changed (breaking), added (needs review:
/// workers do more), renamed with `renamed_from` (mapped: needs review, label-
/// defining, the old question compared with the new one), `visible_if` and
/// `required` (needs review: which items get an answer), prompt and hint
/// (cosmetic); then options (`OptionChanges`) and the type's own settings
/// (`QuestionSettingChanges`).
enum QuestionChanges {
    static func run(_ old: CheckedSpec, _ new: CheckedSpec, renames: QuestionRenames, into list: inout ChangeList) {
        let section = new.spec.sectionRanges["hit"]
        let oldQuestions = old.spec.hit.questions, newQuestions = new.spec.hit.questions
        for q in oldQuestions where new.spec.hit.question(q.id) == nil && renames.newID[q.id] == nil {
            // A new question of the same type may be this one renamed without saying so.
            let candidate = newQuestions.first { old.spec.hit.question($0.id) == nil && renames.oldIDs[$0.id] == nil && $0.typeName == q.typeName }
            list.add(.breaking, "hit.questions.\(q.id)", "question \(quoted(q.id)) is removed: its answers end here",
                     new: section, old: q.idRange,
                     hints: candidate.map { ["if question \(quoted($0.id)) replaces it, add 'renamed_from: \(q.id)' to question \(quoted($0.id)): hitc aggregate then reads answers to \(quoted(q.id)) as answers to \(quoted($0.id))"] } ?? [])
        }
        for q in newQuestions {
            if let before = old.spec.hit.question(q.id) {
                compare(before, q, into: &list)
                continue
            }
            guard let froms = renames.oldIDs[q.id], let first = froms.first, let before = old.spec.hit.question(first) else {
                list.add(.needsReview, "hit.questions.\(q.id)", "question \(quoted(q.id)) is added: items answered before have no answer to it, and a HIT takes longer",
                         new: q.idRange, old: old.spec.sectionRanges["hit"], definesLabels: true)
                continue
            }
            for from in froms {
                guard let renamed = old.spec.hit.question(from) else { continue }
                list.add(.needsReview, "hit.questions.\(q.id)", "question \(quoted(from)) is renamed to \(quoted(q.id)), mapped by 'renamed_from': hitc aggregate reads answers to \(quoted(from)) as answers to \(quoted(q.id))",
                         new: q.renamedFrom.first { $0.value == from }?.range ?? q.idRange, old: renamed.idRange, definesLabels: true, mapped: true)
            }
            compare(before, q, into: &list)
        }
    }

    private static func compare(_ old: Question, _ new: Question, into list: inout ChangeList) {
        let path = "hit.questions.\(new.id)"
        guard old.typeName == new.typeName else {
            list.add(.breaking, path + ".type", "question \(quoted(new.id)) changed type from \(old.typeName) to \(new.typeName): its answers before and after cannot be merged",
                     new: new.idRange, old: old.idRange)
            return
        }
        if old.prompt.value != new.prompt.value {
            list.add(.cosmetic, path + ".prompt", "the prompt of question \(quoted(new.id)) changed", new: new.prompt.range, old: old.prompt.range)
        }
        // The old ids this question takes answers for, apart from a rename this very question declares.
        let fromBefore = old.renamedFrom.map(\.value), fromNow = new.renamedFrom.map(\.value).filter { $0 != old.id || old.id == new.id }
        if fromBefore != fromNow {
            list.add(.needsReview, path + ".renamed_from", "the earlier ids whose answers hitc aggregate reads as question \(quoted(new.id)) changed ('renamed_from': \(ids(old.renamedFrom)) -> \(ids(new.renamedFrom)))",
                     new: new.renamedFrom.first?.range ?? new.idRange, old: old.renamedFrom.first?.range ?? old.idRange, definesLabels: true)
        }
        if old.hint != new.hint {
            list.add(.cosmetic, path + ".hint", "the hint of question \(quoted(new.id)) changed", new: new.idRange, old: old.idRange)
        }
        if old.required != new.required {
            list.add(.needsReview, path + ".required", "question \(quoted(new.id)) is now \(new.required ? "required" : "optional"): items may \(new.required ? "no longer " : "")lack an answer",
                     new: new.idRange, old: old.idRange)
        }
        if Fingerprint.of(old.visibleIf) != Fingerprint.of(new.visibleIf) {
            let newRange = new.visibleIf.first?.question.range ?? new.idRange
            let oldRange = old.visibleIf.first?.question.range ?? old.idRange
            list.add(.needsReview, path + ".visible_if", "when question \(quoted(new.id)) is shown changed ('visible_if'): \(conditions(old.visibleIf)) -> \(conditions(new.visibleIf))",
                     new: newRange, old: oldRange, definesLabels: true)
        }
        if let a = old.choice, let b = new.choice {
            OptionChanges.run(a, b, question: new.id, questionRange: new.idRange, oldQuestionRange: old.idRange, into: &list)
        }
        QuestionSettingChanges.run(old, new, into: &list)
    }

    /// `[a, b]`, or "none".
    private static func ids(_ list: [Located<String>]) -> String {
        list.isEmpty ? "none" : "[" + list.map(\.value).joined(separator: ", ") + "]"
    }

    /// `visible_if` in words: `category = other; x = a|b`, or "always".
    private static func conditions(_ all: [VisibleCondition]) -> String {
        if all.isEmpty { return "always" }
        return all.map { "\($0.question.value) = \($0.values.map(\.value).joined(separator: "|"))" }.joined(separator: "; ")
    }
}
