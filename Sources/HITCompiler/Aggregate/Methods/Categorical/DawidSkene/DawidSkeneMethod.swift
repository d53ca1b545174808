/// `dawid_skene`: the model and its fit are `DawidSkene`.
enum DawidSkeneMethod: CategoricalMethod {
    static let name = Quality.AggregationRule.Method.dawid_skene

    static func run(_ data: CategoricalJudgments, _ context: MethodContext) -> MethodFit {
        let fit = context.iterations.run(data)
        return MethodFit(labels: fit.labels, iterations: fit.iterations, converged: fit.converged,
                         logLikelihood: fit.logLikelihoods.last ?? 0)
    }
}
