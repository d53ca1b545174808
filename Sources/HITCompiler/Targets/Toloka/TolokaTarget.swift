/// Toloka: a project payload (`toloka/project.json`) whose task interface is a
/// Template Builder config (`TolokaView`) with the input and output
/// specifications it reads and writes (`TolokaDataSpec`) and the full
/// guidelines as its instructions, a pool payload (`toloka/pool.json`), the
/// tasks to upload (`toloka/tasks.tsv`, `TolokaTasksFile`), and the results
/// file read back by `hitc aggregate --format toloka`.
enum TolokaTarget: PlatformTarget {
    typealias Settings = TolokaSettings
    typealias Checked = CheckedToloka

    static let specKey: String? = "toloka"
    static let summary = "Toloka (a Template Builder project and a pool)."
    static var properties: [SpecSchema.Property] {
        [
            .init(name: "assignment_duration", type: SpecSchema.duration, required: false,
                  doc: "Time a Toloker has for one task suite (assignment_max_duration_seconds); 1h by default."),
            .init(name: "review_days", type: .integer(minimum: 1), required: false,
                  doc: "Days to review answers before Toloka accepts them; without it answers are accepted at once."),
            .init(name: "adult_content", type: .boolean, required: false,
                  doc: "The tasks may hold adult content (may_contain_adult_content); false by default."),
        ]
    }

    static func parse(_ mapping: MappingView, _ ctx: inout ParseContext) -> TolokaSettings? {
        TolokaSettings(
            assignmentDuration: mapping["assignment_duration"].flatMap { parseDuration($0, "'assignment_duration'", &ctx) },
            reviewDays: mapping["review_days"].flatMap { parseInteger($0, "'review_days'", minimum: 1, &ctx)?.value },
            adultContent: mapping["adult_content"].flatMap { ctx.bool($0, "'adult_content'") })
    }

    static func checked(_ settings: TolokaSettings) -> CheckedToloka { CheckedToloka(settings) }

    static func checkReward(_ reward: Located<Money>, _ settings: TolokaSettings, _ ctx: inout CheckContext) {
        TolokaChecks.checkReward(reward, &ctx)
    }

    static func check(_ settings: TolokaSettings, _ ctx: inout CheckContext) {
        TolokaChecks.check(&ctx)
    }

    static func specFiles(_ checked: CheckedSpec, _ settings: CheckedToloka) -> [BundleFileJob] {
        [{ ("toloka/pool.json", JSONText.encode(TolokaPool(checked, settings))) }]
    }

    /// The project carries the rendered guidelines as its instructions.
    static func pageFiles(_ pages: RenderedPages, _ checked: CheckedSpec, _ settings: CheckedToloka,
                          file: String) throws -> TargetPageFiles {
        TargetPageFiles(files: [("toloka/project.json", JSONText.encode(TolokaProject(checked, instructions: pages.guidelinesFragment)))])
    }

    static func batchFiles(_ checked: CheckedSpec, _ settings: CheckedToloka, gold: GoldPool) -> TargetBatchFiles? {
        TolokaTasksFile.make(checked, gold: gold)
    }
}

/// `targets.toloka` as written (`{}` means the defaults).
struct TolokaSettings: Sendable {
    var assignmentDuration: Located<Duration>?
    var reviewDays: Int?
    var adultContent: Bool?
}

/// `targets.toloka` with its defaults applied.
struct CheckedToloka: Sendable {
    /// `assignment_duration` in seconds; 1 hour by default (as MTurk's).
    let assignmentDurationSeconds: Int
    /// `review_days`; nil: answers are accepted at once.
    let reviewDays: Int?
    /// `adult_content`; false by default.
    let adultContent: Bool

    init(_ settings: TolokaSettings) {
        assignmentDurationSeconds = settings.assignmentDuration?.value.seconds ?? 3600
        reviewDays = settings.reviewDays
        adultContent = settings.adultContent ?? false
    }
}

extension Targets {
    /// `targets.toloka`, nil without a Toloka target.
    var toloka: TolokaSettings? {
        get { self[TolokaTarget.self] }
        set { self[TolokaTarget.self] = newValue }
    }
}
