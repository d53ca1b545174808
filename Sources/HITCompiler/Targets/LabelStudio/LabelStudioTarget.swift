/// Label Studio (open source, for in-house annotators): `label_studio/config.xml`,
/// the labeling configuration a project is created with, and from `hitc batch`
/// `label_studio/tasks.json`, the tasks it imports (`LabelStudioBatchFiles`). One Label Studio task
/// is one item: the config shows the item's fields through `$<field>` and asks
/// every question of the spec with Label Studio's own control tags
/// (`LabelStudioConfig`).
///
/// `targets: { label_studio: {} }` takes no settings yet: an empty mapping
/// means the defaults (one item per task, the spec's questions and layout).
enum LabelStudioTarget: PlatformTarget {
    typealias Settings = LabelStudioSettings
    typealias Checked = LabelStudioSettings

    static let specKey: String? = "label_studio"
    static let summary = "Label Studio (labeling config and task import); an empty mapping is valid."

    static func parse(_ mapping: MappingView, _ ctx: inout ParseContext) -> LabelStudioSettings? {
        LabelStudioSettings()
    }

    /// The path of the labeling config in the bundle.
    static let configPath = "label_studio/config.xml"

    static func specFiles(_ checked: CheckedSpec, _ settings: LabelStudioSettings) -> [BundleFileJob] {
        [
            {
                let xml = LabelStudioConfig(checked.spec).xml
                try PageSafety.refuseForbiddenCharacters(xml, in: configPath)
                return (configPath, xml)
            },
        ]
    }

    static func batchFiles(_ checked: CheckedSpec, _ settings: LabelStudioSettings, gold: GoldPool) -> TargetBatchFiles? {
        LabelStudioBatchFiles.make()
    }
}

/// `targets.label_studio` as written: no keys yet.
struct LabelStudioSettings: Sendable {}

extension Targets {
    /// `targets.label_studio`, nil without a Label Studio target.
    var labelStudio: LabelStudioSettings? {
        get { self[LabelStudioTarget.self] }
        set { self[LabelStudioTarget.self] = newValue }
    }
}
