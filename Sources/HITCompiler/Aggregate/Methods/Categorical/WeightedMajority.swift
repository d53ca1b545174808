/// `weighted_majority`: a judgment's vote weighs its worker's smoothed gold
/// accuracy, `(correct + 1) / (answered + 2)`, 0.5 without gold (`MajorityVote`).
enum WeightedMajority: CategoricalMethod {
    static let name = Quality.AggregationRule.Method.weighted_majority

    static func run(_ data: CategoricalJudgments, _ context: MethodContext) -> MethodFit {
        MethodFit(labels: MajorityVote.run(data, weights: context.weights, ties: context.ties))
    }
}
