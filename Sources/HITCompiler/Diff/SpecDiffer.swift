/// Compares two checked specs part by part (one classifier per part), then
/// runs the safety net: a part whose content differs (`Fingerprint`) but where
/// no classifier recorded a change gets one "needs review" change, so nothing
/// that changed goes unreported.
enum SpecDiffer {
    static func changes(old: CheckedSpec, new: CheckedSpec) -> [SpecChange] {
        var list = ChangeList()
        let renames = QuestionRenames(old: old.spec, new: new.spec)
        TopLevelChanges.run(old, new, into: &list)
        DataChanges.run(old, new, into: &list)
        LayoutChanges.run(old, new, renames: renames, into: &list)
        QuestionChanges.run(old, new, renames: renames, into: &list)
        GuidelineChanges.run(old, new, renames: renames, into: &list)
        QualityChanges.run(old, new, renames: renames, into: &list)
        for part in parts {
            guard !part.paths.contains(where: list.hasChange(under:)) else { continue }
            guard Fingerprint.of(part.content(old.spec)) != Fingerprint.of(part.content(new.spec)) else { continue }
            list.add(.needsReview, part.paths[0], "\(part.name) changed in a way hitc diff does not classify; review it",
                     new: new.spec.sectionRanges[part.paths[0]] ?? new.spec.id?.range, old: old.spec.sectionRanges[part.paths[0]] ?? old.spec.id?.range)
        }
        return list.changes
    }

    /// A part of the spec for the safety net: the change paths it covers and its content.
    private struct Part: Sendable {
        var name: String
        var paths: [String]
        var content: @Sendable (Spec) -> Any
    }

    private static let parts: [Part] = [
        Part(name: "a top-level value", paths: ["hitc", "id", "version", "title", "description", "keywords", "language"]) {
            [$0.languageVersion as Any, $0.id as Any, $0.version as Any, $0.title as Any, $0.description as Any, $0.keywords, $0.language]
        },
        Part(name: "'use_case'", paths: ["use_case"]) { $0.useCase as Any },
        Part(name: "'data'", paths: ["data"]) { $0.data },
        Part(name: "'hit'", paths: ["hit"]) { spec in
            // The order of the `questions` mapping is not shown anywhere (the layout orders them).
            spec.hit.questions.sorted { $0.id < $1.id }.map { $0 as Any } + [spec.hit.layout, spec.hit.itemsPerHit as Any, spec.hit.reward as Any, spec.hit.estimatedSeconds as Any]
        },
        Part(name: "'guidelines'", paths: ["guidelines"]) { $0.guidelines as Any },
        Part(name: "'communication'", paths: ["communication"]) { $0.communication as Any },
        // Aggregation rules are compared in full by `QualityChanges` (a removed question takes its rule along).
        Part(name: "'quality'", paths: ["quality"]) { spec in
            spec.quality.map { [$0.judgmentsPerItem, $0.gold as Any, $0.qualification as Any, $0.minSecondsPerHit as Any, $0.agreement as Any] as [Any] } as Any
        },
        Part(name: "'targets'", paths: ["targets"]) { $0.targets as Any },
    ]
}
