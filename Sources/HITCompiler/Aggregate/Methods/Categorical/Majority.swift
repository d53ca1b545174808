/// `majority`: every judgment is one vote (`MajorityVote`).
enum Majority: CategoricalMethod {
    static let name = Quality.AggregationRule.Method.majority

    static func run(_ data: CategoricalJudgments, _ context: MethodContext) -> MethodFit {
        MethodFit(labels: MajorityVote.run(data, ties: context.ties))
    }
}
