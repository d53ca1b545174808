/// Labels from class posteriors, as every EM method gives them: the class of
/// highest posterior, its posterior as the confidence; classes exactly as
/// probable make a tie, broken by `TieBreak` (without one, the first option).
enum PosteriorLabels {
    /// One label per item of `data`: item rows (items with judgments, in
    /// item order) are `stride` apart in `posterior`, `k` classes each.
    static func make(_ data: CategoricalJudgments, posterior: UnsafePointer<Double>, stride: Int,
                     ties: TieBreak?) -> CategoricalLabels {
        let k = data.classCount, items = data.itemCount
        var labels = [Int32](repeating: -1, count: items)
        var confidence = [Double](repeating: 0, count: items)
        var tied = [Bool](repeating: false, count: items)
        var row = 0
        for i in 0..<items where data.judgments(of: i) > 0 {
            var best = 0
            for c in 1..<k where posterior[row + c] > posterior[row + best] { best = c }
            for c in 0..<k where c != best && posterior[row + c] == posterior[row + best] { tied[i] = true }
            if tied[i], let ties {
                let top = (0..<k).filter { posterior[row + $0] == posterior[row + best] }
                best = top[ties.draw(item: i, among: top.count)]
            }
            labels[i] = Int32(best)
            confidence[i] = posterior[row + best]
            row += stride
        }
        return CategoricalLabels(label: labels, confidence: confidence, tied: tied)
    }
}
