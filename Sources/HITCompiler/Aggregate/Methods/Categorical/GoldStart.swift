/// A question's judgments with the judgments on its gold items added, for an
/// EM method that starts from gold (`init: gold`): gold items take part in
/// the fit with their class known (a fixed one-hot posterior), and the
/// workers who answered gold start from those answers alone.
struct GoldStart: Sendable {
    /// Every item's judgments: those of `data`, then those of the gold.
    let judgments: CategoricalJudgments
    /// The known class of each item; -1 where it is not known.
    let truth: [Int32]
    /// Whether each worker answered a gold item (with a known class).
    let answeredGold: [Bool]
    /// `workers × classes`: whether worker `w` answered a gold item of class `c` (at `w * classCount + c`).
    let goldClasses: [Bool]
    /// What the first M-step counts of a worker who answered gold.
    var firstCounts = FirstCounts.goldColumns

    enum FirstCounts: Sendable {
        /// The gold answers alone.
        case goldOnly
        /// The gold answers for the true classes the worker met in gold; the vote fractions for the others.
        case goldColumns
        /// Everything: gold answers and vote fractions.
        case everything
    }

    /// Whether the first counts take worker `w`'s judgments on rows of unknown
    /// class, for a model with one accuracy per worker (no columns: a worker
    /// who answered gold starts from gold alone unless `everything`).
    func countsVotes(worker w: Int) -> Bool {
        firstCounts == .everything || !answeredGold[w]
    }

    /// Whether the first counts take worker `w`'s judgment on a row of unknown class, for true class `c`.
    @inline(__always)
    func countsVotes(worker w: Int, truth c: Int) -> Bool {
        switch firstCounts {
        case .goldOnly: !answeredGold[w]
        case .goldColumns: !goldClasses[w * judgments.classCount + c]
        case .everything: true
        }
    }

    /// `data` with `gold`'s judgments merged in, item by item. A gold item's
    /// class is fixed only if it has judgments.
    init(_ data: CategoricalJudgments, gold: GoldJudgments) {
        let g = gold.judgments
        let items = data.itemCount
        var start = [Int32](repeating: 0, count: items + 1)
        for i in 0..<items {
            let fromGold = i < g.itemCount && gold.truth[i] >= 0 ? g.judgments(of: i) : 0
            start[i + 1] = start[i] + Int32(data.judgments(of: i) + fromGold)
        }
        var worker = [Int32](repeating: 0, count: Int(start[items]))
        var label = [Int32](repeating: 0, count: Int(start[items]))
        var truth = [Int32](repeating: -1, count: items)
        var answeredGold = [Bool](repeating: false, count: data.workerCount)
        var goldClasses = [Bool](repeating: false, count: data.workerCount * data.classCount)
        for i in 0..<items {
            var slot = Int(start[i])
            for j in Int(data.start[i])..<Int(data.start[i + 1]) {
                worker[slot] = data.worker[j]
                label[slot] = data.label[j]
                slot += 1
            }
            guard i < g.itemCount, gold.truth[i] >= 0, g.judgments(of: i) > 0 else { continue }
            truth[i] = gold.truth[i]
            for j in Int(g.start[i])..<Int(g.start[i + 1]) {
                worker[slot] = g.worker[j]
                label[slot] = g.label[j]
                answeredGold[Int(g.worker[j])] = true
                goldClasses[Int(g.worker[j]) * data.classCount + Int(gold.truth[i])] = true
                slot += 1
            }
        }
        judgments = CategoricalJudgments(itemCount: items, workerCount: data.workerCount, classCount: data.classCount,
                                         start: start, worker: worker, label: label)
        self.truth = truth
        self.answeredGold = answeredGold
        self.goldClasses = goldClasses
    }

    /// The known class of each item that has judgments, in item order (the rows of an EM fit).
    var truthOfRows: [Int32] {
        (0..<judgments.itemCount).filter { judgments.judgments(of: $0) > 0 }.map { truth[$0] }
    }
}
