/// `appen/job.json`: the attributes of the Appen job, as its jobs API takes them
/// (`job[title]`, `job[instructions]`, ...). The names are those Appen's
/// "Jobs Resource Attributes" page lists (`title`, `instructions`,
/// `judgments_per_unit`, `units_per_assignment`, `payment_cents`,
/// `gold_per_assignment`) and, for the quality settings, those the CrowdFlower
/// and Appen API clients and Appen's own API tests send
/// (`max_judgments_per_worker`, `included_countries`, `minimum_requirements`,
/// `options.reject_at`; see docs/platforms.md for which are unverified). The
/// CML itself is `appen/cml.xml`, sent as `job[cml]`.
struct AppenJob: Encodable {
    /// The spec's title.
    var title: String
    /// The guidelines (summary first) as HTML: what is inside guidelines.html's
    /// `<main>`, its braces escaped like the CML's (`AppenMarkup`).
    var instructions: String
    /// `quality.judgments_per_item`: distinct contributors per unit.
    var judgments_per_unit: Int
    /// `hit.items_per_hit`: units on one page (one assignment), gold included.
    var units_per_assignment: Int
    /// `hit.reward` in US cents: what one page pays.
    var payment_cents: Int
    /// `quality.gold.per_hit`: test questions on a page; absent without gold.
    var gold_per_assignment: Int?
    /// `targets.appen.max_judgments_per_worker`.
    var max_judgments_per_worker: Int?
    /// The countries of `quality.qualification.locales` (ISO 3166-1 alpha-2,
    /// a subdivision's country for `US-NY`), in the order written.
    var included_countries: [String]?
    /// `targets.appen.level`: `{min_score: 1, skill_scores: {level_<n>_contributors: 1}}`.
    var minimum_requirements: MinimumRequirements?
    /// `reject_at`: `quality.gold.min_accuracy` in percent.
    var options: Options?

    struct MinimumRequirements: Encodable {
        var min_score = 1
        var skill_scores: [String: Int]
    }

    struct Options: Encodable {
        /// Contributors whose accuracy on test questions falls below this percentage are removed from the job.
        var reject_at: Double
    }

    init(_ checked: CheckedSpec, _ settings: AppenSettings, instructions: String) {
        title = checked.title
        self.instructions = AppenMarkup.bracesEscaped(instructions)
        judgments_per_unit = checked.judgmentsPerItem
        units_per_assignment = checked.itemsPerHit
        payment_cents = Int(checked.reward.micros / 10_000)
        let quality = checked.spec.quality
        gold_per_assignment = quality?.gold == nil ? nil : checked.goldPerHit
        max_judgments_per_worker = settings.maxJudgmentsPerWorker
        included_countries = Self.countries(quality?.qualification?.locales.map(\.value) ?? [])
        minimum_requirements = settings.level.map { MinimumRequirements(skill_scores: ["level_\($0)_contributors": 1]) }
        options = quality?.gold?.minAccuracy.map { Options(reject_at: ($0.value * 1000).rounded() / 10) }
    }

    /// The countries of `locales` (`US-NY` is `US`), each once; nil when there are none.
    static func countries(_ locales: [String]) -> [String]? {
        var seen: Set<String> = []
        let codes = locales.map { String($0.prefix { $0 != "-" }) }.filter { seen.insert($0).inserted }
        return codes.isEmpty ? nil : codes
    }
}
