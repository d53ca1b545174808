/// Everything `hitc aggregate` found: one label per item and question, one row
/// per worker, and the summary. Plain values; `AggregateWriter` writes them.
public struct AggregateReport: Sendable {
    /// One label per item and question (`labels.csv`, `labels.jsonl`).
    public var labels: LabelTable
    /// One row per worker (`workers.csv`).
    public var workers: WorkerTable
    /// The run's totals (`summary.json`).
    public var summary: AggregateSummary
    /// One ranking per pairwise question ranked by `bradley_terry` or `noisy_bt` (`ranking.csv`).
    public var rankings: [PairwiseRanking] = []
    /// What the aggregation held that `report.html` draws from (nil for a report made of rows alone).
    var inputs: ReportInputs? = nil
}

/// What became of one item's question: the `status` column of `labels.csv`
/// and key of `labels.jsonl`, so a label is never confused with a marker word
/// a worker could also have typed.
enum LabelStatus: String, Sendable, Codable, CaseIterable {
    /// The method gave a label with at least `min_confidence`.
    case decided
    /// As `decided`, but other answers scored as high: the tie rule chose the label.
    case tie
    /// The label's confidence is below `min_confidence`: no label (the one that
    /// fell short is `best` in `labels.jsonl`).
    case undecided
    /// No judgment counted (every one came from dropped workers): no label.
    case noAnswers = "no_answers"

    /// True when the row has a label.
    var hasLabel: Bool { self == .decided || self == .tie }

    /// The position in `allCases` (tables of bytes per status are indexed by it).
    var index: Int {
        switch self {
        case .decided: 0
        case .tie: 1
        case .undecided: 2
        case .noAnswers: 3
        }
    }
}

/// The final label of one item for one question (`labels.csv`, `labels.jsonl`).
struct LabelRow: Sendable, Equatable {
    var item: String
    var question: String
    var status: LabelStatus
    /// The label when `status` is `decided` or `tie` (else nil): an option value
    /// or scale point; a number for `mean`/`median`; the selected options for
    /// a question answered with a set of options; every answer for `collect`.
    var label: LabelValue?
    /// Nil for `collect`, and without judgments.
    var confidence: Double?
    /// Judgments that counted (dropped workers' excluded).
    var judgments: Int
    var method: String
    /// For an undecided label: the label that fell short of `min_confidence`.
    var best: LabelValue?

    init(item: String, question: String, status: LabelStatus, label: LabelValue?, confidence: Double?,
                judgments: Int, method: String, best: LabelValue? = nil) {
        self.item = item
        self.question = question
        self.status = status
        self.label = label
        self.confidence = confidence
        self.judgments = judgments
        self.method = method
        self.best = best
    }
}

/// A label: one value, or a list (selected options, `collect` answers).
enum LabelValue: Sendable, Equatable {
    case value(String)
    case list([String])

    /// The CSV form: a list joined with `|` (selected options) — `collect` lists are
    /// written as a JSON array by the writer.
    var joined: String {
        switch self {
        case .value(let v): v
        case .list(let items): items.joined(separator: "|")
        }
    }
}

/// One worker (`workers.csv`).
struct WorkerRow: Sendable, Equatable {
    var worker: String
    /// Judgments given (gold items included, before any dropping).
    var answers: Int
    /// Gold judgments that could be scored, and how many matched the known answer.
    var goldAnswers: Int
    var goldCorrect: Int
    /// `goldCorrect / goldAnswers`; nil without scored gold judgments.
    var goldAccuracy: Double?
    /// Share of the worker's judgments on non-gold items that equal the final
    /// label (decided labels of `majority`, `weighted_majority`, `dawid_skene`,
    /// and `mean`/`median` within the confidence tolerance); nil when none.
    var agreement: Double?
    /// Median seconds per HIT (per assignment when assignments are known).
    var medianSeconds: Double?
    /// HITs (assignments; judgments when assignments are unknown) under `min_seconds_per_hit`.
    var fastHits: Int
    /// `fast`, `low_gold_accuracy`, `no_gold`, joined with `;`.
    var flags: [String]
    /// False when the worker's answers were dropped before aggregation.
    var kept: Bool
    /// The methods' per-worker figures (`WorkerTable.figureColumns`); nil where a method did not rate the worker.
    var figures: [Double?] = []
}

/// `summary.json`.
public struct AggregateSummary: Codable, Sendable, Equatable {
    var spec: String
    /// The results file read, as named.
    public var results: String
    /// The results format read (`--format` word).
    public var format: String
    /// Data rows read, judgments stored, answers left blank, rejected assignments skipped.
    var rows: Int
    /// Judgments stored: blank and repeated answers left out; gold items and dropped workers' judgments included.
    public var judgments: Int
    /// Answers left blank.
    public var blankAnswers: Int
    /// Rejected assignments skipped.
    public var rejectedAssignments: Int
    /// Judgments left out because they repeat an earlier one by the same worker
    /// on the same item and question (W0017).
    public var repeatedJudgments = 0
    /// Items labelled (gold items excluded), gold items seen, workers seen.
    public var items: Int
    /// Gold items seen.
    public var goldItems: Int
    /// Workers seen.
    public var workers: Int
    /// Workers whose answers were dropped, and why.
    public var droppedWorkers: [DroppedWorker]
    /// `quality.min_seconds_per_hit`, if set.
    public var minSecondsPerHit: Int?
    /// HITs submitted faster than `minSecondsPerHit`.
    public var fastHits: Int
    /// Workers with at least one fast HIT.
    public var fastWorkers: [String]
    /// One summary per question, in spec order.
    public var questions: [QuestionSummary]
    /// The configured agreement check; nil without `quality.agreement`.
    public var agreement: AgreementCheck?

    enum CodingKeys: String, CodingKey {
        case spec, results, format, rows, judgments, items, workers, questions, agreement
        case blankAnswers = "blank_answers", rejectedAssignments = "rejected_assignments"
        case repeatedJudgments = "repeated_judgments"
        case goldItems = "gold_items", droppedWorkers = "dropped_workers"
        case minSecondsPerHit = "min_seconds_per_hit", fastHits = "fast_hits", fastWorkers = "fast_workers"
    }
}

/// A worker whose answers were dropped, and why.
public struct DroppedWorker: Codable, Sendable, Equatable {
    /// The worker's id.
    public var worker: String
    var goldAnswers: Int
    var goldCorrect: Int
    var goldAccuracy: Double
    /// Why the answers were dropped.
    public var reason: String

    enum CodingKeys: String, CodingKey {
        case worker, reason
        case goldAnswers = "gold_answers", goldCorrect = "gold_correct", goldAccuracy = "gold_accuracy"
    }
}

/// One question's aggregation and agreement.
public struct QuestionSummary: Codable, Sendable, Equatable {
    /// The question's id.
    public var question: String
    /// The question's type word.
    public var type: String
    /// The aggregation method used.
    public var method: String
    var minConfidence: Double?
    /// Judgments of this question.
    public var judgments: Int
    /// Rows in the label files, one per item with judgments of this question.
    public var labels: Int
    /// Items whose label fell below `min_confidence` (status `undecided`).
    public var undecided: Int
    var undecidedItems: [String]
    /// Items whose every judgment came from dropped workers (status `no_answers`).
    public var noAnswers = 0
    var noAnswerItems: [String] = []
    /// Items whose top classes tied (majority methods), before `min_confidence`.
    public var ties: Int
    /// Dawid-Skene only.
    public var iterations: Int?
    /// Iterative methods only: whether the stopping rule was met (before the limit, or within a fixed `--iterations N`).
    public var converged: Bool?
    var logLikelihood: Double?
    /// Agreement among the kept judgments on non-gold items; nil for text.
    public var agreement: AgreementFigures?
    /// Pairwise questions ranked by `bradley_terry` or `noisy_bt`: the ranking's figures.
    public var ranking: PairwiseRankingSummary? = nil

    enum CodingKeys: String, CodingKey {
        case question, type, method, judgments, labels, undecided, ties, iterations, converged, agreement, ranking
        case minConfidence = "min_confidence", undecidedItems = "undecided_items", logLikelihood = "log_likelihood"
        case noAnswers = "no_answers", noAnswerItems = "no_answer_items"
    }
}

/// Agreement figures of one question.
public struct AgreementFigures: Codable, Sendable, Equatable {
    /// Krippendorff's alpha at `alphaLevel`; nil when it cannot be computed.
    public var krippendorffAlpha: Double?
    /// nominal (choices), ordinal (scale), interval (number).
    public var alphaLevel: String
    /// Nil unless every item has the same number of judgments (`fleissKappaNote` says why).
    public var fleissKappa: Double?
    var fleissKappaNote: String?
    /// Percent agreement: the mean share of agreeing judgment pairs over items with two or more.
    public var percentAgreement: Double?
    /// Items with at least two judgments (the ones that count).
    var pairableItems: Int
    /// The configured metric's value against `agreement.min`; nil without a configured minimum or value.
    public var pass: Bool?

    enum CodingKeys: String, CodingKey {
        case pass
        case krippendorffAlpha = "krippendorff_alpha", alphaLevel = "alpha_level", fleissKappa = "fleiss_kappa"
        case fleissKappaNote = "fleiss_kappa_note", percentAgreement = "percent_agreement", pairableItems = "pairable_items"
    }
}

/// `quality.agreement` checked over all questions.
public struct AgreementCheck: Codable, Sendable, Equatable {
    /// The configured metric (`quality.agreement.metric`).
    public var metric: String
    /// The configured minimum, if any.
    public var min: Double?
    /// True when every question with a value of the metric reaches `min`;
    /// nil without `min` or without any value.
    public var pass: Bool?
    /// Questions below `min`.
    public var failing: [String]
}
