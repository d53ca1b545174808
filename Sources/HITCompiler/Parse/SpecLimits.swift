/// The ranges `hitc check` enforces on counts, times and amounts, so that every
/// later stage (page, bundle, cost estimate, batch, the platforms) can handle
/// any spec that checks clean. One home for each bound; the parser, the JSON
/// Schema and `docs/spec-reference.md` all take them from here.
enum SpecLimits {
    /// `hit.items_per_hit`: items on one page.
    static let itemsPerHit = 1...100
    /// `quality.judgments_per_item`: workers per item (a platform's count of
    /// assignments may be a 32-bit integer; an item judged by more than 1,000 workers is a survey, not labelling).
    static let judgmentsPerItem = 1...1_000
    /// `quality.gold.per_hit`: gold items on one page (fewer than `items_per_hit` too).
    static let goldPerHit = 0...(itemsPerHit.upperBound - 1)
    /// `hit.estimated_seconds` and `quality.checks.min_seconds_per_hit`: at most a day.
    static let secondsPerHit = 1...86_400
    /// `quality.qualification.approved_hits`: qualification values a platform
    /// compares are 32-bit integers.
    static let approvedHITs = 0...Int(Int32.max)
    /// Largest amount of money (`reward`, `min_hourly_wage`), in any currency: a
    /// guard against slips that still leaves room for currencies with small units.
    static let maxMoneyMicros: Int64 = 1_000_000 * 1_000_000
    /// Scale points: integers a web page holds exactly (JavaScript's safe integers).
    static let scalePoint = -9_007_199_254_740_991...9_007_199_254_740_991
}
