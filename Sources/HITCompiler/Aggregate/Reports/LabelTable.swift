/// The labels of a run as columns, one entry per row of `labels.csv`: items
/// by index into an item table, labels by index into `values` (the options
/// of a choice question are stored once, not once per item), so a million
/// labels are a few flat arrays and the writer copies bytes instead of
/// formatting a million `LabelRow`s. `rows` gives the rows as values.
public struct LabelTable: Sendable {
    /// Item keys: the store's table, or for `init(rows:)` one of its own.
    private(set) var items: IDTable
    /// The (question, method) pairs rows refer to by `group`.
    private(set) var groups: [(question: String, method: String)] = []
    /// The distinct label values rows refer to by `label` and `best`.
    private(set) var values: [LabelValue] = []
    private(set) var item: [Int32] = []
    private(set) var group: [Int32] = []
    private(set) var status: [LabelStatus] = []
    /// -1: no label (status `undecided` or `no_answers`).
    private(set) var label: [Int32] = []
    /// -1: no `best`.
    private(set) var best: [Int32] = []
    /// NaN: no confidence (`collect`).
    private(set) var confidence: [Double] = []
    private(set) var judgments: [Int32] = []

    /// An empty table whose rows name items of `items`.
    init(items: IDTable) {
        self.items = items
    }

    /// A table holding `rows` (tests, callers with rows of their own).
    init(rows: [LabelRow]) {
        items = IDTable()
        for row in rows {
            var key = row.item
            let i = key.withByteSpan { items.intern($0) }
            let g = groups.firstIndex { $0.question == row.question && $0.method == row.method }
                ?? { groups.append((row.question, row.method)); return groups.count - 1 }()
            append(item: i, group: Int32(g), status: row.status, label: row.label.map { addValue($0) } ?? -1,
                   best: row.best.map { addValue($0) } ?? -1, confidence: row.confidence, judgments: row.judgments)
        }
    }

    /// Number of rows.
    public var count: Int { item.count }

    /// Row `r` as a value.
    subscript(r: Int) -> LabelRow {
        let (question, method) = groups[Int(group[r])]
        return LabelRow(item: items.string(at: Int(item[r])), question: question, status: status[r],
                        label: label[r] < 0 ? nil : values[Int(label[r])],
                        confidence: confidence[r].isNaN ? nil : confidence[r], judgments: Int(judgments[r]),
                        method: method, best: best[r] < 0 ? nil : values[Int(best[r])])
    }

    /// Every row as a value.
    var rows: [LabelRow] { (0..<count).map { self[$0] } }

    /// Adds a (question, method) pair; its index is the rows' `group`.
    mutating func addGroup(question: String, method: String) -> Int32 {
        groups.append((question, method))
        return Int32(groups.count - 1)
    }

    /// Adds a label value; its index is what rows refer to.
    mutating func addValue(_ value: LabelValue) -> Int32 {
        values.append(value)
        return Int32(values.count - 1)
    }

    /// Makes room for `n` more rows.
    mutating func reserve(_ n: Int) {
        for k in [count + n] {
            item.reserveCapacity(k); group.reserveCapacity(k); status.reserveCapacity(k); label.reserveCapacity(k)
            best.reserveCapacity(k); confidence.reserveCapacity(k); judgments.reserveCapacity(k)
        }
    }

    /// Appends a row.
    mutating func append(item: Int32, group: Int32, status: LabelStatus, label: Int32, best: Int32, confidence: Double?,
                         judgments: Int) {
        self.item.append(item)
        self.group.append(group)
        self.status.append(status)
        self.label.append(label)
        self.best.append(best)
        self.confidence.append(confidence ?? .nan)
        self.judgments.append(Int32(clamping: judgments))
    }

    /// The bytes of item `i`'s key, and of each key, for the writer.
    func withItemKeys<R>(_ body: (_ key: (Int32) -> ByteSpan) throws -> R) rethrows -> R {
        try items.withBytes(body)
    }
}
