/// Turns judgments into final labels, worker scores and agreement figures, per
/// the spec's `quality` section.
///
/// Order: score workers on gold and drop those below `gold.min_accuracy`; then,
/// per question, aggregate the kept judgments on non-gold items with the
/// question's method (`quality.aggregation`, or the default: `majority` for
/// choices and scales, `mean` for numbers, `collect` for text), turn labels
/// below `min_confidence` into `undecided`, and measure agreement on the same
/// judgments. Gold items are used only to score workers: they get no label.
struct Aggregator: Sendable {
    /// The spec whose answers are aggregated.
    var checked: CheckedSpec
    /// Dawid-Skene settings.
    var dawidSkene: DawidSkene
    /// The compared objects of pairwise questions' items (`--data`); nil when not read.
    var pairwiseObjects: PairwiseObjects?
    /// Whether to keep what `report.html` is drawn from (`ReportInputs`); off with `--no-report`,
    /// so each question's grouped judgments are freed as soon as it is done.
    var keepsReportInputs = true

    /// An aggregator of `checked`'s answers.
    init(_ checked: CheckedSpec, dawidSkene: DawidSkene = DawidSkene()) {
        self.checked = checked
        self.dawidSkene = dawidSkene
    }

    /// The method for a question: the spec's rule, or the type's default.
    static func method(for question: Question, in quality: Quality?) -> Quality.AggregationRule.Method {
        quality?.aggregation(for: question.id)?.method.value ?? question.kind.defaultAggregationMethod
    }

    /// Aggregates `reading`'s judgments; `gold` is the spec's gold file, read into the same store.
    func run(_ reading: ResultsReader.Outcome, gold: GoldAnswers?, resultsPath: String) -> AggregateReport {
        let store = reading.store
        let quality = checked.spec.quality
        let scores = WorkerScores(store: store, gold: gold, minAccuracy: quality?.gold?.minAccuracy?.value,
                                  minSeconds: quality?.minSecondsPerHit?.value)
        var weights: [Double] = (0..<store.workerCount).map {
            MajorityVote.goldWeight(correct: scores.goldCorrect[$0], answered: scores.goldAnswers[$0])
        }
        for w in weights.indices where scores.goldAnswers[w] == 0 { weights[w] = 0.5 }
        var agreeing = [Int](repeating: 0, count: store.workerCount)
        var compared = [Int](repeating: 0, count: store.workerCount)
        var labels = LabelTable(items: store.items)
        var questions: [QuestionSummary] = []
        var labelled = [Bool](repeating: false, count: store.itemCount)
        var figures: [WorkerFigure] = []
        var rankings: [PairwiseRanking] = []
        var kept: [ReportInputs.Question] = []
        for (q, question) in store.questions.enumerated() {
            var run = QuestionAggregation(store: store, question: q, scores: scores,
                                          method: Self.method(for: question, in: quality),
                                          minConfidence: quality?.aggregation(for: question.id)?.minConfidence?.value,
                                          start: quality?.aggregation(for: question.id)?.start?.value,
                                          weights: weights, dawidSkene: dawidSkene, gold: gold)
            run.aggregate(into: &labels)
            if let ranked = PairwiseRanking.rank(run, store: store, objects: pairwiseObjects, iterations: dawidSkene) {
                rankings.append(ranked.ranking)
                if let skill = ranked.fit.workerSkill { figures.append(WorkerFigure(column: "\(question.id).skill", values: skill)) }
            }
            run.measureAgreement(agreement: quality?.agreement)
            run.compareWorkers(agreeing: &agreeing, compared: &compared)
            for i in run.items { labelled[i] = true }
            if keepsReportInputs {
                kept.append(ReportInputs.Question(judgments: run.grouped, classConfusion: run.classConfusion,
                                                  optionConfusion: run.optionConfusion))
            }
            questions.append(run.summary)
            if rankings.last?.question == question.id { questions[questions.count - 1].ranking = rankings.last?.summary }
            if let figure = run.workerFigure {
                figures.append(WorkerFigure(column: "\(question.id).\(figure.name)", values: figure.values))
            }
        }
        let workers = WorkerTable(ids: store.workers, scores: scores, agreeing: agreeing, compared: compared,
                                  hasGold: gold != nil, figures: figures)
        let minAccuracy = quality?.gold?.minAccuracy?.value ?? 0
        let dropped = (0..<store.workerCount).filter { scores.dropped[$0] }.map { w in
            DroppedWorker(worker: store.workerID(w), goldAnswers: scores.goldAnswers[w], goldCorrect: scores.goldCorrect[w],
                          goldAccuracy: scores.accuracy(w) ?? 0,
                          reason: "gold accuracy \(scores.goldCorrect[w])/\(scores.goldAnswers[w]) is below min_accuracy \(NumberText.plain(minAccuracy, roundedToMillionths: true))")
        }
        var check: AgreementCheck?
        if let agreement = quality?.agreement {
            let figures = questions.compactMap { s in s.agreement.map { (s.question, $0) } }
            let failing = figures.filter { $0.1.pass == false }.map(\.0)
            let anyValue = figures.contains { $0.1.pass != nil }
            check = AgreementCheck(metric: agreement.metric.value.rawValue, min: agreement.min?.value,
                                   pass: anyValue ? failing.isEmpty : nil, failing: failing)
        }
        let goldItems = scores.itemGold.filter { $0 >= 0 }.count
        let summary = AggregateSummary(
            spec: checked.id, results: resultsPath, format: reading.format?.rawValue ?? "",
            rows: reading.rows, judgments: store.count, blankAnswers: reading.blankAnswers,
            rejectedAssignments: reading.rejectedAssignments, repeatedJudgments: reading.repeatedJudgments,
            items: labelled.filter { $0 }.count,
            goldItems: goldItems, workers: store.workerCount, droppedWorkers: dropped,
            minSecondsPerHit: quality?.minSecondsPerHit?.value, fastHits: scores.fastHits.reduce(0, +),
            fastWorkers: (0..<store.workerCount).filter { scores.fastHits[$0] > 0 }.map { store.workerID($0) },
            questions: questions, agreement: check)
        return AggregateReport(labels: labels, workers: workers, summary: summary, rankings: rankings,
                               inputs: ReportInputs(store: store, scores: scores, gold: gold, questions: kept))
    }
}
