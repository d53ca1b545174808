/// Label Studio (open source, for in-house annotators): `label_studio/config.xml`,
/// the labeling configuration a project is created with, and from `hitc batch`
/// `label_studio/tasks.json`, the tasks it imports (`LabelStudioBatchFiles`). One Label Studio task
/// is one item: the config shows the item's fields through `$<field>` and asks
/// every question of the spec with Label Studio's own control tags
/// (`LabelStudioConfig`).
///
/// `targets.label_studio` takes the project's settings (`LabelStudioSettings`);
/// an empty mapping means Label Studio's own defaults with the spec's title.
/// `hitc build` also writes `label_studio/project.json`, the body of Label
/// Studio's create-project request (`LabelStudioProject`), with the config and
/// the guidelines as the project's instructions.
enum LabelStudioTarget: PlatformTarget {
    typealias Settings = LabelStudioSettings
    typealias Checked = LabelStudioSettings

    static let specKey: String? = "label_studio"
    static let summary = "Label Studio (labeling config and task import); an empty mapping is valid."

    static var properties: [SpecSchema.Property] { LabelStudioSettings.properties }

    static func parse(_ mapping: MappingView, _ ctx: inout ParseContext) -> LabelStudioSettings? {
        LabelStudioSettings.parse(mapping, &ctx)
    }

    static func check(_ settings: LabelStudioSettings, _ ctx: inout CheckContext) {
        LabelStudioChecks.run(&ctx)
        LabelStudioProject.checkTitle(settings, &ctx)
    }

    /// The data key that marks a gold task in `tasks.json` (`LabelStudioBatchFiles.goldKey`).
    static let reservedNames = [LabelStudioBatchFiles.goldKey]
    static let reservedReason = "Label Studio tasks carry it to mark gold items"

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

    static func pageFiles(_ pages: RenderedPages, _ checked: CheckedSpec, _ settings: LabelStudioSettings, file: String) throws -> TargetPageFiles {
        let project = LabelStudioProject(checked, settings, config: LabelStudioConfig(checked.spec).xml,
                                         instructions: pages.guidelinesFragment)
        return TargetPageFiles(files: [(LabelStudioProject.path, JSONText.encode(project))])
    }

    static let batchFilesHelp: String? = "label_studio/tasks.json (Label Studio)"

    static func batchFiles(_ checked: CheckedSpec, _ settings: LabelStudioSettings, gold: GoldPool) -> TargetBatchFiles? {
        LabelStudioBatchFiles.make(derived: LabelStudioRichText.derived(checked.spec.hit.layout))
    }
}
