/// `quality:`: an aggregation method (breaking: labels before and after are
/// made differently); gold, its file's expected answers included (needs review,
/// label-defining: gold says what is right); redundancy, qualification, checks,
/// agreement, `min_confidence` and `init` (needs review).
enum QualityChanges {
    static func run(_ old: CheckedSpec, _ new: CheckedSpec, renames: QuestionRenames, into list: inout ChangeList) {
        let a = old.spec.quality, b = new.spec.quality
        let section = new.spec.sectionRanges["quality"], oldSection = old.spec.sectionRanges["quality"]
        if old.judgmentsPerItem != new.judgmentsPerItem {
            list.add(.needsReview, "quality.judgments_per_item", "'judgments_per_item' changed from \(old.judgmentsPerItem) to \(new.judgmentsPerItem)",
                     new: b?.judgmentsPerItem.range ?? section, old: a?.judgmentsPerItem.range ?? oldSection)
        }
        gold(old, new, into: &list)
        list.compare(a?.qualification, b?.qualification, .needsReview, "quality.qualification", "the qualification of workers changed (approval rate, approved HITs or locales)",
                     new: section, old: oldSection)
        list.compare(a?.minSecondsPerHit?.value, b?.minSecondsPerHit?.value, .needsReview, "quality.checks", "'checks.min_seconds_per_hit' changed",
                     new: b?.minSecondsPerHit?.range ?? section, old: a?.minSecondsPerHit?.range ?? oldSection)
        list.compare(a?.agreement, b?.agreement, .needsReview, "quality.agreement", "the agreement metric or its minimum changed",
                     new: b?.agreement?.metric.range ?? section, old: a?.agreement?.metric.range ?? oldSection)
        for q in new.spec.hit.questions {
            guard let before = renames.before(q.id, in: old.spec), before.typeName == q.typeName else { continue }
            let ruleBefore = a?.aggregation(for: before.id), ruleAfter = b?.aggregation(for: q.id)
            let methodBefore = ruleBefore?.method.value ?? before.kind.defaultAggregationMethod
            let methodAfter = ruleAfter?.method.value ?? q.kind.defaultAggregationMethod
            let path = "quality.aggregation.\(q.id)"
            let newRange = ruleAfter?.method.range ?? section, oldRange = ruleBefore?.method.range ?? oldSection
            if methodBefore != methodAfter {
                list.add(.breaking, path + ".method", "the aggregation method of question \(quoted(q.id)) changed from \(methodBefore.rawValue) to \(methodAfter.rawValue): labels before and after are made differently",
                         new: newRange, old: oldRange)
            }
            if ruleBefore?.minConfidence?.value != ruleAfter?.minConfidence?.value || ruleBefore?.start?.value != ruleAfter?.start?.value {
                list.add(.needsReview, path + ".settings", "'min_confidence' or 'init' of the aggregation of question \(quoted(q.id)) changed",
                         new: newRange, old: oldRange)
            }
        }
    }

    /// `quality.gold` and the expected answers in its file.
    private static func gold(_ old: CheckedSpec, _ new: CheckedSpec, into list: inout ChangeList) {
        let a = old.spec.quality?.gold, b = new.spec.quality?.gold
        let section = new.spec.sectionRanges["quality"], oldSection = old.spec.sectionRanges["quality"]
        let withoutFile = { (g: Quality.Gold) -> Quality.Gold in var g = g; g.file = Located("", g.range); return g }
        let settingsBefore = a.map(withoutFile), settingsAfter = b.map(withoutFile)
        list.compare(settingsBefore, settingsAfter, .needsReview, "quality.gold", "the gold settings changed (gold added or removed, per_hit, min_accuracy or show_feedback)",
                     new: b?.range ?? section, old: a?.range ?? oldSection, definesLabels: a == nil || b == nil)
        if a != nil, b != nil, a?.file.value != b?.file.value {
            list.add(.needsReview, "quality.gold.file", "the gold file changed from \(shown(a?.file.value)) to \(shown(b?.file.value))",
                     new: b?.file.range, old: a?.file.range, definesLabels: true)
        }
        guard a != nil, b != nil else { return }
        let before = Dictionary(old.goldItems.map { ($0.key, $0.answers) }, uniquingKeysWith: { x, _ in x })
        let after = Dictionary(new.goldItems.map { ($0.key, $0.answers) }, uniquingKeysWith: { x, _ in x })
        let added = after.keys.filter { before[$0] == nil }.count
        let removed = before.keys.filter { after[$0] == nil }.count
        let changed = after.filter { key, answers in before[key].map { $0 != answers } ?? false }.keys.sorted()
        guard added + removed + changed.count > 0 else { return }
        var parts: [String] = []
        if !changed.isEmpty { parts.append("\(Plural.count(changed.count, "item")) with other expected answers (first \(quoted(changed[0])))") }
        if added > 0 { parts.append("\(Plural.count(added, "item")) added") }
        if removed > 0 { parts.append("\(Plural.count(removed, "item")) removed") }
        list.add(.needsReview, "quality.gold.content", "the gold answers changed: \(parts.joined(separator: ", "))",
                 new: b?.file.range, old: a?.file.range, definesLabels: true)
    }
}
