/// `dawid_skene`: the model and its fit are `DawidSkene`; it starts from
/// gold when given, and rates each worker by accuracy, the chance of
/// answering the truth (`Σ_k prior_k θ[k][k]`).
enum DawidSkeneMethod: CategoricalMethod {
    static let name = Quality.AggregationRule.Method.dawid_skene
    static let workerFigure: String? = "accuracy"
    static let startsFromGold = true

    static func run(_ data: CategoricalJudgments, _ context: MethodContext) -> MethodFit {
        let fit = context.iterations.run(data, gold: context.gold, ties: context.ties, accuracies: true)
        var method = MethodFit(labels: fit.labels, iterations: fit.iterations, converged: fit.converged,
                               logLikelihood: fit.logLikelihoods.last ?? 0, workerFigure: fit.accuracy)
        if let judgments = fit.judgments { method.classConfusion = classConfusion(judgments, posteriors: fit.posteriors) }
        return method
    }

    /// The expected count of each (true class, answer) pair under the fit: every
    /// judgment adds its item's posterior over the true classes to the column of
    /// its answer. A row divided by its sum is the pooled class-conditional matrix
    /// (the chance of each answer given the truth); one pass over the judgments.
    static func classConfusion(_ data: CategoricalJudgments, posteriors: [Double]) -> [[Double]] {
        let k = data.classCount
        var counts = [Double](repeating: 0, count: k * k)
        var row = 0
        for i in 0..<data.itemCount where data.judgments(of: i) > 0 {
            guard (row + 1) * k <= posteriors.count else { break }
            for j in Int(data.start[i])..<Int(data.start[i + 1]) {
                let answer = Int(data.label[j])
                for truth in 0..<k { counts[truth * k + answer] += posteriors[row * k + truth] }
            }
            row += 1
        }
        return (0..<k).map { Array(counts[$0 * k ..< ($0 + 1) * k]) }
    }
}
