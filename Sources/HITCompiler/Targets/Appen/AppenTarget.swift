/// Appen (formerly Figure Eight, CrowdFlower): a job whose form is CML
/// (`appen/cml.xml`, `AppenCML`), its attributes (`appen/job.json`, `AppenJob`:
/// title, the guidelines as instructions, judgments per unit, units per page,
/// payment), the units to upload from `hitc batch` (`appen/units.csv`,
/// `AppenUnitsFile`, gold items as test questions) and the job's full report
/// read back by `hitc aggregate --format appen` (`AppenResultsReader`).
///
/// `targets.appen` takes optional settings (`AppenSettings`); an empty
/// mapping means the spec's own judgments, page size, reward and quality with
/// Appen's defaults for the rest.
enum AppenTarget: PlatformTarget {
    typealias Settings = AppenSettings
    typealias Checked = AppenSettings

    static let specKey: String? = "appen"
    static let summary = "Appen (a CML job, its units and test questions); an empty mapping is valid."

    static var properties: [SpecSchema.Property] { AppenSettings.properties }

    static func parse(_ mapping: MappingView, _ ctx: inout ParseContext) -> AppenSettings? {
        AppenSettings.parse(mapping, &ctx)
    }

    static func checkReward(_ reward: Located<Money>, _ settings: AppenSettings, _ ctx: inout CheckContext) {
        AppenChecks.checkReward(reward, &ctx)
    }

    static func check(_ settings: AppenSettings, _ ctx: inout CheckContext) {
        AppenChecks.run(&ctx)
    }

    static let cmlPath = "appen/cml.xml"
    static let jobPath = "appen/job.json"

    static func specFiles(_ checked: CheckedSpec, _ settings: AppenSettings) -> [BundleFileJob] {
        [
            {
                let cml = AppenCML(checked).text
                try PageSafety.refuseForbiddenCharacters(cml, in: cmlPath)
                return (cmlPath, cml)
            },
        ]
    }

    static func pageFiles(_ pages: RenderedPages, _ checked: CheckedSpec, _ settings: AppenSettings, file: String) throws -> TargetPageFiles {
        TargetPageFiles(files: [(jobPath, JSONText.encode(AppenJob(checked, settings, instructions: pages.guidelinesFragment)))],
                        manifest: AppenManifestInfo(checked.spec))
    }

    static func batchFiles(_ checked: CheckedSpec, _ settings: AppenSettings, gold: GoldPool) -> TargetBatchFiles? {
        AppenUnitsFile.make(checked, gold: gold)
    }
    static let batchFilesHelp: String? = "appen/units.csv (Appen)"
}

/// The Appen entry of `manifest.json`: the name each field and question takes
/// on Appen (`AppenNames`), for tools that read the report without hitc.
struct AppenManifestInfo: Encodable, Sendable {
    /// Field name or question id → its column in `units.csv` and the report.
    var columns: [String: String]

    init(_ spec: Spec) {
        let ids = spec.data.fields.map(\.name) + spec.hit.questions.map(\.id)
        columns = Dictionary(ids.map { ($0, AppenNames.name($0)) }, uniquingKeysWith: { first, _ in first })
    }
}
