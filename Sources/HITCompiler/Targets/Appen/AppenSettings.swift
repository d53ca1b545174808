/// `targets.appen`: the settings of the Appen job, each optional (`{}` keeps
/// Appen's defaults). They go into `appen/job.json` (`AppenJob`).
struct AppenSettings: Sendable {
    /// `max_judgments_per_worker`: the most units one contributor may judge
    /// (the job's `max_judgments_per_worker`); Appen's default when absent.
    var maxJudgmentsPerWorker: Int?
    /// `level`: the contributor level the job asks for, 1 to 3 (the job's
    /// `minimum_requirements`, `skill_scores.level_<n>_contributors`); Appen's
    /// default when absent.
    var level: Int?

    static let properties: [SpecSchema.Property] = [
        .init(name: "max_judgments_per_worker", type: .integer(minimum: 1), required: false,
              doc: "The most units one contributor may judge in the job (default: Appen's)."),
        .init(name: "level", type: .integer(minimum: 1, maximum: 3), required: false,
              doc: "Contributor level 1, 2 or 3 the job asks for (default: Appen's)."),
    ]

    static func parse(_ m: MappingView, _ ctx: inout ParseContext) -> AppenSettings {
        AppenSettings(
            maxJudgmentsPerWorker: m["max_judgments_per_worker"].flatMap { parseInteger($0, "'max_judgments_per_worker'", minimum: 1, &ctx)?.value },
            level: m["level"].flatMap { parseInteger($0, "'level'", in: 1...3, &ctx)?.value })
    }
}

extension Targets {
    /// `targets.appen`, nil without an Appen target.
    var appen: AppenSettings? {
        get { self[AppenTarget.self] }
        set { self[AppenTarget.self] = newValue }
    }
}
