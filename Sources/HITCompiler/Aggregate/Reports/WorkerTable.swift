/// The rows of `workers.csv` as the columns they are computed in: worker ids
/// from the judgment store's table, figures from `WorkerScores` and the label
/// comparison. A row is made only when asked for (`subscript`), so a file of a
/// million distinct workers does not hold a million `WorkerRow`s, and
/// `workers.csv` is written row by row (`AggregateWriter`).
public struct WorkerTable: Sendable {
    private let ids: IDTable
    private let scores: WorkerScores
    /// Judgments on non-gold items equal to the decided label, and compared with one.
    private let agreeing: [Int]
    private let compared: [Int]
    /// Whether the spec has a gold file (a worker without scored gold is flagged `no_gold`).
    private let hasGold: Bool
    /// The methods' per-worker figures, one column each.
    private let figures: [WorkerFigure]

    init(ids: IDTable, scores: WorkerScores, agreeing: [Int], compared: [Int], hasGold: Bool,
         figures: [WorkerFigure] = []) {
        self.ids = ids
        self.scores = scores
        self.agreeing = agreeing
        self.compared = compared
        self.hasGold = hasGold
        self.figures = figures
    }

    /// The names of the figure columns, after `status`.
    var figureColumns: [String] { figures.map(\.column) }

    /// Number of workers.
    public var count: Int { ids.count }

    /// Worker `w`'s row.
    subscript(w: Int) -> WorkerRow {
        var flags: [String] = []
        if scores.fastHits[w] > 0 { flags.append("fast") }
        if scores.dropped[w] { flags.append("low_gold_accuracy") }
        if hasGold && scores.goldAnswers[w] == 0 { flags.append("no_gold") }
        return WorkerRow(worker: ids.string(at: w), answers: scores.answers[w], goldAnswers: scores.goldAnswers[w],
                         goldCorrect: scores.goldCorrect[w], goldAccuracy: scores.accuracy(w),
                         agreement: compared[w] > 0 ? Double(agreeing[w]) / Double(compared[w]) : nil,
                         medianSeconds: scores.medianSeconds[w], fastHits: scores.fastHits[w], flags: flags,
                         kept: !scores.dropped[w],
                         figures: figures.map { $0.values[w].isFinite ? $0.values[w] : nil })
    }

    /// Every row as a value.
    var rows: [WorkerRow] { (0..<count).map { self[$0] } }

    /// Worker `w`'s `agreement` without making the row (`report.html` ranks every worker by it).
    func agreement(_ w: Int) -> Double? { compared[w] > 0 ? Double(agreeing[w]) / Double(compared[w]) : nil }

    /// Worker `w`'s gold accuracy, fast HITs, answers and whether dropped, without making the row.
    func goldAccuracy(_ w: Int) -> Double? { scores.accuracy(w) }
    func fastHits(_ w: Int) -> Int { scores.fastHits[w] }
    func answers(_ w: Int) -> Int { scores.answers[w] }
    func isDropped(_ w: Int) -> Bool { scores.dropped[w] }
}

/// One column of `workers.csv` from a method: its per-worker figure on one
/// question (MACE's competence, GLAD's ability, ...), named `<question>.<figure>`.
struct WorkerFigure: Sendable {
    var column: String
    /// By worker index; NaN where the method did not rate the worker.
    var values: [Double]
}
