/// `wawa`, Worker Agreement With Aggregate (as Crowd-Kit's `Wawa`): a
/// majority vote; each worker's skill is the share of their judgments equal
/// to its labels (tied items included, with the label the tie rule chose);
/// then a majority vote weighted by those skills. Ties, in both votes, as
/// in `MajorityVote`. `workers.csv` gets the skill.
enum Wawa: CategoricalMethod {
    static let name = Quality.AggregationRule.Method.wawa
    static let workerFigure: String? = "skill"

    static func run(_ data: CategoricalJudgments, _ context: MethodContext) -> MethodFit {
        let majority = MajorityVote.run(data, ties: context.ties)
        let skill = LabelAgreement.shares(data, labels: majority.label)
        let labels = MajorityVote.run(data, weights: skill.map { $0.isNaN ? 0 : $0 }, ties: context.ties)
        return MethodFit(labels: labels, workerFigure: skill)
    }
}
