/// Question ids renamed between two versions of a spec: a question of the new
/// spec whose `renamed_from` names a question of the old spec that the new one
/// no longer has. `hitc aggregate` reads answers to the old id as answers to the
/// new one, so the classifiers compare the old question with the new one under
/// its new id (`QuestionChanges`, `QualityChanges`), and read the old spec's
/// examples and layout with the new ids (`GuidelineChanges`, `LayoutChanges`).
struct QuestionRenames: Sendable {
    /// The new id of each renamed old id.
    private(set) var newID: [String: String] = [:]
    /// The old ids each new question is renamed from, in the order written.
    private(set) var oldIDs: [String: [String]] = [:]

    init(old: Spec, new: Spec) {
        for q in new.hit.questions {
            for from in q.renamedFrom where old.hit.question(from.value) != nil && new.hit.question(from.value) == nil
                && newID[from.value] == nil {
                newID[from.value] = q.id
                oldIDs[q.id, default: []].append(from.value)
            }
        }
    }

    /// `id` of the old spec as the new spec names it.
    func renamed(_ id: String) -> String { newID[id] ?? id }

    /// The old spec's question that the new question `id` continues: the same id, or the first it is renamed from.
    func before(_ id: String, in old: Spec) -> Question? {
        old.hit.question(id) ?? oldIDs[id]?.first.flatMap { old.hit.question($0) }
    }
}
