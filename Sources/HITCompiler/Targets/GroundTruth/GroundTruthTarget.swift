/// SageMaker Ground Truth (a custom labeling workflow): `ground_truth/template.liquid.html`,
/// the custom worker task template (`GroundTruthTemplate`: a `crowd-form` with the
/// guidelines in `short-instructions`/`full-instructions` and one section per
/// item of `task.input.items`), `ground_truth/labeling-job.json`, the
/// CreateLabelingJob request (`GroundTruthLabelingJob`), the two Lambda
/// functions the job names (`GroundTruthLambdas`), and from `hitc batch`
/// `ground_truth/manifest.jsonl`, the input manifest with one line per HIT
/// (`GroundTruthManifest`).
///
/// The template reads the manifest line as `task.input`: the job's pre-annotation
/// Lambda returns the line it is given as `taskInput`. Keeping a HIT's items on
/// one line keeps `items_per_hit` (and the gold mixed into each HIT) as on every
/// other platform.
///
/// `targets: { ground_truth: {} }` is valid: the settings (`GroundTruthSettings`)
/// fill in the request's account-specific values.
enum GroundTruthTarget: PlatformTarget {
    typealias Settings = GroundTruthSettings
    typealias Checked = CheckedGroundTruth

    static let specKey: String? = "ground_truth"
    static let summary = "SageMaker Ground Truth (custom worker task template, CreateLabelingJob request, input manifest); an empty mapping is valid."
    static var properties: [SpecSchema.Property] { GroundTruthSettings.properties }

    static func parse(_ mapping: MappingView, _ ctx: inout ParseContext) -> GroundTruthSettings? {
        GroundTruthSettings.parse(mapping, &ctx)
    }

    static func checked(_ settings: GroundTruthSettings) -> CheckedGroundTruth { CheckedGroundTruth(settings) }

    static func checkReward(_ reward: Located<Money>, _ settings: GroundTruthSettings, _ ctx: inout CheckContext) {
        GroundTruthJobChecks.reward(reward, settings, &ctx)
    }

    static func check(_ settings: GroundTruthSettings, _ ctx: inout CheckContext) {
        GroundTruthChecks.run(&ctx)
        GroundTruthJobChecks.run(settings, &ctx)
    }

    /// The path of the worker task template in the bundle.
    static let templatePath = "ground_truth/template.liquid.html"

    static func specFiles(_ checked: CheckedSpec, _ settings: CheckedGroundTruth) -> [BundleFileJob] {
        [
            { (GroundTruthLabelingJob.path, JSONText.encode(GroundTruthLabelingJob(checked, settings))) },
            { (GroundTruthLambdas.prePath, GroundTruthLambdas.pre) },
            { (GroundTruthLambdas.postPath, GroundTruthLambdas.post) },
        ]
    }

    static func pageFiles(_ pages: RenderedPages, _ checked: CheckedSpec, _ settings: CheckedGroundTruth,
                          file: String) throws -> TargetPageFiles {
        let template = GroundTruthTemplate(checked.spec, title: checked.title, guidelines: pages.guidelinesFragment).text
        try PageSafety.refuseForbiddenCharacters(template, in: templatePath)
        return TargetPageFiles(files: [(templatePath, template)],
                               diagnostics: GroundTruthChecks.templateSize(template, spec: checked.spec, file: file),
                               manifest: GroundTruthManifestInfo(
                                   labelingJob: GroundTruthLabelingJob.path,
                                   placeholders: GroundTruthLabelingJob(checked, settings).placeholders))
    }

    static func batchFiles(_ checked: CheckedSpec, _ settings: CheckedGroundTruth, gold: GoldPool) -> TargetBatchFiles? {
        GroundTruthManifest.make(checked)
    }
    static let batchFilesHelp: String? = "ground_truth/manifest.jsonl (SageMaker Ground Truth)"
}

/// The Ground Truth entry of `manifest.json`: the request and the settings its
/// placeholders stand for (to set before the request can be sent).
struct GroundTruthManifestInfo: Encodable, Sendable {
    var labelingJob: String
    var placeholders: [String]
}
