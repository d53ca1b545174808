/// The judgments of one question on gold items, by kept workers, grouped by
/// item like `CategoricalJudgments`, with each gold item's known class: what
/// a method that starts from gold (`init: gold`) reads workers' skill from.
struct GoldJudgments: Sendable {
    /// Judgments on gold items only (other items have none).
    var judgments: CategoricalJudgments
    /// The known class of each item; -1 for items that are not gold or whose gold gives no answer to the question.
    var truth: [Int32]

    /// Gold items with a known answer and judgments of question `q`; nil when there are none.
    static func make(_ store: JudgmentStore, question q: Int, classCount: Int, scores: WorkerScores,
                     gold: GoldAnswers) -> GoldJudgments? {
        var truth = [Int32](repeating: -1, count: store.itemCount)
        var items: [Int32] = [], workers: [Int32] = [], labels: [Int32] = []
        for j in 0..<store.count where store.question(of: j) == q {
            let i = Int(store.item[j])
            let g = Int(scores.itemGold[i])
            guard g >= 0, !scores.dropped[Int(store.worker[j])] else { continue }
            let expected = gold.expected[q][g]
            guard expected >= 0 else { continue }
            truth[i] = expected
            items.append(Int32(i))
            workers.append(store.worker[j])
            labels.append(store.value[j])
        }
        guard !items.isEmpty else { return nil }
        return GoldJudgments(judgments: CategoricalJudgments(itemCount: store.itemCount, workerCount: store.workerCount,
                                                             classCount: classCount, items: items, workers: workers,
                                                             labels: labels),
                             truth: truth)
    }

    /// The same gold with every value (answers and truths) mapped by `f` into `classCount` classes.
    func relabelled(classCount: Int, _ f: (Int32) -> Int32) -> GoldJudgments {
        GoldJudgments(judgments: judgments.relabelled(classCount: classCount, f),
                      truth: truth.map { $0 >= 0 ? f($0) : -1 })
    }
}
