/// The judgments of one categorical question grouped by item (compressed rows):
/// item `i`'s judgments are `start[i] ..< start[i + 1]` of `worker` and `label`.
/// Labels are class indices `0 ..< classCount` (option order).
public struct CategoricalJudgments: Sendable {
    let itemCount: Int
    let workerCount: Int
    let classCount: Int
    private(set) var start: [Int32]
    /// The worker of each judgment (an index into the store's worker table).
    public private(set) var worker: [Int32]
    private(set) var label: [Int32]

    /// Groups judgments `(items[k], workers[k], labels[k])` by item with a
    /// counting sort (stable: an item's judgments keep their order).
    init(itemCount: Int, workerCount: Int, classCount: Int,
                items: [Int32], workers: [Int32], labels: [Int32]) {
        precondition(items.count == workers.count && items.count == labels.count)
        self.itemCount = itemCount
        self.workerCount = workerCount
        self.classCount = classCount
        var start = [Int32](repeating: 0, count: itemCount + 1)
        for i in items { start[Int(i) + 1] += 1 }
        for i in 0..<itemCount { start[i + 1] += start[i] }
        var next = start
        var worker = [Int32](repeating: 0, count: items.count)
        var label = [Int32](repeating: 0, count: items.count)
        for k in items.indices {
            let i = Int(items[k])
            let slot = Int(next[i])
            next[i] += 1
            worker[slot] = workers[k]
            label[slot] = labels[k]
        }
        self.start = start
        self.worker = worker
        self.label = label
    }

    /// Judgments already grouped: `start` has `itemCount + 1` entries.
    init(itemCount: Int, workerCount: Int, classCount: Int, start: [Int32], worker: [Int32], label: [Int32]) {
        self.itemCount = itemCount
        self.workerCount = workerCount
        self.classCount = classCount
        self.start = start
        self.worker = worker
        self.label = label
    }

    /// Number of judgments.
    public var count: Int { label.count }

    /// Number of judgments of item `i`.
    @inline(__always)
    public func judgments(of i: Int) -> Int { Int(start[i + 1] - start[i]) }

    /// The same judgments with every label mapped by `f` into `classCount` classes
    /// (used to split a question answered with a set of options into one yes/no question per option).
    func relabelled(classCount: Int, _ f: (Int32) -> Int32) -> CategoricalJudgments {
        var copy = self
        copy.label = label.map(f)
        return CategoricalJudgments(copying: copy, classCount: classCount)
    }

    private init(copying other: CategoricalJudgments, classCount: Int) {
        itemCount = other.itemCount
        workerCount = other.workerCount
        self.classCount = classCount
        start = other.start
        worker = other.worker
        label = other.label
    }
}

/// One label per item of a categorical question, with its confidence.
public struct CategoricalLabels: Sendable {
    /// The class chosen for each item; -1 for an item without judgments.
    var label: [Int32]
    /// The chosen class's vote share (or weight share, or posterior); 0 without judgments.
    var confidence: [Double]
    /// True where another class had as many votes (or as much weight) as the chosen one.
    var tied: [Bool]

    /// Number of items that were ties.
    var tieCount: Int { tied.reduce(0) { $0 + ($1 ? 1 : 0) } }
}
