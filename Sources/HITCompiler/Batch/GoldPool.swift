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
    /// Errors found reading the file again (it changed since `hitc check` read it).
    private(set) var problems: [Diagnostic] = []
    private var deck: [Int] = []
    private var next = 0

    /// Reads the gold rows (already checked by `Pipeline.check`; rows with
    /// errors or without a key are skipped).
    static func read(spec: Spec, specPath: String) -> GoldPool {
        var pool = GoldPool()
        guard let gold = spec.quality?.gold, let key = spec.data.key?.value,
              case .success(let url) = PathResolver(specPath: specPath).resolve(gold.file.value) else { return pool }
        let fields = spec.data.fields.map(\.name)
        let questions = spec.hit.questions.map(\.id)
        // Named as `hitc check` names it: through the spec's folder.
        let folder = (specPath as NSString).deletingLastPathComponent
        let display = folder.isEmpty ? gold.file.value : (folder as NSString).appendingPathComponent(gold.file.value)
        let checked = DataFileChecker.check(url: url, displayPath: display, schema: spec.data,
                                            questions: spec.hit.questions, role: .gold) { record in
            guard !record.hasErrors, let itemKey = record[key]?.text, !itemKey.isEmpty else { return }
            var answers: [String: String] = [:]
            for q in questions {
                if let value = record[q], value != .null { answers[q] = value.text }
            }
            pool.items.append(Item(key: itemKey, object: ItemPayload.object(record, fields: fields), answers: answers))
        }
        if checked.hasErrors {
            pool.items = []
            pool.problems = checked.diagnostics.filter { $0.severity == .error }
        }
        return pool
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
