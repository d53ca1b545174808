/// One HIT of a batch: its items in page order (slot 1 first), real and gold mixed.
struct BatchHIT: Sendable {
    /// One slot of the page.
    struct Slot: Sendable {
        /// The item key (`data.key`), which comes back as `Answer.item<N>`.
        var key: String
        /// The item as a JSON object (data fields in `data.fields` order).
        var object: [UInt8]
        /// Index into the gold pool when this is a gold item.
        var gold: Int?
    }

    /// 1-based number of the HIT in the batch.
    var number: Int
    var slots: [Slot]
    /// The `hitc1:` payload the page decodes.
    let payload: String

    init(number: Int, slots: [Slot]) {
        self.number = number
        self.slots = slots
        payload = ItemPayload.encode(slots.map(\.object))
    }

    /// 1-based slots holding gold items.
    var goldSlots: [Int] { slots.indices.filter { slots[$0].gold != nil }.map { $0 + 1 } }

    /// Item keys in slot order.
    var keys: [String] { slots.map(\.key) }
}

/// Groups shuffled items into HITs of `regularPerHIT` real items and mixes
/// `goldPerHIT` gold items into each at seeded random slots. The last HIT may
/// hold fewer real items (it is not padded: padding would repeat items); it
/// still gets its full share of gold.
struct HITAssembler {
    var regularPerHIT: Int
    var goldPerHIT: Int
    var gold: GoldPool
    var random: SeededRandom
    private var pending: [BatchHIT.Slot] = []
    private(set) var hits = 0

    init(regularPerHIT: Int, goldPerHIT: Int, gold: GoldPool, random: SeededRandom) {
        self.regularPerHIT = max(1, regularPerHIT)
        self.goldPerHIT = max(0, goldPerHIT)
        self.gold = gold
        self.random = random
    }

    /// Adds a real item; returns a HIT when one is full.
    mutating func add(key: String, object: [UInt8]) -> BatchHIT? {
        pending.append(BatchHIT.Slot(key: key, object: object, gold: nil))
        return pending.count == regularPerHIT ? makeHIT() : nil
    }

    /// The last, short HIT, if items are left.
    mutating func finish() -> BatchHIT? {
        pending.isEmpty ? nil : makeHIT()
    }

    private mutating func makeHIT() -> BatchHIT {
        var slots = pending
        pending.removeAll(keepingCapacity: true)
        if goldPerHIT > 0 {
            let dealt = gold.deal(goldPerHIT, random: &random)
            // Each gold item goes to a uniformly random slot among those the page will have.
            for g in dealt {
                let item = gold.items[g]
                let position = random.below(slots.count + 1)
                slots.insert(BatchHIT.Slot(key: item.key, object: item.object, gold: g), at: position)
            }
        }
        hits += 1
        return BatchHIT(number: hits, slots: slots)
    }
}
