/// The aggregation of one question: labels, agreement, and what each worker's
/// judgments are compared with.
///
/// What is done follows the type's `AnswerStorage`, agreement level and
/// option numbers, resolved once per question. A set of options (multi
/// choice) is aggregated **per option, as a yes/no question**: an option is in
/// the label when the method says "selected" for it (for `majority`, more than
/// half of the votes; exactly half is a tie, decided as for any majority tie),
/// and the label's confidence is the lowest of its options' confidences. An
/// exclusive option stands alone: when the first exclusive option (in option
/// order) whose vote passes is selected, the label is that option alone.
/// Agreement on sets compares whole sets of options (nominal).
struct QuestionAggregation {
    let store: JudgmentStore
    let q: Int
    let question: Question
    let scores: WorkerScores
    let method: Quality.AggregationRule.Method
    let minConfidence: Double?
    let weights: [Double]
    let dawidSkene: DawidSkene
    /// The judgments on gold items, when the method starts from gold.
    let gold: GoldJudgments?
    /// How the question's values are stored.
    let storage: AnswerStorage
    /// The number each option index stands for (scale points); nil when options are not numbers.
    let optionNumbers: [Double]?

    private(set) var summary: QuestionSummary
    /// Kept judgments on non-gold items, grouped by item (labels are values as stored).
    let grouped: CategoricalJudgments
    /// Items that have judgments for this question (dropped workers' included), in item order.
    let items: [Int]
    /// The decided label of each item, for comparing workers: a class, or options, or a number.
    private var finalClass: [Int32]
    private var finalOptions: [[Int]?]
    private var finalNumber: [Double?]
    private var tolerance = 0.0
    /// The method's name, made once rather than per row.
    private let methodName: String
    /// This question's rows in the label table: its (question, method) group.
    private var group: Int32 = 0
    /// The method's per-worker figure, summed over its fits (one per option of a multi choice), and how many fits gave one.
    private var figureSum: [Double] = []
    private var figureFits: [Int] = []
    /// The method's expected (true class, answer) counts (`MethodFit.classConfusion`), for `report.html`.
    private(set) var classConfusion: [[Double]]?
    /// A multi choice: each option's yes/no fit's `classConfusion`, when every fit gave one.
    private(set) var optionConfusion: [[[Double]]]?

    init(store: JudgmentStore, question q: Int, scores: WorkerScores, method: Quality.AggregationRule.Method,
         minConfidence: Double?, start: Quality.AggregationRule.Start?, weights: [Double], dawidSkene: DawidSkene,
         gold goldAnswers: GoldAnswers?) {
        self.store = store
        self.q = q
        self.question = store.questions[q]
        self.scores = scores
        self.method = method
        self.minConfidence = minConfidence
        self.weights = weights
        self.dawidSkene = dawidSkene
        methodName = method.rawValue
        storage = question.kind.storage
        optionNumbers = question.kind.type.optionNumbers
        let (kept, answered) = CategoricalJudgments.kept(store, question: q, classCount: question.orderedValues?.count ?? 0,
                                                         scores: scores)
        grouped = kept
        let classCount = question.orderedValues?.count ?? 0
        if let goldAnswers, CategoricalMethods.start(of: method, written: start, hasGold: true) == .gold {
            gold = GoldJudgments.make(store, question: q, classCount: classCount, scores: scores, gold: goldAnswers)
        } else {
            gold = nil
        }
        items = answered.indices.filter { answered[$0] }
        finalClass = [Int32](repeating: -1, count: store.itemCount)
        finalOptions = []
        finalNumber = []
        summary = QuestionSummary(question: question.id, type: question.typeName, method: method.rawValue,
                                  minConfidence: minConfidence, judgments: kept.count, labels: 0, undecided: 0,
                                  undecidedItems: [], ties: 0)
    }

    // MARK: - Labels

    /// Adds one row per item to `table`.
    mutating func aggregate(into table: inout LabelTable) {
        let first = table.count
        table.reserve(items.count)
        group = table.addGroup(question: question.id, method: methodName)
        switch (storage, method) {
        case (.string, _), (_, .collect):
            collect(&table)
        case (.option, .mean) where optionNumbers != nil, (.option, .median) where optionNumbers != nil, (.decimal, _):
            numeric(&table)
        case (.optionSet, _):
            perOption(question.orderedValues?.count ?? 0, &table)
        default:
            categorical(&table)
        }
        summary.labels = table.count - first
        summary.undecided = summary.undecidedItems.count
        summary.noAnswers = summary.noAnswerItems.count
    }

    /// Runs the categorical method on `data` (`gold`: the gold judgments in the same classes).
    private func classify(_ data: CategoricalJudgments, gold: GoldJudgments?) -> MethodFit {
        let context = MethodContext(weights: weights, iterations: dawidSkene, gold: gold,
                                    ties: TieBreak(items: store.items, question: question.id))
        return (CategoricalMethods.method(method) ?? Majority.self).run(data, context)
    }

    private mutating func record(fit: MethodFit) {
        if let iterations = fit.iterations { summary.iterations = max(summary.iterations ?? 0, iterations) }
        if let converged = fit.converged { summary.converged = (summary.converged ?? true) && converged }
        if let ll = fit.logLikelihood { summary.logLikelihood = (summary.logLikelihood ?? 0) + ll }
        guard let figure = fit.workerFigure else { return }
        if figureSum.isEmpty {
            figureSum = [Double](repeating: 0, count: store.workerCount)
            figureFits = [Int](repeating: 0, count: store.workerCount)
        }
        for w in figure.indices where !figure[w].isNaN {
            figureSum[w] += figure[w]
            figureFits[w] += 1
        }
    }

    /// The method's per-worker figure (`CategoricalMethod.workerFigure`) with
    /// its name, averaged over options for a multi choice; NaN for a worker it
    /// did not rate. Nil when the method has none.
    var workerFigure: (name: String, values: [Double])? {
        guard let name = CategoricalMethods.method(method)?.workerFigure, !figureSum.isEmpty else { return nil }
        return (name, figureSum.indices.map { figureFits[$0] > 0 ? figureSum[$0] / Double(figureFits[$0]) : .nan })
    }

    /// Adds the row of item `i` with its status: `no_answers` without
    /// judgments, `undecided` (the label kept as `best`) below `min_confidence`,
    /// else `tie` or `decided`. `label` is a value of `table`; true when the
    /// row has it as its label.
    mutating func addRow(_ i: Int, label: Int32?, confidence: Double?, tied: Bool = false,
                                 _ table: inout LabelTable) -> Bool {
        let judgments = grouped.judgments(of: i)
        guard judgments > 0, let label else {
            table.append(item: Int32(i), group: group, status: .noAnswers, label: -1, best: -1, confidence: nil,
                         judgments: judgments)
            summary.noAnswerItems.append(store.itemKey(i))
            return false
        }
        let shown = confidence.map(Self.rounded)
        if let minConfidence, let confidence, confidence < minConfidence {
            table.append(item: Int32(i), group: group, status: .undecided, label: -1, best: label, confidence: shown,
                         judgments: judgments)
            summary.undecidedItems.append(store.itemKey(i))
            return false
        }
        table.append(item: Int32(i), group: group, status: tied ? .tie : .decided, label: label, best: -1,
                     confidence: shown, judgments: judgments)
        return true
    }

    /// Confidences are written with six decimals.
    static func rounded(_ x: Double) -> Double { (x * 1_000_000).rounded() / 1_000_000 }

    private mutating func categorical(_ table: inout LabelTable) {
        let values = (question.orderedValues ?? []).map { table.addValue(.value($0)) }
        let fit = classify(grouped, gold: gold)
        let result = fit.labels
        record(fit: fit)
        classConfusion = fit.classConfusion
        summary.ties = result.tieCount
        for i in items {
            let c = result.label[i]
            let decided = addRow(i, label: c >= 0 ? values[Int(c)] : nil,
                                 confidence: c >= 0 ? result.confidence[i] : nil, tied: result.tied[i], &table)
            if decided { finalClass[i] = c }
        }
    }

    private mutating func perOption(_ optionCount: Int, _ table: inout LabelTable) {
        let optionValues = question.orderedValues ?? []
        let sets = store.setOptions
        var selected = [[Bool]](repeating: [], count: optionCount)
        var confidence = [[Double]](repeating: [], count: optionCount)
        var ties = [Bool](repeating: false, count: store.itemCount)
        var fitted: [[[Double]]] = []
        for o in 0..<optionCount {
            let binary = grouped.relabelled(classCount: 2) { sets[Int($0)].contains(o) ? 1 : 0 }
            let fit = classify(binary, gold: gold?.relabelled(classCount: 2) { sets[Int($0)].contains(o) ? 1 : 0 })
            let result = fit.labels
            record(fit: fit)
            if let counts = fit.classConfusion { fitted.append(counts) }
            selected[o] = result.label.map { $0 == 1 }
            confidence[o] = result.confidence
            for i in items where result.tied[i] { ties[i] = true }
        }
        if fitted.count == optionCount { optionConfusion = fitted }
        summary.ties = items.filter { ties[$0] }.count
        finalOptions = [[Int]?](repeating: nil, count: store.itemCount)
        let exclusive = (question.choice?.options ?? []).indices.filter { question.choice?.options[$0].exclusive == true }
        for i in items {
            var options = (0..<optionCount).filter { selected[$0][i] }
            if options.count > 1, let alone = exclusive.first(where: { selected[$0][i] }) { options = [alone] }
            let lowest = (0..<optionCount).map { confidence[$0][i] }.min() ?? 0
            let has = grouped.judgments(of: i) > 0
            let label = has ? table.addValue(.list(options.map { optionValues[$0] })) : nil
            if addRow(i, label: label, confidence: has ? lowest : nil, tied: ties[i], &table) {
                finalOptions[i] = options
            }
        }
    }

    /// The number each stored value stands for: the option numbers (scale
    /// points) when there are, else the store's numbers. Read once into a local
    /// before a loop, so the loop does not copy `self`.
    var numberOfValue: [Double] { optionNumbers ?? store.numbers }

    private mutating func numeric(_ table: inout LabelTable) {
        tolerance = question.kind.type.numericTolerance
        let how: NumericAggregation.Method = method == .median ? .median : .mean
        finalNumber = [Double?](repeating: nil, count: store.itemCount)
        let numbers = numberOfValue
        let (start, labels) = (grouped.start, grouped.label)
        for i in items {
            let answers = (Int(start[i])..<Int(start[i + 1])).map { numbers[Int(labels[$0])] }
            let (label, confidence) = NumericAggregation.aggregate(answers, method: how, tolerance: tolerance)
            let value = label.map { table.addValue(.value(NumberText.plain($0, roundedToMillionths: true))) }
            if addRow(i, label: value, confidence: confidence, &table), let label {
                finalNumber[i] = label
            }
        }
    }

    // MARK: - Agreement

    /// Agreement among the kept judgments at the level the question type implies.
    mutating func measureAgreement(agreement: Quality.Agreement?) {
        guard let level = question.kind.agreementLevel else { return }
        let units: UnitValues
        switch storage {
        case .string:
            return
        case .option:
            units = UnitValues(start: grouped.start, category: grouped.label,
                               values: optionNumbers ?? (question.orderedValues ?? []).indices.map(Double.init))
        case .optionSet:
            units = UnitValues(start: grouped.start, category: grouped.label, values: store.setOptions.indices.map(Double.init))
        case .decimal:
            var index: [Double: Int32] = [:]
            var values: [Double] = []
            let categories = grouped.label.map { v -> Int32 in
                let x = store.numbers[Int(v)]
                if let c = index[x] { return c }
                index[x] = Int32(values.count)
                values.append(x)
                return Int32(values.count - 1)
            }
            units = UnitValues(start: grouped.start, category: categories, values: values)
        }
        // Nominal figures come from one pass; the others from one pass each.
        let nominal = level == .nominal ? NominalAgreement.measure(units) : nil
        let alpha = nominal.map(\.alpha) ?? KrippendorffAlpha.alpha(units, level: level)
        let percent = nominal.map(\.percentAgreement) ?? AgreementMeasures.percentAgreement(units)
        var figures = AgreementFigures(krippendorffAlpha: alpha.map(Self.rounded),
                                       alphaLevel: level.rawValue, fleissKappa: nil, fleissKappaNote: nil,
                                       percentAgreement: percent.map(Self.rounded),
                                       pairableItems: items.filter { grouped.judgments(of: $0) >= 2 }.count, pass: nil)
        if storage == .decimal {
            figures.fleissKappaNote = "not computed for \(question.typeName) questions"
        } else if let kappa = nominal.map(\.fleissKappa) ?? AgreementMeasures.fleissKappa(units) {
            figures.fleissKappa = Self.rounded(kappa)
        } else {
            let counts = items.map { grouped.judgments(of: $0) }.filter { $0 > 0 }
            figures.fleissKappaNote = counts.min() == counts.max()
                ? "needs at least two judgments per item and some disagreement in the categories used"
                : "items have different numbers of judgments (\(counts.min() ?? 0) to \(counts.max() ?? 0))"
        }
        if let agreement, let min = agreement.min?.value {
            let value: Double? = switch agreement.metric.value {
            case .krippendorff_alpha: figures.krippendorffAlpha
            case .fleiss_kappa: figures.fleissKappa
            case .percent: figures.percentAgreement
            }
            figures.pass = value.map { $0 >= min }
        }
        summary.agreement = figures
    }

    // MARK: - Workers

    /// Counts, per worker, judgments on non-gold items compared with a decided label, and agreeing ones.
    func compareWorkers(agreeing: inout [Int], compared: inout [Int]) {
        if finalOptions.isEmpty && finalNumber.isEmpty {
            compareClasses(agreeing: &agreeing, compared: &compared)
            return
        }
        let numbers = numberOfValue
        for j in 0..<store.count where store.question(of: j) == q {
            let i = Int(store.item[j])
            guard scores.itemGold[i] < 0 else { continue }
            let w = Int(store.worker[j])
            let v = store.value[j]
            var same: Bool?
            if finalClass[i] >= 0 {
                same = v == finalClass[i]
            } else if !finalOptions.isEmpty, let options = finalOptions[i] {
                same = store.setOptions[Int(v)] == options
            } else if !finalNumber.isEmpty, let x = finalNumber[i] {
                same = abs(numbers[Int(v)] - x) <= tolerance + 1e-9 * max(1, abs(x))
            }
            guard let same else { continue }
            compared[w] += 1
            if same { agreeing[w] += 1 }
        }
    }

    /// `compareWorkers` when labels are classes (`finalClass`): the same counts, in one tight pass.
    private func compareClasses(agreeing: inout [Int], compared: inout [Int]) {
        guard !store.question.isEmpty || q == 0 else { return }
        let questions = store.question
        let (item, worker, value) = (store.item, store.worker, store.value)
        let (gold, label) = (scores.itemGold, finalClass)
        agreeing.withUnsafeMutableBufferPointer { agreeing in
            compared.withUnsafeMutableBufferPointer { compared in
                for j in item.indices where questions.isEmpty || Int(questions[j]) == q {
                    let i = Int(item[j])
                    guard gold[i] < 0, label[i] >= 0 else { continue }
                    let w = Int(worker[j])
                    compared[w] &+= 1
                    agreeing[w] &+= value[j] == label[i] ? 1 : 0
                }
            }
        }
    }
}
