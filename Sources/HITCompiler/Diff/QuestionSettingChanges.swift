/// The settings each question type adds: a scale's points (breaking) and
/// point labels (they define the points: needs review); a number's unit
/// (breaking: values mean something else) and bounds and step (needs review);
/// a text's limits and pattern (needs review) and placeholder (cosmetic); a
/// pairwise question's compared fields (breaking). Any other difference in the
/// type's settings is needs review (the safety net of `SpecDiffer` would say so
/// too, less precisely).
enum QuestionSettingChanges {
    static func run(_ old: Question, _ new: Question, into list: inout ChangeList) {
        let path = "hit.questions.\(new.id)"
        let (a, b) = (old.kind.type, new.kind.type)
        let (n, o) = (new.idRange, old.idRange)
        if let a = a as? ScaleQuestion, let b = b as? ScaleQuestion {
            if a.min != b.min || a.max != b.max {
                list.add(.breaking, path + ".points", "the scale of question \(quoted(new.id)) changed from \(a.min)..\(a.max) to \(b.min)..\(b.max): points before and after do not mean the same",
                         new: b.range, old: a.range)
            }
            if Fingerprint.of(a.labels) != Fingerprint.of(b.labels) {
                list.add(.needsReview, path + ".labels", "the point labels of the scale of question \(quoted(new.id)), which say what the points mean, changed",
                         new: b.labels.first?.point.range ?? b.range, old: a.labels.first?.point.range ?? a.range, definesLabels: true)
            }
        } else if let a = a as? NumberQuestion, let b = b as? NumberQuestion {
            if a.unit != b.unit {
                list.add(.breaking, path + ".unit", "the unit of question \(quoted(new.id)) changed from \(shown(a.unit)) to \(shown(b.unit)): numbers before and after do not mean the same",
                         new: n, old: o)
            }
            if a.min != b.min || a.max != b.max || a.step != b.step {
                list.add(.needsReview, path + ".bounds", "the bounds or step of question \(quoted(new.id)) changed", new: n, old: o)
            }
        } else if let a = a as? TextQuestion, let b = b as? TextQuestion {
            if a.minLength != b.minLength || a.maxLength != b.maxLength || a.pattern?.value != b.pattern?.value {
                list.add(.needsReview, path + ".limits", "the length limits or pattern of question \(quoted(new.id)) changed",
                         new: b.pattern?.range ?? n, old: a.pattern?.range ?? o)
            }
            if a.placeholder != b.placeholder {
                list.add(.cosmetic, path + ".placeholder", "the placeholder of question \(quoted(new.id)) changed", new: n, old: o)
            }
        } else if let a = a as? PairwiseQuestion, let b = b as? PairwiseQuestion {
            if a.left.value != b.left.value || a.right.value != b.right.value
                || a.leftID?.value != b.leftID?.value || a.rightID?.value != b.rightID?.value {
                list.add(.breaking, path + ".compared", "the fields question \(quoted(new.id)) compares changed (left, right, left_id or right_id): its answers before and after are about different things",
                         new: b.left.range, old: a.left.range)
            }
        } else if a.choice == nil, Fingerprint.of(a) != Fingerprint.of(b) {
            list.add(.needsReview, path + ".settings", "the settings of question \(quoted(new.id)) changed", new: n, old: o)
        }
    }
}
