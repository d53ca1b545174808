/// SageMaker Ground Truth (a custom labeling workflow): `ground_truth/template.liquid.html`,
/// the custom worker task template (`GroundTruthTemplate`: a `crowd-form` with the
/// guidelines in `short-instructions`/`full-instructions` and one section per
/// item of `task.input.items`), and from `hitc batch` `ground_truth/manifest.jsonl`,
/// the input manifest with one line per HIT (`GroundTruthManifest`).
///
/// The template reads the manifest line as `task.input`: the job's pre-annotation
/// Lambda returns the line it is given as `taskInput` (the pass-through Lambda of
/// Ground Truth's documentation). Keeping a HIT's items on one line keeps
/// `items_per_hit` (and the gold mixed into each HIT) as on every other platform.
///
/// `targets: { ground_truth: {} }` takes no settings yet: an empty mapping
/// means the defaults.
enum GroundTruthTarget: PlatformTarget {
    typealias Settings = GroundTruthSettings
    typealias Checked = GroundTruthSettings

    static let specKey: String? = "ground_truth"
    static let summary = "SageMaker Ground Truth (custom worker task template and input manifest); an empty mapping is valid."

    static func parse(_ mapping: MappingView, _ ctx: inout ParseContext) -> GroundTruthSettings? {
        GroundTruthSettings()
    }

    static func check(_ settings: GroundTruthSettings, _ ctx: inout CheckContext) {
        GroundTruthChecks.run(&ctx)
    }

    /// The path of the worker task template in the bundle.
    static let templatePath = "ground_truth/template.liquid.html"

    static func pageFiles(_ pages: RenderedPages, _ checked: CheckedSpec, _ settings: GroundTruthSettings,
                          file: String) throws -> TargetPageFiles {
        let template = GroundTruthTemplate(checked.spec, title: checked.title, guidelines: pages.guidelinesFragment).text
        try PageSafety.refuseForbiddenCharacters(template, in: templatePath)
        return TargetPageFiles(files: [(templatePath, template)],
                               diagnostics: GroundTruthChecks.templateSize(template, spec: checked.spec, file: file))
    }

    static func batchFiles(_ checked: CheckedSpec, _ settings: GroundTruthSettings, gold: GoldPool) -> TargetBatchFiles? {
        GroundTruthManifest.make(checked)
    }
    static let batchFilesHelp: String? = "ground_truth/manifest.jsonl (SageMaker Ground Truth)"
}

/// `targets.ground_truth` as written: no keys yet.
struct GroundTruthSettings: Sendable {}

extension Targets {
    /// `targets.ground_truth`, nil without a Ground Truth target.
    var groundTruth: GroundTruthSettings? {
        get { self[GroundTruthTarget.self] }
        set { self[GroundTruthTarget.self] = newValue }
    }
}
