/// What running the task costs, per 1,000 items (the real item count is known
/// only at `hitc batch`).
///
/// Assumptions (also written into the manifest): each HIT holds
/// `items_per_hit - gold.per_hit` real items; every HIT gets
/// `judgments_per_item` assignments; the fee is that of the platform the task
/// targets (MTurk first when several are set): MTurk's is 20% of the reward, 40%
/// when a HIT has 10 or more assignments; Prolific's is taken as 33.3% (its rate
/// depends on the account: check yours); a generic host charges none.
public struct CostEstimate: Encodable, Sendable {
    public var items: Int
    public var hits: Int
    public var assignments: Int
    public var currency: String
    public var reward: String
    public var fee: String
    public var total: String
    public var feeRate: Double
    /// `mturk`, `prolific` or `generic`: whose fee `fee` is.
    public var platform: String
    public var assumptions: String

    enum CodingKeys: String, CodingKey {
        case items, hits, assignments, currency, reward, fee, total, feeRate = "fee_rate", platform, assumptions
    }

    public init?(_ spec: Spec, items: Int = 1000) {
        guard let reward = spec.hit.reward?.value, let perHit = spec.hit.itemsPerHit?.value else { return nil }
        let realPerHit = max(1, perHit - (spec.quality?.gold?.perHit.value ?? 0))
        let judgments = spec.quality?.judgmentsPerItem.value ?? 1
        self.items = items
        hits = (items + realPerHit - 1) / realPerHit
        assignments = hits * judgments
        currency = reward.currency
        let feeNote: String
        if spec.targets?.mturk != nil {
            platform = "mturk"
            feeRate = judgments >= 10 ? 0.4 : 0.2
            feeNote = "MTurk fee 20% of the reward, 40% at 10 or more assignments per HIT"
        } else if spec.targets?.prolific != nil {
            platform = "prolific"
            feeRate = 0.333
            feeNote = "Prolific fee taken as 33.3% of the reward (it depends on the account)"
        } else {
            platform = "generic"
            feeRate = 0
            feeNote = "no platform fee (a generic host)"
        }
        let rewardMicros = Int64(assignments) * reward.micros
        let feeMicros = Int64((Double(rewardMicros) * feeRate).rounded())
        self.reward = Self.amount(rewardMicros)
        fee = Self.amount(feeMicros)
        total = Self.amount(rewardMicros + feeMicros)
        assumptions = "per \(items) items; \(realPerHit) real items per HIT (items_per_hit minus gold per HIT); "
            + "\(judgments) assignments per HIT; \(feeNote)"
    }

    /// Millionths of a unit as a decimal with two places (rounded half up).
    static func amount(_ micros: Int64) -> String {
        let cents = (micros + 5_000) / 10_000
        let frac = cents % 100
        return "\(cents / 100).\(frac < 10 ? "0" : "")\(frac)"
    }
}
