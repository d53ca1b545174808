/// The numbers `report.html` shows, computed once from the aggregation
/// (`ReportBuilder`) and drawn by `ReportPage`. Plain values; every list is
/// bounded (top-N, bins, a subsample of workers), so the page stays small
/// however many judgments there were.
struct ReportData: Codable, Equatable, Sendable {
    /// The spec's title, id and version.
    var title: String
    var spec: String
    var version: String?
    /// The results file as named, and its format word.
    var results: String
    var format: String
    /// The batch overview, in display order (`<table id="batch">`).
    var batch: [BatchFigure]
    /// How the cost row was found (or why it is not known).
    var costNote: String
    /// The spec's pre-flight checklist; nil when it could not be evaluated.
    var checklist: [PreflightChecklist.Step]?
    /// One part per question, in spec order.
    var questions: [QuestionReport]
    /// The per-worker charts and the workers to review.
    var workers: WorkersReport
}

/// One row of the batch overview: a name, the figure (nil when not known) and how it is shown.
struct BatchFigure: Codable, Equatable, Sendable {
    /// A stable key (`data-key`): the `summary.json` key when the figure is one of its.
    var key: String
    var name: String
    var value: Double?
    /// The figure as shown (a count, an amount with its currency, or why it is not known).
    var display: String
}

/// One question's part of the report.
struct QuestionReport: Codable, Equatable, Sendable {
    var id: String
    var prompt: String
    var type: String
    var method: String
    var labels: Int
    var undecided: Int
    var noAnswers: Int
    var ties: Int
    /// Labels by option (choices, scale points): counts among the labelled items and among the gold items.
    var distribution: [DistributionRow]
    /// Labelled items counted in `distribution` (status `decided` or `tie`), and gold items with an answer.
    var labelledItems: Int
    var goldItems: Int
    var agreement: AgreementView?
    /// Items with the lowest share of agreeing judgment pairs (choices, scales), lowest first.
    var lowestAgreement: [ItemAgreement]
    var confusion: ConfusionView?
    /// Scale and number questions: the items whose judgments spread widest.
    var spread: [ItemSpread]
    /// Multi choice questions: per option, workers' ticks against the option's being in the class.
    var optionConfusion: OptionConfusionView? = nil
    /// Number questions: the aggregated values in bins.
    var valueHistogram: ValueHistogram? = nil
}

/// A multi choice's confusion, one yes/no matrix per option: `counts[option]` is
/// `[ticked, missed, extra, unticked]`: judgments that ticked the option when the class has it,
/// left it unticked when the class has it, ticked it when the class has it not, left it unticked
/// when the class has it not.
struct OptionConfusionView: Codable, Equatable, Sendable {
    /// `dawid_skene` (each option's fit's expected counts), `gold` or `labels`, as `ConfusionView.source`.
    var source: String
    var options: [String]
    var counts: [[Double]]
}

/// A number question's aggregated values (items with a label) in bins of equal width from the
/// smallest to the largest value, the last bin closed; `rule` says how the width was chosen.
struct ValueHistogram: Codable, Equatable, Sendable {
    var bins: [TimeHistogram.Bin]
    var values: Int
    var rule: String
}

/// One option's count among labels and among gold answers.
struct DistributionRow: Codable, Equatable, Sendable {
    var value: String
    var label: String
    var count: Int
    var share: Double?
    var goldCount: Int
    var goldShare: Double?
}

/// The agreement figures of a question (as in `summary.json`) and the configured check.
struct AgreementView: Codable, Equatable, Sendable {
    /// `quality.agreement.metric`, or nil when the spec configures none.
    var metric: String?
    var metricValue: Double?
    var min: Double?
    var pass: Bool?
    var alpha: Double?
    var alphaLevel: String
    var kappa: Double?
    var kappaNote: String?
    var percent: Double?
    var pairableItems: Int
}

/// One item's agreement: the share of its judgment pairs that agree.
struct ItemAgreement: Codable, Equatable, Sendable {
    var item: String
    var judgments: Int
    var agreement: Double
    /// The label as in `labels.csv` (empty without one), and the status.
    var label: String
    var status: String
}

/// Workers' answers against the true (or aggregated) class: `counts[row][column]`.
struct ConfusionView: Codable, Equatable, Sendable {
    /// `dawid_skene` (the fit's expected counts), `gold` (answers on gold items) or `labels` (the aggregated labels).
    var source: String
    var classes: [String]
    var counts: [[Double]]
}

/// The spread of one item's judgments of a scale or number question.
struct ItemSpread: Codable, Equatable, Sendable {
    var item: String
    var judgments: Int
    var min: Double
    var median: Double
    var max: Double
    /// Distinct answers with how many gave each (at most `ReportBuilder.spreadValues`).
    var values: [ValueCount]
    var label: String
}

/// An answer and how many judgments gave it.
struct ValueCount: Codable, Equatable, Sendable {
    var value: Double
    var count: Int
}

/// The per-worker part.
struct WorkersReport: Codable, Equatable, Sendable {
    var total: Int
    /// The workers drawn in the scatter plots (all, or a deterministic subsample: `sampleNote`).
    var points: [WorkerPoint]
    var sampleNote: String?
    var hasGold: Bool
    var times: TimeHistogram?
    /// The first workers by the review order (`reviewRule`).
    var review: [ReviewRow]
    var reviewRule: String
}

/// One worker in the scatter plots.
struct WorkerPoint: Codable, Equatable, Sendable {
    var worker: String
    var answers: Int
    var goldAccuracy: Double?
    var agreement: Double?
    var dropped: Bool
    /// Why the worker was dropped (as in `summary.json`).
    var reason: String?
}

/// Seconds per HIT in bins of equal width; the last bin holds everything from its lower bound up.
struct TimeHistogram: Codable, Equatable, Sendable {
    struct Bin: Codable, Equatable, Sendable {
        var lower: Double
        var upper: Double?
        var count: Int
    }
    var bins: [Bin]
    var hits: Int
    var minSeconds: Int?
    var fastHits: Int
    var perAssignment: Bool
}

/// A row of `<table id="workers-to-review">`: the columns of `workers.csv` and the reason for review.
struct ReviewRow: Codable, Equatable, Sendable {
    var rank: Int
    var worker: String
    var answers: Int
    var goldAnswers: Int
    var goldCorrect: Int
    var goldAccuracy: Double?
    var agreement: Double?
    var medianSeconds: Double?
    var fastHits: Int
    var flags: String
    var status: String
    var why: String
}
