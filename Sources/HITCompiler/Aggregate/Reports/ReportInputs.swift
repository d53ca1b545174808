/// What the aggregation already holds that `report.html` is drawn from, kept
/// rather than recomputed: the judgment store, the worker scores, the gold
/// answers, and per question the kept judgments grouped by item and the
/// method's class-conditional counts. Arrays are shared, not copied.
struct ReportInputs: Sendable {
    /// One question's kept judgments (non-gold items, dropped workers excluded), by item.
    struct Question: Sendable {
        var judgments: CategoricalJudgments
        /// Dawid-Skene's expected `[truth][answer]` counts; nil for other methods.
        var classConfusion: [[Double]]?
        /// A multi choice aggregated by Dawid-Skene: each option's yes/no fit's `[truth][answer]` counts
        /// (class 1 = ticked), in option order; nil for other methods.
        var optionConfusion: [[[Double]]]? = nil
    }

    var store: JudgmentStore
    var scores: WorkerScores
    var gold: GoldAnswers?
    /// In spec order, as `JudgmentStore.questions`.
    var questions: [Question]
}
