import Foundation

/// One question's figures for `report.html`: the label distribution next to
/// gold's, agreement, the items with the lowest agreement, the confusion
/// matrix (choices and scales) and the widest-spread items (scales, numbers).
struct QuestionPart {
    let question: Question
    let q: Int
    let summary: QuestionSummary
    let inputs: ReportInputs
    let labels: LabelTable
    /// This question's rows of `labels`.
    let rows: [Int]
    let quality: Quality?

    var store: JudgmentStore { inputs.store }
    var judgments: CategoricalJudgments { inputs.questions[q].judgments }
    var storage: AnswerStorage { store.storage[q] }
    var options: [String] { question.orderedValues ?? [] }

    func build() -> QuestionReport {
        let (distribution, labelled, goldCount) = self.distribution()
        return QuestionReport(
            id: question.id, prompt: question.prompt.value, type: summary.type, method: summary.method,
            labels: summary.labels, undecided: summary.undecided, noAnswers: summary.noAnswers, ties: summary.ties,
            distribution: distribution, labelledItems: labelled, goldItems: goldCount,
            agreement: agreement(), lowestAgreement: lowestAgreement(), confusion: confusion(), spread: spread(),
            optionConfusion: optionConfusion(), valueHistogram: valueHistogram())
    }

    // MARK: - Distribution

    /// Labels by option among rows with a label, and gold answers by option among the gold items seen.
    func distribution() -> ([DistributionRow], Int, Int) {
        guard storage == .option || storage == .optionSet, !options.isEmpty else { return ([], 0, 0) }
        let index = Dictionary(options.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var counts = [Int](repeating: 0, count: options.count)
        var labelled = 0
        var cache: [Int32: [Int]] = [:]
        for r in rows where labels.status[r].hasLabel {
            let v = labels.label[r]
            labelled += 1
            let chosen: [Int]
            if let known = cache[v] { chosen = known } else {
                switch labels.values[Int(v)] {
                case .value(let s): chosen = index[s].map { [$0] } ?? []
                case .list(let l): chosen = l.compactMap { index[$0] }
                }
                if storage == .option { cache[v] = chosen }
            }
            for o in chosen { counts[o] += 1 }
        }
        var goldCounts = [Int](repeating: 0, count: options.count)
        var goldItems = 0
        if let gold = inputs.gold {
            for (g, key) in gold.keys.enumerated() where store.itemIndex(key) != nil {
                let v = gold.expected[q][g]
                guard v >= 0 else { continue }
                goldItems += 1
                if storage == .option { goldCounts[Int(v)] += 1 } else { for o in store.setOptions[Int(v)] { goldCounts[o] += 1 } }
            }
        }
        let labelsByValue = Dictionary((question.choice?.options ?? []).map { ($0.value, $0.label) }, uniquingKeysWith: { a, _ in a })
        let rows = options.indices.map { o in
            DistributionRow(value: options[o], label: labelsByValue[options[o]] ?? options[o], count: counts[o],
                            share: labelled > 0 ? Double(counts[o]) / Double(labelled) : nil, goldCount: goldCounts[o],
                            goldShare: goldItems > 0 ? Double(goldCounts[o]) / Double(goldItems) : nil)
        }
        return (rows, labelled, goldItems)
    }

    // MARK: - Agreement

    func agreement() -> AgreementView? {
        guard let a = summary.agreement else { return nil }
        let configured = quality?.agreement
        let metric = configured?.metric.value
        let value: Double? = switch metric {
        case .krippendorff_alpha: a.krippendorffAlpha
        case .fleiss_kappa: a.fleissKappa
        case .percent: a.percentAgreement
        case nil: nil
        }
        return AgreementView(metric: metric?.rawValue, metricValue: value, min: configured?.min?.value, pass: a.pass,
                             alpha: a.krippendorffAlpha, alphaLevel: a.alphaLevel, kappa: a.fleissKappa,
                             kappaNote: a.fleissKappaNote, percent: a.percentAgreement, pairableItems: a.pairableItems)
    }

    /// The items (two judgments or more, not all agreeing) whose share of agreeing judgment pairs is lowest, lowest first,
    /// ties in order of first appearance. Choices and scales only.
    func lowestAgreement() -> [ItemAgreement] {
        guard storage == .option || storage == .optionSet else { return [] }
        let (start, label) = (judgments.start, judgments.label)
        var lowest: [(agreement: Double, item: Int)] = []
        let cap = ReportBuilder.lowestItems
        var scratch: [Int32] = []
        let counting = storage == .option && options.count <= 4096
        var counts = [Int](repeating: 0, count: counting ? options.count : 0)
        for i in 0..<judgments.itemCount {
            let (a, b) = (Int(start[i]), Int(start[i + 1]))
            let m = b - a
            guard m >= 2 else { continue }
            var agreeing = 0
            if counting {
                // Options: count each class in a small table, O(m).
                counts.withUnsafeMutableBufferPointer { counts in
                    for x in a..<b { counts[Int(label[x])] += 1 }
                    for x in a..<b {
                        let c = counts[Int(label[x])]
                        agreeing += c * (c - 1) / 2
                        counts[Int(label[x])] = 1
                    }
                    for x in a..<b { counts[Int(label[x])] = 0 }
                }
            } else {
                scratch.removeAll(keepingCapacity: true)
                scratch.append(contentsOf: label[a..<b])
                scratch.sort()
                var run = 1
                for x in 1...m {
                    if x < m && scratch[x] == scratch[x - 1] { run += 1 } else { agreeing += run * (run - 1) / 2; run = 1 }
                }
            }
            let share = Double(agreeing) / (Double(m) * Double(m - 1) / 2)
            guard share < 1 else { continue }
            if lowest.count == cap, share >= lowest[cap - 1].agreement { continue }
            let at = lowest.firstIndex { share < $0.agreement } ?? lowest.count
            lowest.insert((share, i), at: at)
            if lowest.count > cap { lowest.removeLast() }
        }
        let rowOf = rowsByItem(lowest.map(\.item))
        return lowest.map { entry in
            let (text, status) = labelText(rowOf[entry.item])
            return ItemAgreement(item: store.itemKey(entry.item), judgments: judgments.judgments(of: entry.item),
                                 agreement: entry.agreement, label: text, status: status)
        }
    }

    /// The label-table row of each of `items` (a few), by item.
    func rowsByItem(_ items: [Int]) -> [Int: Int] {
        let wanted = Set(items.map(Int32.init))
        var found: [Int: Int] = [:]
        for r in rows where wanted.contains(labels.item[r]) { found[Int(labels.item[r])] = r }
        return found
    }

    /// A row's label as `labels.csv` writes it (empty without one) and its status.
    func labelText(_ row: Int?) -> (String, String) {
        guard let row else { return ("", "") }
        let status = labels.status[row]
        guard status.hasLabel, labels.label[row] >= 0 else { return ("", status.rawValue) }
        return (labels.values[Int(labels.label[row])].joined, status.rawValue)
    }

    // MARK: - Confusion

    /// Answers against the class: Dawid-Skene's expected counts when it ran; else the answers
    /// of kept workers on gold items against gold's; else the answers against the aggregated labels.
    func confusion() -> ConfusionView? {
        guard storage == .option, options.count >= 2 else { return nil }
        let k = options.count
        if let fitted = inputs.questions[q].classConfusion, fitted.count == k {
            return ConfusionView(source: "dawid_skene", classes: options, counts: fitted)
        }
        var counts = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        if let gold = inputs.gold, gold.expected[q].contains(where: { $0 >= 0 }) {
            let itemGold = inputs.scores.itemGold
            let expected = gold.expected[q]
            var any = false
            for j in 0..<store.count where store.question(of: j) == q {
                let g = Int(itemGold[Int(store.item[j])])
                guard g >= 0, expected[g] >= 0, !inputs.scores.dropped[Int(store.worker[j])] else { continue }
                counts[Int(expected[g])][Int(store.value[j])] += 1
                any = true
            }
            if any { return ConfusionView(source: "gold", classes: options, counts: counts) }
        }
        var classOf = [Int32](repeating: -1, count: store.itemCount)
        let index = Dictionary(options.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        for r in rows where labels.status[r].hasLabel {
            if case .value(let v) = labels.values[Int(labels.label[r])], let c = index[v] { classOf[Int(labels.item[r])] = c }
        }
        // One flat table (row = the label's class): no copy-on-write check per judgment.
        var flat = [Double](repeating: 0, count: k * k)
        let (start, label) = (judgments.start, judgments.label)
        flat.withUnsafeMutableBufferPointer { flat in
            for i in 0..<judgments.itemCount where classOf[i] >= 0 {
                let row = Int(classOf[i]) * k
                for j in Int(start[i])..<Int(start[i + 1]) { flat[row + Int(label[j])] += 1 }
            }
        }
        for c in 0..<k { counts[c] = Array(flat[(c * k)..<(c * k + k)]) }
        return ConfusionView(source: "labels", classes: options, counts: counts)
    }

    /// A multi choice, per option: ticks against the class's having the option (`OptionConfusionView`), from
    /// Dawid-Skene's per-option fits when it ran; else kept workers' answers on gold items against gold's;
    /// else the answers against the aggregated labels.
    func optionConfusion() -> OptionConfusionView? {
        guard storage == .optionSet, !options.isEmpty else { return nil }
        let k = options.count
        if let fitted = inputs.questions[q].optionConfusion, fitted.count == k, fitted.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.count == 2 } }) {
            return OptionConfusionView(source: "dawid_skene", options: options,
                                       counts: fitted.map { [$0[1][1], $0[1][0], $0[0][1], $0[0][0]] })
        }
        let sets = store.setOptions.map { set -> [Bool] in
            var has = [Bool](repeating: false, count: k)
            for o in set where o < k { has[o] = true }
            return has
        }
        var counts = [[Double]](repeating: [0, 0, 0, 0], count: k)
        func add(answer: Int, truth: [Bool]) {
            let ticked = sets[answer]
            for o in 0..<k { counts[o][truth[o] ? (ticked[o] ? 0 : 1) : (ticked[o] ? 2 : 3)] += 1 }
        }
        if let gold = inputs.gold, gold.expected[q].contains(where: { $0 >= 0 }) {
            let itemGold = inputs.scores.itemGold
            let expected = gold.expected[q]
            var any = false
            for j in 0..<store.count where store.question(of: j) == q {
                let g = Int(itemGold[Int(store.item[j])])
                guard g >= 0, expected[g] >= 0, !inputs.scores.dropped[Int(store.worker[j])] else { continue }
                add(answer: Int(store.value[j]), truth: sets[Int(expected[g])])
                any = true
            }
            if any { return OptionConfusionView(source: "gold", options: options, counts: counts) }
        }
        let index = Dictionary(options.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var truthOf = [[Bool]?](repeating: nil, count: store.itemCount)
        for r in rows where labels.status[r].hasLabel {
            guard case .list(let l) = labels.values[Int(labels.label[r])] else { continue }
            var has = [Bool](repeating: false, count: k)
            for v in l { if let o = index[v] { has[o] = true } }
            truthOf[Int(labels.item[r])] = has
        }
        let (start, label) = (judgments.start, judgments.label)
        for i in 0..<judgments.itemCount {
            guard let truth = truthOf[i] else { continue }
            for j in Int(start[i])..<Int(start[i + 1]) { add(answer: Int(label[j]), truth: truth) }
        }
        return OptionConfusionView(source: "labels", options: options, counts: counts)
    }

    // MARK: - Value histogram

    static let histogramBins = 30

    /// A number question: the aggregated values of the items with a label, binned (`binning`).
    func valueHistogram() -> ValueHistogram? {
        guard storage == .decimal else { return nil }
        var parsed = [Double?](repeating: nil, count: labels.values.count)
        var values: [Double] = []
        for r in rows where labels.status[r].hasLabel && labels.label[r] >= 0 {
            let v = Int(labels.label[r])
            if parsed[v] == nil, case .value(let s) = labels.values[v] { parsed[v] = Double(s) }
            if let x = parsed[v], x.isFinite { values.append(x) }
        }
        guard !values.isEmpty else { return nil }
        values.sort()
        let (bins, rule) = Self.binning(values)
        return ValueHistogram(bins: bins, values: values.count, rule: rule)
    }

    /// Equal-width bins from the smallest to the largest of `sorted` (the last bin closed): the
    /// Freedman–Diaconis width 2·IQR/n^(1/3); Sturges' ⌈log₂ n⌉ + 1 bins when the IQR is 0; at most 30 bins.
    static func binning(_ sorted: [Double]) -> ([TimeHistogram.Bin], String) {
        // Computed on halves where a difference could overflow (values up to ±Double.greatestFiniteMagnitude).
        let n = sorted.count
        let lo = sorted[0], hi = sorted[n - 1]
        func quantile(_ p: Double) -> Double {
            let h = Double(n - 1) * p
            let a = Int(h.rounded(.down)), b = Swift.min(a + 1, n - 1)
            let f = h - Double(a)
            return sorted[a] * (1 - f) + sorted[b] * f
        }
        guard hi > lo else { return ([TimeHistogram.Bin(lower: lo, upper: hi, count: n)], "all values are equal: one bin") }
        let halfSpan = hi / 2 - lo / 2
        let halfIQR = quantile(0.75) / 2 - quantile(0.25) / 2
        var count: Int
        var rule: String
        if halfIQR > 0 {
            // (hi − lo) / (2 · IQR / ∛n), bounded before it becomes an Int.
            let ratio = halfSpan * Foundation.cbrt(Double(n)) / (2 * halfIQR)
            count = ratio.isFinite ? Int(Swift.min(ratio, 1e6).rounded(.up)) : histogramBins + 1
            rule = "Freedman–Diaconis bin width (2 × interquartile range ÷ ∛n)"
        } else {
            count = Int(Foundation.log2(Double(n)).rounded(.up)) + 1
            rule = "Sturges' rule (⌈log₂ n⌉ + 1 bins; the interquartile range is 0)"
        }
        if count > histogramBins { count = histogramBins; rule += ", capped at \(histogramBins) bins" }
        count = Swift.max(count, 1)
        var counts = [Int](repeating: 0, count: count)
        for x in sorted {
            let t = (x / 2 - lo / 2) / halfSpan * Double(count)
            counts[t.isFinite ? Swift.min(Swift.max(Int(t.rounded(.down)), 0), count - 1) : count - 1] += 1
        }
        func edge(_ b: Int) -> Double { b == count ? hi : 2 * (lo / 2 + halfSpan * (Double(b) / Double(count))) }
        let bins = (0..<count).map { b in TimeHistogram.Bin(lower: edge(b), upper: edge(b + 1), count: counts[b]) }
        return (bins, rule)
    }

    // MARK: - Spread

    /// Scale and number questions: the items whose judgments range widest (not all equal; then by more judgments,
    /// then first appearance), with their distinct answers.
    func spread() -> [ItemSpread] {
        let numbers: [Double]
        switch storage {
        case .option:
            guard let points = question.kind.type.optionNumbers else { return [] }
            numbers = points
        case .decimal: numbers = store.numbers
        default: return []
        }
        let (start, label) = (judgments.start, judgments.label)
        var widest: [(range: Double, m: Int, item: Int)] = []
        let cap = ReportBuilder.spreadItems
        func before(_ a: (range: Double, m: Int, item: Int), _ b: (range: Double, m: Int, item: Int)) -> Bool {
            a.range != b.range ? a.range > b.range : a.m != b.m ? a.m > b.m : a.item < b.item
        }
        for i in 0..<judgments.itemCount {
            let (a, b) = (Int(start[i]), Int(start[i + 1]))
            guard b - a >= 2 else { continue }
            var lo = Double.infinity, hi = -Double.infinity
            for j in a..<b {
                let x = numbers[Int(label[j])]
                lo = Swift.min(lo, x)
                hi = Swift.max(hi, x)
            }
            guard hi > lo else { continue }
            let entry = (range: hi - lo, m: b - a, item: i)
            if widest.count == cap, !before(entry, widest[cap - 1]) { continue }
            let at = widest.firstIndex { before(entry, $0) } ?? widest.count
            widest.insert(entry, at: at)
            if widest.count > cap { widest.removeLast() }
        }
        let rowOf = rowsByItem(widest.map(\.item))
        return widest.map { entry in
            let i = entry.item
            let values = (Int(start[i])..<Int(start[i + 1])).map { numbers[Int(label[$0])] }.sorted()
            var counted: [ValueCount] = []
            for x in values {
                if let last = counted.last, last.value == x { counted[counted.count - 1].count += 1 } else { counted.append(ValueCount(value: x, count: 1)) }
            }
            if counted.count > ReportBuilder.spreadValues {
                let step = Double(counted.count - 1) / Double(ReportBuilder.spreadValues - 1)
                counted = (0..<ReportBuilder.spreadValues).map { counted[Int((Double($0) * step).rounded())] }
            }
            let n = values.count
            let median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] / 2 + values[n / 2] / 2)
            let (text, _) = labelText(rowOf[i])
            return ItemSpread(item: store.itemKey(i), judgments: n, min: values[0], median: median, max: values[n - 1],
                              values: counted, label: text)
        }
    }
}
