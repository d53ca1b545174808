/// The judgments of one pairwise question as comparisons between objects:
/// for judgment `k`, objects `left[k]` and `right[k]` (indices into
/// `objects`), the worker, and the outcome (`leftWins`, `rightWins`, `tie`).
/// Judgments on items whose compared objects are unknown, or that compare an
/// object with itself, are left out and counted.
struct PairwiseComparisons: Sendable {
    enum Outcome: UInt8, Sendable { case leftWins, rightWins, tie }

    /// The compared objects' ids, numbered by first appearance (left before right).
    private(set) var objects: [String] = []
    private(set) var left: [Int32] = []
    private(set) var right: [Int32] = []
    private(set) var worker: [Int32] = []
    private(set) var outcome: [Outcome] = []
    let workerCount: Int
    /// Items with judgments whose compared objects are not known (no data row, an empty id).
    private(set) var unknownItems = 0
    /// Items comparing an object with itself (left and right ids equal): not a comparison.
    private(set) var selfComparisons = 0

    var count: Int { outcome.count }

    /// The comparisons in `judgments` (labels are indices of `values`, the
    /// question's answer values), item `i` comparing `pair(i)` (nil: unknown).
    init(_ judgments: CategoricalJudgments, values: [String], pair: (Int) -> (left: String, right: String)?) {
        workerCount = judgments.workerCount
        let outcomes: [Outcome?] = values.map {
            switch $0 {
            case PairwiseQuestion.leftWins: .leftWins
            case PairwiseQuestion.rightWins: .rightWins
            case PairwiseQuestion.tie: .tie
            default: nil
            }
        }
        var index: [String: Int32] = [:]
        func number(_ id: String) -> Int32 {
            if let n = index[id] { return n }
            let n = Int32(objects.count)
            index[id] = n
            objects.append(id)
            return n
        }
        let (start, workers, labels) = (judgments.start, judgments.worker, judgments.label)
        reserve(judgments.count)
        for i in 0..<judgments.itemCount where start[i + 1] > start[i] {
            guard let ids = pair(i), !ids.left.isEmpty, !ids.right.isEmpty else { unknownItems += 1; continue }
            guard ids.left != ids.right else { selfComparisons += 1; continue }
            let (a, b) = (number(ids.left), number(ids.right))
            for k in Int(start[i])..<Int(start[i + 1]) {
                guard let o = outcomes[Int(labels[k])] else { continue }
                append(a, b, worker: workers[k], o)
            }
        }
    }

    /// Comparisons given directly (tests): `(left, right, worker, outcome)` with objects named by their ids.
    init(objects: [String], workerCount: Int, _ rows: [(Int, Int, Int, Outcome)]) {
        self.objects = objects
        self.workerCount = workerCount
        for r in rows { append(Int32(r.0), Int32(r.1), worker: Int32(r.2), r.3) }
    }

    private mutating func reserve(_ n: Int) {
        left.reserveCapacity(n); right.reserveCapacity(n); worker.reserveCapacity(n); outcome.reserveCapacity(n)
    }

    private mutating func append(_ a: Int32, _ b: Int32, worker w: Int32, _ o: Outcome) {
        left.append(a); right.append(b); worker.append(w); outcome.append(o)
    }

    /// Wins, losses and ties of each object (a tie counts for both sides).
    func tally() -> (wins: [Int], losses: [Int], ties: [Int]) {
        var wins = [Int](repeating: 0, count: objects.count)
        var losses = wins, ties = wins
        for k in 0..<count {
            let (a, b) = (Int(left[k]), Int(right[k]))
            switch outcome[k] {
            case .leftWins: wins[a] += 1; losses[b] += 1
            case .rightWins: wins[b] += 1; losses[a] += 1
            case .tie: ties[a] += 1; ties[b] += 1
            }
        }
        return (wins, losses, ties)
    }
}
