/// `dawid_skene`: the model and its fit are `DawidSkene`; it starts from
/// gold when given, and rates each worker by accuracy, the chance of
/// answering the truth (`Σ_k prior_k θ[k][k]`).
enum DawidSkeneMethod: CategoricalMethod {
    static let name = Quality.AggregationRule.Method.dawid_skene
    static let workerFigure: String? = "accuracy"
    static let startsFromGold = true

    static func run(_ data: CategoricalJudgments, _ context: MethodContext) -> MethodFit {
        let fit = context.iterations.run(data, gold: context.gold, ties: context.ties, accuracies: true)
        return MethodFit(labels: fit.labels, iterations: fit.iterations, converged: fit.converged,
                         logLikelihood: fit.logLikelihoods.last ?? 0, workerFigure: fit.accuracy)
    }
}
