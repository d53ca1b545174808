/// Amazon Mechanical Turk: an HTMLQuestion (`mturk/question.xml`) holding the
/// task page, the HIT type and review policy, a batch CSV with one row per HIT,
/// and the batch results CSV read back by `hitc aggregate`.
enum MTurkTarget: PlatformTarget {
    typealias Settings = MTurkSettings
    typealias Checked = CheckedMTurk

    static let specKey: String? = "mturk"
    static let summary = "Amazon Mechanical Turk."
    static var properties: [SpecSchema.Property] {
        [
            .init(name: "lifetime", type: SpecSchema.duration, required: false, doc: "How long HITs stay listed."),
            .init(name: "assignment_duration", type: SpecSchema.duration, required: false, doc: "Time a worker has per assignment."),
            .init(name: "auto_approve", type: SpecSchema.duration, required: false, doc: "Delay before automatic approval."),
            .init(name: "frame_height", type: .integer(minimum: 0), required: false, doc: "HTMLQuestion FrameHeight (0 fits the window)."),
        ]
    }

    static func parse(_ mt: MappingView, _ ctx: inout ParseContext) -> MTurkSettings? {
        MTurkSettings(
            lifetime: mt["lifetime"].flatMap { parseDuration($0, "'lifetime'", &ctx) },
            assignmentDuration: mt["assignment_duration"].flatMap { parseDuration($0, "'assignment_duration'", &ctx) },
            autoApprove: mt["auto_approve"].flatMap { parseDuration($0, "'auto_approve'", &ctx) },
            frameHeight: mt["frame_height"].flatMap { parseInteger($0, "'frame_height'", minimum: 0, &ctx)?.value })
    }

    static func checked(_ settings: MTurkSettings) -> CheckedMTurk { CheckedMTurk(settings) }

    static func checkReward(_ reward: Located<Money>, _ settings: MTurkSettings, _ ctx: inout CheckContext) {
        if reward.value.currency != "USD" {
            ctx.report(.platformCurrency, "MTurk pays rewards in USD, not \(reward.value.currency)", reward.range,
                       notes: [DiagnosticNote("write the reward in USD, or drop 'targets.mturk'")])
        }
    }

    static func check(_ settings: MTurkSettings, _ ctx: inout CheckContext) {
        MTurkChecks.run(settings, &ctx)
    }

    static let reservedNames = ["assignmentId", "hitId", "turkSubmitTo", "workerId"]
    static let reservedReason = "MTurk uses it for its own parameters"

    static func pageConfig(_ settings: CheckedMTurk) -> (any Encodable & Sendable)? {
        MTurkPageConfig(submitOrigins: MTurkQuestion.submitOrigins)
    }
    static func formActionOrigins(_ settings: CheckedMTurk) -> [String] { MTurkQuestion.submitOrigins }
    static let scriptModule: String? = "mturk"
    static let scriptOnEveryPage = true

    static func specFiles(_ checked: CheckedSpec, _ settings: CheckedMTurk) -> [BundleFileJob] {
        [
            { ("mturk/hit-type.json", JSONText.encode(MTurkHITType(checked))) },
            { ("mturk/review-policy.json", JSONText.encode(MTurkReviewPolicy(checked))) },
        ]
    }

    static func pageFiles(_ pages: RenderedPages, _ checked: CheckedSpec, _ settings: CheckedMTurk, file: String) throws -> TargetPageFiles {
        let page = try pages.taskModel.flatMap { model in try pages.renderTask?(model.hostedByMTurk()) } ?? pages.task
        let xml = try MTurkQuestion.xml(page: page, frameHeight: settings.frameHeight)
        let bytes = xml.utf8.count
        return TargetPageFiles(
            files: [("mturk/question.xml", xml)],
            diagnostics: sizeDiagnostics(bytes, spec: checked.spec, file: file),
            manifest: MTurkManifestInfo(questionBytes: bytes, questionLimit: MTurkQuestion.byteLimit,
                                        maxAssignments: checked.judgmentsPerItem, lifetimeInSeconds: settings.lifetimeSeconds))
    }

    static func batchFiles(_ checked: CheckedSpec, _ settings: CheckedMTurk, gold: GoldPool) -> TargetBatchFiles? {
        MTurkBatchFiles.make(checked, gold: gold)
    }
    static let batchFilesHelp: String? = "mturk/batch.csv and mturk/review-policies.jsonl (MTurk)"
    static let itemKeyJoinReason: String? =
        "mturk/batch.csv joins the keys of a HIT with '|' in its item_keys column; give the item a key without '|'"

    static let costModel: CostModel? = CostModel(
        platform: "mturk", feePermille: { $0 >= 10 ? 400 : 200 },
        note: "MTurk fee 20% of the reward, 40% at 10 or more assignments per HIT")

    /// W0010 above 80% of MTurk's limit, E0601 over it, at `targets.mturk`.
    static func sizeDiagnostics(_ bytes: Int, spec: Spec, file: String) -> [Diagnostic] {
        let range = spec.sectionRanges["targets"]
        let limit = MTurkQuestion.byteLimit
        if bytes > limit {
            return [Diagnostic(.questionOverLimit,
                               "mturk/question.xml would be \(bytes) bytes, over MTurk's limit of \(limit)",
                               file: file, range: range,
                               notes: [DiagnosticNote("shorten the guidelines shown in the page, or fewer items per HIT")])]
        }
        if Double(bytes) > Double(limit) * MTurkQuestion.warningShare {
            return [Diagnostic(.questionNearLimit,
                               "mturk/question.xml is \(bytes) bytes, \(bytes * 100 / limit)% of MTurk's limit of \(limit)",
                               file: file, range: range)]
        }
        return []
    }
}

/// The MTurk entry of the task page's configuration: the page then posts its form to `turkSubmitTo`.
struct MTurkPageConfig: Encodable, Sendable {
    /// The origins `turkSubmitTo` may name (the page's `form-action` allows only these).
    var submitOrigins: [String]
}
