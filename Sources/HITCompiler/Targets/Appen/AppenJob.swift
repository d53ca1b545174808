/// `appen/job.json`: the attributes of the Appen job, as its jobs API takes them
/// (`job[title]`, `job[instructions]`, ...; the names are those the CrowdFlower
/// and Appen API clients send: `title`, `instructions`, `judgments_per_unit`,
/// `units_per_assignment`, `payment_cents`, `gold_per_assignment`, `cml`). The
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

    init(_ checked: CheckedSpec, instructions: String) {
        title = checked.title
        self.instructions = AppenMarkup.bracesEscaped(instructions)
        judgments_per_unit = checked.judgmentsPerItem
        units_per_assignment = checked.itemsPerHit
        payment_cents = Int(checked.reward.micros / 10_000)
        gold_per_assignment = checked.spec.quality?.gold == nil ? nil : checked.goldPerHit
    }
}
