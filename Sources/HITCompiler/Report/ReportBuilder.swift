/// Turns an aggregation (`AggregateReport` and the inputs it kept) and the
/// spec into `ReportData`: every figure of `report.html`, computed once, from
/// what the aggregation already holds (no second read of the results file).
/// Lists are bounded: `lowestItems` items per question, `spreadItems` spread
/// rows, `maxPoints` workers in a scatter plot, `reviewRows` workers to review.
struct ReportBuilder {
    static let lowestItems = 20
    static let spreadItems = 20
    static let spreadValues = 40
    static let maxPoints = 2000
    static let reviewRows = 25

    let report: AggregateReport
    let checked: CheckedSpec
    let checklist: PreflightChecklist?

    /// The report's numbers.
    func build() -> ReportData {
        let s = report.summary
        let groups = LabelGroups(report.labels, questions: s.questions.count)
        var questions: [QuestionReport] = []
        if let inputs = report.inputs {
            for (q, question) in inputs.store.questions.enumerated() where q < s.questions.count {
                questions.append(QuestionPart(question: question, q: q, summary: s.questions[q], inputs: inputs,
                                              labels: report.labels, rows: groups.rows[q], quality: checked.spec.quality)
                    .build())
            }
        }
        let (figures, costNote) = batch(groups)
        return ReportData(title: checked.title, spec: checked.id, version: checked.spec.version?.value.description,
                          results: s.results, format: s.format, batch: figures, costNote: costNote,
                          checklist: checklist?.steps, questions: questions,
                          workers: WorkerPart(report: report, minSeconds: s.minSecondsPerHit).build())
    }

    /// The batch overview and how its cost was found.
    func batch(_ groups: LabelGroups) -> ([BatchFigure], String) {
        let s = report.summary
        func figure(_ key: String, _ name: String, _ n: Int) -> BatchFigure {
            BatchFigure(key: key, name: name, value: Double(n), display: ReportNumber.count(n))
        }
        let target = checked.judgmentsPerItem
        let below = groups.itemsBelow(target, labels: report.labels)
        var figures = [
            figure("judgments", "Judgments read (gold and dropped workers' included)", s.judgments),
            figure("items", "Items labelled (gold excluded)", s.items),
            figure("gold_items", "Gold items seen", s.goldItems),
            figure("workers", "Workers", s.workers),
            figure("dropped_workers", "Workers dropped (gold accuracy)", s.droppedWorkers.count),
            figure("judgments_per_item", "Judgments per item asked (judgments_per_item)", target),
            figure("items_below_target", "Items with fewer judgments than asked", below),
            figure("blank_answers", "Blank answers", s.blankAnswers),
            figure("rejected_assignments", "Rejected assignments skipped", s.rejectedAssignments),
            figure("repeated_judgments", "Repeated judgments left out", s.repeatedJudgments),
            figure("fast_hits", "HITs faster than min_seconds_per_hit", s.fastHits),
        ]
        let reward = checked.reward
        let assignments = report.inputs?.store.assignmentCount ?? 0
        figures.append(BatchFigure(key: "reward", name: "Reward per HIT", value: reward.amount,
                                   display: ReportNumber.money(micros: reward.micros, currency: reward.currency)))
        let note: String
        if assignments > 0 {
            figures.append(figure("assignments", "Assignments submitted", assignments))
            let (total, overflow) = reward.micros.multipliedReportingOverflow(by: Int64(assignments))
            figures.append(BatchFigure(key: "cost", name: "Cost implied (rewards, before fees)",
                                       value: overflow ? nil : Double(total) / 1_000_000,
                                       display: overflow ? "too large to show" : ReportNumber.money(micros: total, currency: reward.currency)))
            note = "Cost implied: \(ReportNumber.count(assignments)) assignments that gave at least one judgment (rejected ones left out) × the reward of \(ReportNumber.money(micros: reward.micros, currency: reward.currency)); platform fees and bonuses are not included."
        } else {
            figures.append(BatchFigure(key: "cost", name: "Cost implied (rewards, before fees)", value: nil,
                                       display: "not known"))
            note = "Cost implied: not known, because the results name no assignments (a long-format file without an assignment column), so the HITs paid cannot be counted."
        }
        return (figures, note)
    }
}

/// The rows of the label table by question (each question's run adds one group, in spec order).
struct LabelGroups {
    var rows: [[Int]]

    init(_ labels: LabelTable, questions: Int) {
        rows = [[Int]](repeating: [], count: questions)
        for r in 0..<labels.count {
            let g = Int(labels.group[r])
            if g < questions { rows[g].append(r) }
        }
    }

    /// Items whose most judgments on any question (`labels.csv`'s `judgments`) fall short of `target`.
    func itemsBelow(_ target: Int, labels: LabelTable) -> Int {
        var most = [Int32](repeating: -1, count: labels.items.count)
        for group in rows {
            for r in group {
                let i = Int(labels.item[r])
                most[i] = Swift.max(most[i], labels.judgments[r])
            }
        }
        return most.filter { $0 >= 0 && Int($0) < target }.count
    }
}
