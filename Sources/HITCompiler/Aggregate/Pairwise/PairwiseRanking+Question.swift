extension PairwiseRanking {
    /// The methods that rank a pairwise question's objects (its per-item labels are then by majority).
    static let methods: Set<Quality.AggregationRule.Method> = [.bradley_terry, .noisy_bt]

    /// True when `question` is ranked: a pairwise question whose method ranks.
    static func ranks(_ question: Question, method: Quality.AggregationRule.Method) -> Bool {
        question.kind.type is PairwiseQuestion && methods.contains(method)
    }

    /// The ranking of `run`'s question from its kept judgments on non-gold
    /// items, when it is ranked and the objects are known; nil otherwise.
    static func rank(_ run: QuestionAggregation, store: JudgmentStore, objects: PairwiseObjects?,
                     iterations: DawidSkene) -> (ranking: PairwiseRanking, fit: PairwiseFit)? {
        guard ranks(run.question, method: run.method), let objects,
              let pairwise = run.question.kind.type as? PairwiseQuestion else { return nil }
        let data = PairwiseComparisons(run.grouped, values: run.question.orderedValues ?? []) { i in
            objects.pair(store.itemKey(i), pairwise)
        }
        return make(question: run.question.id, method: run.method, data: data, iterations: iterations)
    }
}
