/// `mace`: Hovy, Berg-Kirkpatrick, Vaswani and Hovy's MACE (NAACL 2013),
/// Multi-Annotator Competence Estimation. On each judgment a worker knows the
/// answer with probability `θ_w` (their competence) and gives the truth;
/// otherwise they spam, answering from their own strategy `ξ_w` whatever the
/// truth. Spammers get a low `θ`, and their answers count for little.
///
/// - **Fit**: variational Bayes (the paper's recommended setting, Crowd-Kit
///   1.4.2's default `method='vb'`): Beta(0.5, 0.5) on (spam, know) and a
///   symmetric Dirichlet(10) on each strategy; the class prior is uniform.
/// - **Restarts**: `restarts` (10) random starts, seeded by the restart and
///   worker index so every run is the same, each run for at most
///   `restartIterations` (50) EM iterations; the one of highest
///   log-likelihood continues until the stopping rule.
/// - **Stop** when an iteration (an M-step then an E-step) changes the
///   log-likelihood by less than `tolerance` times its size, or after
///   `maxIterations` iterations of that run (`--tolerance`,
///   `--max-iterations`). With `--iterations N` every restart runs exactly
///   `min(restartIterations, N)` iterations and the best continues to exactly
///   N (`converged`: the rule was met on the way).
/// - **Label**: the class of highest posterior, that posterior as confidence;
///   ties by the seeded draw (`PosteriorLabels`).
/// - **workers.csv**: `<question>.competence`, the posterior mean of `θ_w`.
enum MACE: CategoricalMethod {
    static let name = Quality.AggregationRule.Method.mace
    static let workerFigure: String? = "competence"

    static let restarts = 10
    static let restartIterations = 50
    /// Starting values are drawn in `[1, 1 + noise]` before normalising.
    static let noise = 0.5
    /// Variational Bayes (true) or EM with smoothing (false).
    static let variational = true
    /// Beta prior of (spam, know), and the Dirichlet prior of a strategy (variational).
    static let spamPrior = 0.5
    static let knowPrior = 0.5
    static let strategyPrior = 10.0

    static func run(_ data: CategoricalJudgments, _ context: MethodContext) -> MethodFit {
        guard data.classCount > 1 else {
            return MethodFit(labels: PosteriorLabels.oneClass(data), iterations: 0, converged: true)
        }
        let steps = MACESteps(data, variational: variational)
        let smoothing = 0.01 / Double(data.classCount)
        let limit = context.iterations.iterationLimit, tolerance = context.iterations.tolerance
        let stops = context.iterations.stopsWhenSettled

        /// Iterates from the current parameters; returns the log-likelihood and whether it settled.
        func iterate(from ll: Double, iterations: inout Int, upTo limit: Int, settled: Bool = false) -> (Double, Bool) {
            var ll = ll, settled = settled
            while iterations < limit {
                iterations += 1
                steps.mStep(smoothing: smoothing, spamPrior: spamPrior, knowPrior: knowPrior,
                            strategyPrior: strategyPrior)
                let next = steps.eStep()
                let change = next - ll
                ll = next
                if abs(change) <= tolerance * abs(ll) {
                    settled = true
                    if stops { break }
                }
            }
            return (ll, settled)
        }

        var best: (ll: Double, parameters: MACESteps.Parameters, iterations: Int, converged: Bool)?
        for restart in 0..<max(restarts, 1) {
            steps.start(restart: restart, noise: noise)
            var iterations = 0
            let (ll, converged) = iterate(from: steps.eStep(), iterations: &iterations,
                                          upTo: min(restartIterations, limit))
            if best == nil || ll > best!.ll {
                best = (ll, steps.parameters, iterations, converged)
            }
        }
        var (ll, parameters, iterations, converged) = best!
        steps.parameters = parameters
        ll = steps.eStep()
        if !converged || !stops {
            (ll, converged) = iterate(from: ll, iterations: &iterations, upTo: limit, settled: converged)
        }
        let labels = PosteriorLabels.make(data, posterior: steps.posterior, stride: data.classCount, rows: .everyItem, ties: context.ties)
        return MethodFit(labels: labels, iterations: iterations, converged: converged, logLikelihood: ll,
                         workerFigure: steps.competence(smoothing: smoothing, spamPrior: spamPrior,
                                                        knowPrior: knowPrior))
    }
}
