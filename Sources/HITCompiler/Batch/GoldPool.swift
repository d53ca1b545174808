import Foundation

/// The gold items of `quality.gold.file`, and the order they are mixed into
/// HITs: a seeded deck, dealt `per_hit` at a time and reshuffled when it runs
/// out, so every gold item is shown about equally often and never twice in one
/// HIT.
struct GoldPool {
    /// One gold item: its key, its JSON object (data fields only) and its
    /// expected answers by question id, as written in the gold file.
    struct Item {
        var key: String
        var object: [UInt8]
        var answers: [String: String]
    }

    private(set) var items: [Item] = []
    private var deck: [Int] = []
    private var next = 0

    /// The pool of the gold items the check read (`CheckedSpec.goldItems`).
    init(_ checked: CheckedSpec) {
        let fields = checked.spec.data.fields.map(\.name)
        items = checked.goldItems.map { Item(key: $0.key, object: ItemPayload.object($0.record, fields: fields), answers: $0.answers) }
    }

    /// The keys of every gold item.
    var keys: Set<String> { Set(items.map(\.key)) }

    /// The next `count` gold items (indices into `items`), all different when
    /// the pool has at least `count` items.
    mutating func deal(_ count: Int, random: inout SeededRandom) -> [Int] {
        var hand: [Int] = []
        while hand.count < count, !items.isEmpty {
            if next == deck.count {
                deck = Array(items.indices)
                random.shuffle(&deck)
                // Items just dealt into this hand go to the end of the new deck.
                let fresh = deck.filter { !hand.contains($0) }
                deck = fresh + deck.filter { hand.contains($0) }
                next = 0
            }
            hand.append(deck[next])
            next += 1
        }
        return hand
    }
}
