/// Labels from class posteriors, as every probabilistic method gives them:
/// each item's class of highest posterior, with that posterior as its
/// confidence. Classes whose posterior equals the top one to within
/// `tieTolerance` (relative: the same value reached by sums in another order)
/// are a tie, broken by the seeded `TieBreak` draw and marked `tied`.
enum PosteriorLabels {
    /// Relative difference below which two posteriors are the same.
    static let tieTolerance = 1e-12

    /// How the posterior rows are laid out.
    enum Rows {
        /// One row per item that has judgments, in item order (Dawid-Skene, one_coin).
        case itemsWithJudgments
        /// One row per item index; rows of items without judgments are not read (GLAD, MACE).
        case everyItem
    }

    /// One label per item of `data`: rows are `stride` apart in `posterior`,
    /// `data.classCount` classes each.
    static func make(_ data: CategoricalJudgments, posterior: UnsafePointer<Double>, stride: Int, rows: Rows,
                     ties: TieBreak) -> CategoricalLabels {
        let items = data.itemCount, k = data.classCount
        var label = [Int32](repeating: -1, count: items)
        var confidence = [Double](repeating: 0, count: items)
        var tied = [Bool](repeating: false, count: items)
        var among: [Int] = []
        among.reserveCapacity(k)
        var next = 0
        for i in 0..<items where data.judgments(of: i) > 0 {
            let row: UnsafePointer<Double>
            switch rows {
            case .itemsWithJudgments:
                row = posterior + next * stride
                next += 1
            case .everyItem:
                row = posterior + i * stride
            }
            var top = row[0]
            for c in 1..<k where row[c] > top { top = row[c] }
            among.removeAll(keepingCapacity: true)
            for c in 0..<k where row[c] >= top - tieTolerance * top { among.append(c) }
            let chosen = among.count == 1 ? among[0] : among[ties.draw(item: i, among: among.count)]
            label[i] = Int32(chosen)
            confidence[i] = row[chosen]
            tied[i] = among.count > 1
        }
        return CategoricalLabels(label: label, confidence: confidence, tied: tied)
    }

    /// A question of one class (or none): every item with judgments gets it, with confidence 1.
    static func oneClass(_ data: CategoricalJudgments) -> CategoricalLabels {
        let items = data.itemCount
        var labels = CategoricalLabels(label: [Int32](repeating: -1, count: items),
                                       confidence: [Double](repeating: 0, count: items),
                                       tied: [Bool](repeating: false, count: items))
        for i in 0..<items where data.judgments(of: i) > 0 && data.classCount == 1 {
            labels.label[i] = 0
            labels.confidence[i] = 1
        }
        return labels
    }
}
