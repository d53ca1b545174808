/// `one_coin`: one-coin Dawid-Skene. Every item has a hidden true class
/// (class priors as in Dawid-Skene), every worker one number, the accuracy
/// `a`: the chance of answering the truth, whatever it is; a wrong answer is
/// any of the other `K - 1` classes alike, `(1 - a) / (K - 1)` each (`K`: the
/// question's options). Expectation-maximisation finds both (`OneCoinEM`).
///
/// - **Start** as Dawid-Skene: vote fractions, or from gold when given (gold
///   items' class fixed throughout; a worker who answered gold starts from
///   those answers alone).
/// - **M-step**: priors `(Σ posterior_k + s) / (items + K·s)`; accuracy
///   `(Σ posterior of the answer given + s) / (judgments + K·s)`, `s` the
///   smoothing (0.01, as Dawid-Skene's pseudo-count on each cell of a column:
///   `s` on the right answer, `(K - 1)·s` spread on the wrong ones), so an
///   accuracy is never exactly 0 or 1.
/// - **E-step** and **stop** as Dawid-Skene (`EMIterations`): the
///   log-likelihood of the answers, relative change below `tolerance`, or
///   `maxIterations`; exactly N iterations with `--iterations N`.
///
/// Labels as every EM method (`PosteriorLabels`); `workers.csv` gets each
/// worker's accuracy after the last E-step.
enum OneCoin: CategoricalMethod {
    static let name = Quality.AggregationRule.Method.one_coin
    static let workerFigure: String? = "accuracy"
    static let startsFromGold = true

    static func run(_ data: CategoricalJudgments, _ context: MethodContext) -> MethodFit {
        fit(data, context.iterations, gold: context.gold.map { GoldStart(data, gold: $0) }, ties: context.ties)
    }

    /// The fit with `model`'s limits and smoothing; `tasks` threads (nil: one per core for large data).
    static func fit(_ data: CategoricalJudgments, _ model: DawidSkene, gold: GoldStart?, ties: TieBreak?) -> MethodFit {
        let k = data.classCount
        guard k >= 2 else {
            // One class (or none): every item with judgments has it.
            return MethodFit(labels: PosteriorLabels.oneClass(data), iterations: 0, converged: true, logLikelihood: 0)
        }
        let em = OneCoinEM(data, smoothing: model.smoothing, tasks: model.tasks, gold: gold)
        em.start()
        let iterations = EMIterations(em, model)
        let labels = PosteriorLabels.make(em.data, posterior: em.posterior, stride: k, rows: .itemsWithJudgments, ties: ties ?? .byIndex)
        return MethodFit(labels: labels, iterations: iterations.count, converged: iterations.converged,
                         logLikelihood: iterations.logLikelihoods.last ?? 0, workerFigure: em.accuracy)
    }
}
