/// `glad`: Whitehill, Ruvolo, Wu, Bergsma and Movellan's GLAD (NIPS 2009),
/// a worker ability `α_w` and an item's inverse difficulty `β_i > 0`
/// (fitted as `b_i = log β_i`): worker `w` answers item `i` right with
/// probability `σ(α_w β_i)`, and each wrong class with the rest split evenly.
///
/// - **Priors**: `α ~ N(1, 1)`, `log β ~ N(1, 1)`, uniform classes (as in
///   Crowd-Kit 1.4.2); the fit is the maximum a posteriori one.
/// - **Start**: every `α = 1`, every `log β = 1` (the prior means).
/// - **EM**: the E-step gives each item's class posterior; the M-step raises
///   the expected log posterior by Newton steps in every `α` and every `b`
///   (`GLADSteps`), up to `mStepSweeps` rounds.
/// - **Stop** when an iteration (an M-step then an E-step) changes the log
///   posterior by less than `tolerance` times its size, or after
///   `maxIterations` (`--tolerance`, `--max-iterations`); with
///   `--iterations N` after exactly N (`EMIterations`).
/// - **Label**: the class of highest posterior, that posterior as confidence;
///   ties by the seeded draw (`PosteriorLabels`).
/// - **workers.csv**: `<question>.ability`, each worker's `α`.
enum GLAD: CategoricalMethod {
    static let name = Quality.AggregationRule.Method.glad
    static let workerFigure: String? = "ability"

    /// Prior mean of the abilities and of the log inverse difficulties.
    static let priorAbility = 1.0
    static let priorLogBeta = 1.0
    /// Rounds of Newton steps per M-step (each stops early once no step exceeds 1e-6).
    static let mStepSweeps = 5

    static func run(_ data: CategoricalJudgments, _ context: MethodContext) -> MethodFit {
        guard data.classCount > 1 else { return MethodFit(labels: PosteriorLabels.oneClass(data), iterations: 0, converged: true) }
        let steps = GLADSteps(data, priorAbility: priorAbility, priorLogBeta: priorLogBeta)
        var ll = steps.eStep()
        var iterations = 0, converged = false
        while iterations < context.iterations.iterationLimit {
            iterations += 1
            steps.mStep(sweeps: mStepSweeps)
            let next = steps.eStep()
            let change = next - ll
            ll = next
            if abs(change) <= context.iterations.tolerance * abs(ll) {
                converged = true
                if context.iterations.stopsWhenSettled { break }
            }
        }
        let labels = PosteriorLabels.make(data, posterior: steps.posterior, stride: data.classCount, rows: .everyItem, ties: context.ties)
        return MethodFit(labels: labels, iterations: iterations, converged: converged, logLikelihood: ll,
                         workerFigure: steps.abilities)
    }
}
