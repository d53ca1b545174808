import Foundation

/// Dawid and Skene's (1979) model: every item has a hidden true class, every
/// worker a confusion matrix (the chance of answering `l` when the truth is
/// `k`); expectation-maximisation finds both.
///
/// - **Start**: each item's class posterior is its vote fractions (majority vote
///   as probabilities). **From gold** (`init: gold`, when gold is given): gold
///   items take part with their known class, fixed throughout (a one-hot
///   posterior, counted in every M-step), and the first M-step counts a worker
///   who answered gold on gold items only; other workers start from the vote
///   fractions.
/// - **M-step**: class priors and confusion matrices from the posteriors, each
///   count plus `smoothing` (a symmetric Dirichlet pseudo-count, default 0.01,
///   so an answer a worker never gave keeps a small non-zero probability;
///   values below 1e-12 are raised to it).
/// - **E-step**: posteriors from priors and confusion matrices (in logs, scaled
///   by the largest term), which also gives the log-likelihood of the answers,
///   `Σ_items log Σ_k prior_k Π_judgments θ_worker[k][answer]`.
/// - **Stop** when an iteration (an M-step then an E-step) improves that
///   log-likelihood by less than `tolerance` times its size (relative,
///   default 1e-7), or after `maxIterations` (default 500) iterations,
///   reported as not converged; or after exactly `fixedIterations`
///   (`EMIterations`).
///
/// The label is the class of highest posterior; classes whose posterior is
/// exactly as high are a tie, broken by `TieBreak` (without one, the first
/// option). The confidence is that posterior.
public struct DawidSkene: Sendable {
    var maxIterations: Int
    var tolerance: Double
    var smoothing: Double
    /// Threads for the EM steps (nil: one per core for large data); the result is the same.
    var tasks: Int?
    /// `--iterations N`: every iterative method runs exactly this many
    /// iterations, its stopping rule reported (`converged`) but not applied;
    /// nil: the stopping rule, at most `maxIterations`.
    var fixedIterations: Int?

    /// A model with the documented defaults unless given.
    public init(maxIterations: Int = 500, tolerance: Double = 1e-7, smoothing: Double = 0.01,
                fixedIterations: Int? = nil) {
        self.maxIterations = max(1, maxIterations)
        self.tolerance = tolerance
        // A pseudo-count of zero would give log(0) for an answer never given.
        self.smoothing = max(smoothing, 1e-12)
        self.fixedIterations = fixedIterations.map { max(1, $0) }
    }

    /// The most iterations a fit runs: `fixedIterations`, else `maxIterations`.
    var iterationLimit: Int { fixedIterations ?? maxIterations }
    /// Whether a fit stops once its stopping rule is met (not with `fixedIterations`).
    var stopsWhenSettled: Bool { fixedIterations == nil }

    /// What a run found.
    public struct Result: Sendable {
        /// One label per item, with its confidence.
        public var labels: CategoricalLabels
        /// Posterior class probabilities of the items that have judgments, in
        /// item order, `classCount` per item.
        var posteriors: [Double]
        var priors: [Double]
        /// EM iterations run (E-steps after the start).
        public var iterations: Int
        /// True when the log-likelihood settled within `tolerance` before `maxIterations`.
        public var converged: Bool
        /// The log-likelihood after each iteration.
        var logLikelihoods: [Double]
        /// Each worker's chance of answering the truth, `Σ_k prior_k θ[k][k]`
        /// (NaN without judgments), when asked for.
        var accuracy: [Double]? = nil
    }

    /// Fits the model and labels every item (the steps: `DawidSkeneEM`):
    /// from `gold` when given, exact ties broken by `ties` when given, and
    /// each worker's accuracy when `accuracies` is set.
    func run(_ data: CategoricalJudgments, gold: GoldJudgments? = nil, ties: TieBreak? = nil,
             accuracies: Bool = false) -> Result {
        run(data, start: gold.map { GoldStart(data, gold: $0) }, ties: ties, accuracies: accuracies)
    }

    /// `run` with the gold merged in already.
    func run(_ data: CategoricalJudgments, start gold: GoldStart?, ties: TieBreak? = nil,
             accuracies: Bool = false) -> Result {
        let k = data.classCount
        let items = data.itemCount
        guard k > 0 else {
            return Result(labels: CategoricalLabels(label: [Int32](repeating: -1, count: items),
                                                    confidence: [Double](repeating: 0, count: items),
                                                    tied: [Bool](repeating: false, count: items)),
                          posteriors: [], priors: [], iterations: 0, converged: true, logLikelihoods: [])
        }
        let em = DawidSkeneEM(data, smoothing: smoothing, tasks: tasks, gold: gold)
        let data = em.data
        em.start()
        let fit = EMIterations(em, self)
        let stride = em.stride
        let posterior = em.posterior
        let found = PosteriorLabels.make(data, posterior: posterior, stride: stride, rows: .itemsWithJudgments, ties: ties ?? .byIndex)
        var posteriors = [Double](repeating: 0, count: em.rows * k)
        posteriors.withUnsafeMutableBufferPointer { rows in
            for r in 0..<em.rows {
                for c in 0..<k { rows[r * k + c] = posterior[r * stride + c] }
            }
        }
        return Result(labels: found,
                      posteriors: posteriors, priors: em.priors, iterations: fit.count, converged: fit.converged,
                      logLikelihoods: fit.logLikelihoods, accuracy: accuracies ? em.accuracies() : nil)
    }
}
