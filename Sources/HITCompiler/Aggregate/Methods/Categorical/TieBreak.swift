/// How a tie between classes ends when nothing else separates them: a draw
/// seeded by the item's key and the question, so the same item of the same
/// question gets the same class in every run and whatever the order of the
/// results, and across items every tied class is equally likely (a uniform
/// random tie-break, made reproducible). Methods that have a better
/// separator first (majority vote: the tied voters' agreement with the other
/// workers) use the draw last.
struct TieBreak: Sendable {
    /// Item keys, by item index; nil: the item's index stands for its key.
    let items: IDTable?
    /// Mixed into every draw: a hash of the question id.
    let seed: UInt64

    init(items: IDTable?, question: String) {
        self.items = items
        seed = Self.hash(Array(question.utf8), seed: 0x9E37_79B9_7F4A_7C15)
    }

    /// Draws keyed by item index rather than key (for judgments built without
    /// an item table): reproducible for the same data, but not across row orders.
    static let byIndex = TieBreak(items: nil, question: "")

    /// A number in `0 ..< count` for item `i`, the same for the same item key, question and count.
    func draw(item i: Int, among count: Int) -> Int {
        guard count > 1 else { return 0 }
        let key = items?.string(at: i) ?? String(i)
        let h = Self.mix(Self.hash(Array(key.utf8), seed: seed) &+ UInt64(count))
        // Multiply-shift keeps the draw uniform for any count.
        return Int((UInt64(UInt32(truncatingIfNeeded: h >> 32)) &* UInt64(count)) >> 32)
    }

    /// FNV-1a over `bytes`, started at `seed`.
    static func hash(_ bytes: [UInt8], seed: UInt64) -> UInt64 {
        var h = seed ^ 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return mix(h)
    }

    /// SplitMix64's finaliser: every input bit moves every output bit.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
