/// Majority vote, plain or weighted.
///
/// Each item's label is the class with the most votes (the largest total
/// weight, when weights are given). **Ties** (two or more classes with the
/// most votes; with weights, totals equal to 1e-12 of the item's weight, so
/// that the order of the rows cannot matter) are broken without favouring any
/// class (`resolveTies`):
///
/// 1. every worker's *agreement* is the share of their judgments on untied
///    items that equal that item's majority label (one pass over the data);
///    a worker with no judgment on an untied item counts as the share of all
///    such judgments;
/// 2. among the tied classes, the one whose voters on this item have the
///    highest mean agreement wins (means equal to 1e-12 are equal);
/// 3. what is still tied goes to `TieBreak.draw` among the remaining classes
///    (seeded by the item key and question: the same labels in every run and
///    whatever the order of the rows).
///
/// The item is marked `tied` and its confidence stays the winning class's
/// share of the votes (of the weight): at most 0.5 for a two-way tie, 1/3 for
/// a three-way one, so a `min_confidence` above that makes it `undecided`.
/// Only classes that received a vote can win.
enum MajorityVote {
    /// Labels every item; `weights[w]` is worker `w`'s weight (all 1 when nil).
    static func run(_ data: CategoricalJudgments, weights: [Double]? = nil, ties: TieBreak = .byIndex) -> CategoricalLabels {
        let k = data.classCount
        let n = data.itemCount
        var labels = [Int32](repeating: -1, count: n)
        var confidence = [Double](repeating: 0, count: n)
        var tied = [Bool](repeating: false, count: n)
        guard k > 0 else { return CategoricalLabels(label: labels, confidence: confidence, tied: tied) }
        var tiedItems: [Int32] = []
        var score = [Double](repeating: 0, count: k)
        var votes = [Int32](repeating: 0, count: k)
        data.start.withUnsafeBufferPointer { start in
            data.label.withUnsafeBufferPointer { label in
                data.worker.withUnsafeBufferPointer { worker in
                    score.withUnsafeMutableBufferPointer { score in
                        votes.withUnsafeMutableBufferPointer { votes in
                            for i in 0..<n {
                                let lo = Int(start[i]), hi = Int(start[i + 1])
                                guard hi > lo else { continue }
                                let (best, share, tie): (Int, Double, Bool)
                                if let weights {
                                    (best, share, tie) = tally(lo, hi, label, worker, weights, score, votes)
                                } else {
                                    for c in 0..<k { score[c] = 0 }
                                    for j in lo..<hi { score[Int(label[j])] += 1 }
                                    var top = 0
                                    for c in 1..<k where score[c] > score[top] { top = c }
                                    var t = false
                                    // Classes before `top` have fewer votes: it is the first maximum.
                                    for c in (top + 1)..<k where score[c] == score[top] { t = true }
                                    (best, share, tie) = (top, score[top] / Double(hi - lo), t)
                                }
                                labels[i] = Int32(best)
                                confidence[i] = share
                                if tie {
                                    tied[i] = true
                                    tiedItems.append(Int32(i))
                                }
                            }
                        }
                    }
                }
            }
        }
        if !tiedItems.isEmpty {
            resolveTies(data, weights: weights, items: tiedItems, tied: tied, labels: &labels, ties: ties)
        }
        return CategoricalLabels(label: labels, confidence: confidence, tied: tied)
    }

    /// Item `lo ..< hi`'s votes into `score` (weight; 1 each without
    /// `weights`) and `votes` (count): the first voted class of largest weight,
    /// its share of the weight (0 when all weights are 0), and whether another
    /// voted class ties it (within `tieSlack`).
    @inline(__always)
    static func tally(_ lo: Int, _ hi: Int, _ label: UnsafeBufferPointer<Int32>,
                      _ worker: UnsafeBufferPointer<Int32>, _ weights: [Double]?,
                      _ score: UnsafeMutableBufferPointer<Double>,
                      _ votes: UnsafeMutableBufferPointer<Int32>) -> (Int, Double, Bool) {
        let k = score.count
        for c in 0..<k {
            score[c] = 0
            votes[c] = 0
        }
        var total = 0.0
        for j in lo..<hi {
            let c = Int(label[j])
            let w = weights?[Int(worker[j])] ?? 1
            score[c] += w
            votes[c] += 1
            total += w
        }
        var best = -1
        for c in 0..<k where votes[c] > 0 && (best < 0 || score[c] > score[best]) { best = c }
        let slack = tieSlack(total, weighted: weights != nil)
        var tie = false
        for c in 0..<k where c != best && votes[c] > 0 && score[c] >= score[best] - slack { tie = true }
        return (best, total > 0 ? score[best] / total : 0, tie)
    }

    /// Breaks the ties of `items` (marked in `tied`) by the tied voters' mean
    /// agreement with the untied majority labels in `labels`, then by the draw.
    static func resolveTies(_ data: CategoricalJudgments, weights: [Double]?, items: [Int32], tied: [Bool],
                            labels: inout [Int32], ties: TieBreak) {
        let k = data.classCount
        let (agree, seen) = LabelAgreement.counts(data, labels: labels, skipping: tied)
        let pooled = Double(agree.reduce(0, +)) / Double(max(seen.reduce(0, +), 1))
        let agreement = agree.indices.map { seen[$0] > 0 ? Double(agree[$0]) / Double(seen[$0]) : pooled }
        var score = [Double](repeating: 0, count: k)
        var votes = [Int32](repeating: 0, count: k)
        var sum = [Double](repeating: 0, count: k)
        var candidates: [Int] = []
        data.start.withUnsafeBufferPointer { start in
            data.label.withUnsafeBufferPointer { label in
                data.worker.withUnsafeBufferPointer { worker in
                    score.withUnsafeMutableBufferPointer { score in
                        votes.withUnsafeMutableBufferPointer { votes in
                            for item in items {
                                let i = Int(item)
                                let lo = Int(start[i]), hi = Int(start[i + 1])
                                // The tied classes, found as the first pass found them.
                                let best = tally(lo, hi, label, worker, weights, score, votes).0
                                let slack = tieSlack(score.reduce(0, +), weighted: weights != nil)
                                candidates.removeAll(keepingCapacity: true)
                                for c in 0..<k where votes[c] > 0 && score[c] >= score[best] - slack { candidates.append(c) }
                                // Their voters' mean agreement.
                                for c in candidates { sum[c] = 0 }
                                for j in lo..<hi { sum[Int(label[j])] += agreement[Int(worker[j])] }
                                var top = -Double.infinity
                                for c in candidates {
                                    sum[c] /= Double(votes[c])
                                    top = max(top, sum[c])
                                }
                                candidates.removeAll { sum[$0] < top - 1e-12 }
                                labels[i] = Int32(candidates[ties.draw(item: i, among: candidates.count)])
                            }
                        }
                    }
                }
            }
        }
    }

    /// How far below the largest weight a class still ties it: nothing for
    /// counts, 1e-12 of the item's weight for sums of weights (whose last bits
    /// depend on the order of the rows).
    @inline(__always)
    static func tieSlack(_ total: Double, weighted: Bool) -> Double { weighted ? 1e-12 * total : 0 }

    /// The weight of a worker from gold: accuracy smoothed by one correct and
    /// one wrong pseudo-answer, `(correct + 1) / (answered + 2)`; 0.5 without gold.
    static func goldWeight(correct: Int, answered: Int) -> Double {
        Double(correct + 1) / Double(answered + 2)
    }
}
