/// Majority vote, plain or weighted.
///
/// Each item's label is the class with the most votes (the largest total weight,
/// when weights are given). **Ties go to the class that wins the most items
/// outright** over the whole question (a strict plurality of an item's votes:
/// the empirical prior of the labels, the best guess before seeing the item);
/// classes that win equally many go to the option written first in the spec.
/// Ties are counted and reported. The
/// confidence is the winning class's share of the item's votes (of the weight),
/// so a tie between two classes has confidence 0.5 at most and a
/// `min_confidence` above that turns it into `undecided`.
enum MajorityVote {
    /// Labels every item; `weights[w]` is worker `w`'s weight (all 1 when nil).
    static func run(_ data: CategoricalJudgments, weights: [Double]? = nil, ties: TieBreak? = nil) -> CategoricalLabels {
        let k = data.classCount
        var labels = [Int32](repeating: -1, count: data.itemCount)
        var confidence = [Double](repeating: 0, count: data.itemCount)
        var tied = [Bool](repeating: false, count: data.itemCount)
        var score = [Double](repeating: 0, count: max(k, 1))
        let rank = tieRanks(data)
        data.start.withUnsafeBufferPointer { start in
            data.label.withUnsafeBufferPointer { label in
                data.worker.withUnsafeBufferPointer { worker in
                    for i in 0..<data.itemCount {
                        let lo = Int(start[i]), hi = Int(start[i + 1])
                        guard hi > lo else { continue }
                        for c in 0..<k { score[c] = 0 }
                        var total = 0.0
                        if let weights {
                            for j in lo..<hi {
                                let w = weights[Int(worker[j])]
                                score[Int(label[j])] += w
                                total += w
                            }
                        } else {
                            for j in lo..<hi { score[Int(label[j])] += 1 }
                            total = Double(hi - lo)
                        }
                        var best = 0
                        for c in 1..<max(k, 1)
                        where score[c] > score[best] || (score[c] == score[best] && rank[c] < rank[best]) {
                            best = c
                        }
                        var tie = false
                        for c in 0..<k where c != best && score[c] == score[best] { tie = true }
                        labels[i] = Int32(best)
                        confidence[i] = total > 0 ? score[best] / total : 0
                        tied[i] = tie
                    }
                }
            }
        }
        return CategoricalLabels(label: labels, confidence: confidence, tied: tied)
    }

    /// The order in which tied classes win: by decreasing number of items the
    /// class wins outright (a strict plurality of the item's votes), then by
    /// option order (rank 0 wins).
    static func tieRanks(_ data: CategoricalJudgments) -> [Int] {
        let k = data.classCount
        var wins = [Int](repeating: 0, count: k)
        var votes = [Int](repeating: 0, count: k)
        for i in 0..<data.itemCount {
            let lo = Int(data.start[i]), hi = Int(data.start[i + 1])
            guard hi > lo else { continue }
            for c in 0..<k { votes[c] = 0 }
            for j in lo..<hi { votes[Int(data.label[j])] += 1 }
            var best = 0, second = -1
            for c in 1..<max(k, 1) {
                if votes[c] > votes[best] { second = votes[best]; best = c } else { second = max(second, votes[c]) }
            }
            if votes[best] > second { wins[best] += 1 }
        }
        let order = (0..<k).sorted { a, b in wins[a] != wins[b] ? wins[a] > wins[b] : a < b }
        var rank = [Int](repeating: 0, count: k)
        for (r, c) in order.enumerated() { rank[c] = r }
        return rank
    }

    /// The weight of a worker from gold: accuracy smoothed by one correct and
    /// one wrong pseudo-answer, `(correct + 1) / (answered + 2)`; 0.5 without gold.
    static func goldWeight(correct: Int, answered: Int) -> Double {
        Double(correct + 1) / Double(answered + 2)
    }
}
