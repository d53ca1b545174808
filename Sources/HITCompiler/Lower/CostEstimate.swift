import Foundation

/// What running the task costs, per 1,000 items (the real item count is known
/// only at `hitc batch`).
///
/// Assumptions (also written into the manifest): each HIT holds
/// `items_per_hit - gold.per_hit` real items; every HIT gets
/// `judgments_per_item` assignments; the fee is that of the first target of the
/// spec, in registry order, that models one (its `CostModel`); without one, none.
///
/// Nothing here can trap: counts use overflow-reporting arithmetic and amounts
/// are computed in `Decimal` (38 significant digits, exact for any spec `hitc
/// check` accepts and any item count up to `Int.max`). The initializer is nil
/// when `items` is negative, or when the number of assignments does not fit in
/// an `Int`.
public struct CostEstimate: Encodable, Sendable {
    /// Items the estimate is for.
    var items: Int
    /// HITs they fill.
    var hits: Int
    /// Assignments of those HITs.
    var assignments: Int
    /// The reward's currency code.
    public var currency: String
    /// The rewards of every assignment, as a decimal amount.
    public var reward: String
    /// The platform's fee on them.
    public var fee: String
    /// Reward and fee.
    public var total: String
    /// The fee as a fraction of the reward.
    public var feeRate: Double
    /// The key of the target whose fee `fee` is.
    var platform: String
    /// How the estimate was made, in words.
    var assumptions: String

    enum CodingKeys: String, CodingKey {
        case items, hits, assignments, currency, reward, fee, total, feeRate = "fee_rate", platform, assumptions
    }

    /// The estimate for `items` items of `checked`; nil when it cannot be made (see above).
    init?(_ checked: CheckedSpec, items: Int = 1000) {
        guard items >= 0 else { return nil }
        let reward = checked.reward
        let real = checked.itemsPerHit.subtractingReportingOverflow(checked.goldPerHit)
        let realPerHit = real.overflow ? 1 : max(1, real.partialValue)
        let judgments = max(1, checked.judgmentsPerItem)
        self.items = items
        hits = items / realPerHit + (items % realPerHit == 0 ? 0 : 1)
        let product = hits.multipliedReportingOverflow(by: judgments)
        guard !product.overflow else { return nil }
        assignments = product.partialValue
        currency = reward.currency
        let model = checked.targets.costModel
        platform = model.platform
        let feePermille = model.feePermille(judgments)
        let feeNote = model.note
        feeRate = Double(feePermille) / 1000
        let rewardMicros = Decimal(assignments) * Decimal(reward.micros)
        let feeMicros = Self.rounded(rewardMicros * Decimal(feePermille) / 1000, places: 0)
        self.reward = Self.amount(rewardMicros)
        fee = Self.amount(feeMicros)
        total = Self.amount(rewardMicros + feeMicros)
        assumptions = "per \(Plural.count(items, "item")); \(Plural.count(realPerHit, "real item")) per HIT (items_per_hit minus gold per HIT); "
            + "\(Plural.count(judgments, "assignment")) per HIT; \(feeNote)"
    }

    /// Millionths of a unit as a decimal with two places (rounded half up), e.g. `337.50`.
    static func amount(_ micros: Decimal) -> String {
        let cents = rounded(micros / 10_000, places: 0)
        guard !cents.isNaN else { return "NaN" }
        let negative = cents < 0
        var digits = (negative ? -cents : cents).description
        while digits.count < 3 { digits = "0" + digits }
        return (negative ? "-" : "") + digits.dropLast(2) + "." + digits.suffix(2)
    }

    /// `value` rounded to `places` decimals, halves away from zero.
    private static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, places, .plain)
        return result
    }
}
