/// What MTurk refuses in a HIT type, checked when `targets.mturk` is set, so a
/// bundle that checks clean can be uploaded.
///
/// Lengths are counted in UTF-16 code units (a character outside the Basic
/// Multilingual Plane counts twice: the stricter reading of "characters").
/// Sources: the CreateHITType / RegisterHITType constraints as the MTurk client
/// libraries document and enforce them (MTurkR and pyMTurkR: title at most 128
/// characters, description 2,000, keywords 1,000; assignment duration 30 s to
/// 365 days; auto-approval delay at most 30 days) and the `CurrencyAmount`
/// pattern `^[0-9]+(\.)?[0-9]{0,2}$` of MTurk's API model (botocore
/// `mturk/2017-01-17/service-2.json`).
enum MTurkChecks {
    /// Longest `Title` of a HIT type.
    static let maxTitle = 128
    /// Longest `Description` of a HIT type.
    static let maxDescription = 2_000
    /// Longest `Keywords` of a HIT type (the keywords joined with ", ").
    static let maxKeywords = 1_000
    /// `AssignmentDurationInSeconds` range: 30 seconds to 365 days.
    static let assignmentDuration = 30...(365 * 86_400)
    /// Longest `AutoApprovalDelayInSeconds`: 30 days.
    static let maxAutoApprove = 30 * 86_400

    /// Checks a spec with `targets.mturk` (`mturk`).
    static func run(_ mturk: MTurkSettings, _ ctx: inout CheckContext) {
        let spec = ctx.spec
        if let title = spec.title {
            checkLength(title.value, of: "the title is", limit: maxTitle, at: title.range, &ctx)
        }
        if let description = spec.description {
            checkLength(description.value, of: "the description is", limit: maxDescription, at: description.range, &ctx)
        }
        if !spec.keywords.isEmpty {
            let joined = spec.keywords.map(\.value).joined(separator: ", ")
            checkLength(joined, of: "the keywords, joined with ', ', are", limit: maxKeywords,
                        at: spec.sectionRanges["keywords"] ?? spec.keywords[0].range, &ctx)
        }
        if let reward = spec.hit.reward, reward.value.currency == "USD" {
            checkCents(reward, &ctx)
        }
        if let duration = mturk.assignmentDuration, !assignmentDuration.contains(duration.value.seconds) {
            ctx.report(.platformLimit, "MTurk takes an assignment duration from 30s to 365d, not \(duration.value)", duration.range)
        }
        if let delay = mturk.autoApprove, delay.value.seconds > maxAutoApprove {
            ctx.report(.platformLimit, "MTurk auto-approves after at most 30d, not \(delay.value)", delay.range)
        }
    }

    /// Reports `text` longer than `limit` UTF-16 code units; `what` names it with its verb ("the title is").
    private static func checkLength(_ text: String, of what: String, limit: Int, at range: SourceRange, _ ctx: inout CheckContext) {
        let length = text.utf16.count
        guard length > limit else { return }
        ctx.report(.platformLimit, "\(what) \(length) characters long; MTurk takes at most \(limit)", range,
                   notes: [DiagnosticNote("shorten it, or drop 'targets.mturk'")])
    }

    /// MTurk takes an amount with at most two decimals (`0.45`, not `0.450` or `0.125`).
    private static func checkCents(_ reward: Located<Money>, _ ctx: inout CheckContext) {
        let decimals = reward.value.amountText.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        guard decimals > 2 else { return }
        let cents = reward.value.centsText
        ctx.report(.platformLimit, "MTurk takes rewards with at most two decimals, not \(reward.value)", reward.range,
                   notes: [DiagnosticNote(cents.map { "write '\($0) USD'" } ?? "round it to whole cents")],
                   fixIts: cents.map { [FixIt(range: reward.range, replacement: "\($0) USD")] } ?? [])
    }
}
