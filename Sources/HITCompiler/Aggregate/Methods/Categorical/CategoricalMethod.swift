/// A truth-inference method for answers that are one of a few classes: a
/// single choice, a scale point, or one option of a multi choice read as
/// yes/no. One type per method, each in its own file, listed once in
/// `CategoricalMethods.all`; the question types offer every method listed there.
protocol CategoricalMethod {
    /// Its word in `quality.aggregation.<question>.method`.
    static var name: Quality.AggregationRule.Method { get }
    /// The name of the per-worker figure the method estimates (MACE's
    /// competence, GLAD's ability, ...), a column of `workers.csv`; nil when it has none.
    static var workerFigure: String? { get }
    /// Whether the method can start from gold (`init: gold`).
    static var startsFromGold: Bool { get }
    /// Labels every item of `data` (-1 for an item without judgments).
    static func run(_ data: CategoricalJudgments, _ context: MethodContext) -> MethodFit
}

extension CategoricalMethod {
    static var workerFigure: String? { nil }
    static var startsFromGold: Bool { false }
}

/// What a method is given besides the judgments.
struct MethodContext {
    /// Each worker's weight from gold, `(correct + 1) / (answered + 2)`, 0.5 without gold (`weighted_majority`).
    var weights: [Double]
    /// Iteration limit, tolerance and threads of iterative methods (`--max-iterations`, `--tolerance`, `--iterations`).
    var iterations: DawidSkene
    /// The kept judgments on gold items and their known classes, when the method starts from gold.
    var gold: GoldJudgments?
    /// How a tie between classes is broken, the same way in every method.
    var ties: TieBreak
}

/// What a method found.
struct MethodFit {
    /// One label per item, with its confidence and whether it was a tie.
    var labels: CategoricalLabels
    /// Iterations run, whether they converged, and the final log-likelihood (iterative methods).
    var iterations: Int?
    var converged: Bool?
    var logLikelihood: Double?
    /// The method's per-worker figure (`workerFigure`), by worker index; NaN for a worker without judgments here.
    var workerFigure: [Double]?

    init(labels: CategoricalLabels, iterations: Int? = nil, converged: Bool? = nil, logLikelihood: Double? = nil,
         workerFigure: [Double]? = nil) {
        self.labels = labels
        self.iterations = iterations
        self.converged = converged
        self.logLikelihood = logLikelihood
        self.workerFigure = workerFigure
    }
}
