/// The questions: removed or type changed (breaking), added (needs review:
/// workers do more), `visible_if` and `required` (needs review: which items get
/// an answer), prompt and hint (cosmetic); then options (`OptionChanges`) and
/// the type's own settings (`QuestionSettingChanges`).
enum QuestionChanges {
    static func run(_ old: CheckedSpec, _ new: CheckedSpec, into list: inout ChangeList) {
        let section = new.spec.sectionRanges["hit"]
        let oldQuestions = old.spec.hit.questions, newQuestions = new.spec.hit.questions
        for q in oldQuestions where new.spec.hit.question(q.id) == nil {
            list.add(.breaking, "hit.questions.\(q.id)", "question \(quoted(q.id)) is removed: its answers end here",
                     new: section, old: q.idRange)
        }
        for q in newQuestions {
            guard let before = old.spec.hit.question(q.id) else {
                list.add(.needsReview, "hit.questions.\(q.id)", "question \(quoted(q.id)) is added: items answered before have no answer to it, and a HIT takes longer",
                         new: q.idRange, old: old.spec.sectionRanges["hit"], definesLabels: true)
                continue
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

    /// `visible_if` in words: `category = other; x = a|b`, or "always".
    private static func conditions(_ all: [VisibleCondition]) -> String {
        if all.isEmpty { return "always" }
        return all.map { "\($0.question.value) = \($0.values.map(\.value).joined(separator: "|"))" }.joined(separator: "; ")
    }
}
