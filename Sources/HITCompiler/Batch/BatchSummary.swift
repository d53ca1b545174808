/// `summary.json` of a batch (and what the command prints): counts, the seed,
/// the files and the cost. Its `generator` and `command` mark the folder as
/// hitc's, so a later run may replace it.
public struct BatchSummary: Encodable, Sendable {
    var generator = "hitc"
    var command = "batch"
    var hitcVersion = HITCVersion.current
    /// The spec's `id`.
    var task: String
    /// The data file as named.
    public var data: String
    /// The shuffle's seed.
    public var seed: UInt64
    /// Real items (data rows), each in exactly one HIT.
    public var items: Int
    /// Gold slots over all HITs.
    public var goldSlots: Int
    /// Distinct gold items available.
    public var goldPool: Int
    /// HITs written.
    public var hits: Int
    /// HITs × `judgments_per_item`: the assignments workers will do.
    public var assignments: Int
    /// Real items per HIT (the last HIT may have fewer).
    public var itemsPerHIT: Int
    /// Gold items per HIT.
    public var goldPerHIT: Int
    /// Assignments per HIT (`quality.judgments_per_item`).
    public var judgmentsPerItem: Int
    /// Real items in the last HIT (fewer than the others when the items do not divide evenly; not padded).
    public var lastHITItems: Int
    /// Files written, relative to the folder.
    public var files: [String]
    /// The cost of the batch (`CostEstimate` for this many items).
    public var cost: CostEstimate?

    enum CodingKeys: String, CodingKey {
        case generator, command, hitcVersion = "hitc_version", task, data, seed, items, goldSlots = "gold_slots"
        case goldPool = "gold_pool", hits, assignments, itemsPerHIT = "items_per_hit", goldPerHIT = "gold_per_hit"
        case judgmentsPerItem = "judgments_per_item", lastHITItems = "last_hit_items", files, cost
    }
}
