/// The spec's top-level scalars, `use_case`, `communication` and `targets`.
///
/// - needs review: `hitc` (the language version), `id` (the bundle and the
///   platforms' project are named by it), `language` (who can answer),
///   `use_case.gains` (how labels are valued), `communication.min_hourly_wage`.
/// - cosmetic: `version` (the version lint reads it), `title`, `description`,
///   `keywords`, the rest of `use_case` (documentation), `contact`, `feedback`,
///   `ui_strings` (hitc's own words on the page: the checks keep each one's
///   variables, the meaning of a label is in the task's own text), and every target's settings (where and how the task is published, not what
///   a label means).
enum TopLevelChanges {
    static func run(_ old: CheckedSpec, _ new: CheckedSpec, into list: inout ChangeList) {
        let a = old.spec, b = new.spec
        let top = b.id?.range
        list.compare(a.languageVersion?.value, b.languageVersion?.value, .needsReview, "hitc", "the spec language version ('hitc') changed",
                     new: b.languageVersion?.range ?? top, old: a.languageVersion?.range)
        list.compare(old.id, new.id, .needsReview, "id", "the task id changed from \(quoted(old.id)) to \(quoted(new.id)): bundles and platform projects are named by it",
                     new: b.id?.range, old: a.id?.range)
        list.compare(old.version, new.version, .cosmetic, "version", "the version changed from \(old.version) to \(new.version)",
                     new: b.version?.range, old: a.version?.range)
        list.compare(old.title, new.title, .cosmetic, "title", "the title changed", new: b.title?.range, old: a.title?.range)
        list.compare(a.description?.value, b.description?.value, .cosmetic, "description", "the description changed",
                     new: b.description?.range ?? top, old: a.description?.range)
        list.compare(a.keywords, b.keywords, .cosmetic, "keywords", "the keywords changed",
                     new: b.keywords.first?.range ?? top, old: a.keywords.first?.range)
        list.compare(a.language.value, b.language.value, .needsReview, "language", "the language changed from \(a.language.value) to \(b.language.value): other workers answer",
                     new: b.language.range, old: a.language.range)
        let useCase = b.sectionRanges["use_case"] ?? top, oldUseCase = a.sectionRanges["use_case"]
        list.compare(a.useCase?.gains, b.useCase?.gains, .needsReview, "use_case.gains", "'use_case.gains', the value of each label for the metric, changed",
                     new: b.useCase?.gains.first?.value.range ?? useCase, old: a.useCase?.gains.first?.value.range ?? oldUseCase)
        var restBefore = a.useCase, restAfter = b.useCase
        restBefore?.gains = []
        restAfter?.gains = []
        list.compare(restBefore, restAfter, .cosmetic, "use_case", "the use case changed (purpose, goal, metric, priority, cadence, owner or prior work)",
                     new: useCase, old: oldUseCase)
        let communication = b.sectionRanges["communication"] ?? top, oldCommunication = a.sectionRanges["communication"]
        list.compare(a.communication?.minHourlyWage?.value, b.communication?.minHourlyWage?.value, .needsReview, "communication.min_hourly_wage",
                     "'min_hourly_wage' changed", new: b.communication?.minHourlyWage?.range ?? communication,
                     old: a.communication?.minHourlyWage?.range ?? oldCommunication)
        list.compare(a.communication.map { [$0.contact?.value, $0.feedback.rawValue] }, b.communication.map { [$0.contact?.value, $0.feedback.rawValue] },
                     .cosmetic, "communication", "the contact or feedback setting changed", new: communication, old: oldCommunication)
        list.compare(Dictionary(a.uiStrings.map { ($0.id.value, $0.pattern.value) }, uniquingKeysWith: { first, _ in first }),
                     Dictionary(b.uiStrings.map { ($0.id.value, $0.pattern.value) }, uniquingKeysWith: { first, _ in first }),
                     .cosmetic, "ui_strings", "'ui_strings', the task's wording of hitc's own words on the page, changed",
                     new: b.sectionRanges["ui_strings"] ?? top, old: a.sectionRanges["ui_strings"])
        targets(old, new, into: &list)
    }

    /// Each target added, removed or with other settings (cosmetic).
    private static func targets(_ old: CheckedSpec, _ new: CheckedSpec, into list: inout ChangeList) {
        let section = new.spec.sectionRanges["targets"] ?? new.spec.id?.range, oldSection = old.spec.sectionRanges["targets"]
        for entry in TargetRegistry.all {
            guard let key = entry.specKey else { continue }
            let a = old.spec.targets?.value(key), b = new.spec.targets?.value(key)
            if a == nil, b == nil { continue }
            let what = a == nil ? "is added" : b == nil ? "is removed" : "has new settings"
            list.compare(a.map { Fingerprint.of($0) }, b.map { Fingerprint.of($0) }, .cosmetic, "targets.\(key)", "target \(quoted(key)) \(what)",
                         new: section, old: oldSection)
        }
    }
}
