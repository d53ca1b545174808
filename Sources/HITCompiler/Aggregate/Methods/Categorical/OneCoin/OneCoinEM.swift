import Foundation

/// The buffers and the two steps of one one-coin Dawid-Skene fit (see
/// `OneCoin`). A worker's confusion matrix is one number, the accuracy `a`:
/// `θ[k][l] = a` when `l == k`, else `(1 - a) / (K - 1)`. So an item's log
/// posterior of class `c` is its log prior plus the sum of `log((1 - a)/(K - 1))`
/// over its judgments (the same for every class) plus `log(a) - log((1 - a)/(K - 1))`
/// for each judgment that answered `c`: two additions per judgment.
///
/// The E-step splits the items over threads (each row's log-likelihood term
/// kept, then summed in row order); the counts of the next M-step (each
/// worker's summed posterior of the answers given, the class totals) are
/// made after it in item order, so the result does not depend on the threads.
/// Rows (posteriors, terms) exist for items with judgments only, in item order.
final class OneCoinEM: EMSteps, @unchecked Sendable {
    let data: CategoricalJudgments
    let k: Int
    let smoothing: Double
    let tasks: Int
    /// Number of items with judgments: the rows of `posterior`.
    let rows: Int
    /// `rows × k`: the class posteriors of the items with judgments, in item order.
    let posterior: UnsafeMutablePointer<Double>
    /// Each row's term of the log-likelihood.
    private let terms: UnsafeMutablePointer<Double>
    /// Item and row bounds of the E-step threads.
    private let itemBounds: [Int]
    private let rowBounds: [Int]
    /// Per worker: summed posterior of the answers given (plus `smoothing`), and judgments counted (plus `k·smoothing`).
    private var right: [Double]
    private var counted: [Double]
    /// Per worker: `log((1 - a) / (K - 1))` and `log(a)` minus it.
    private var logWrong: [Double]
    private var logGain: [Double]
    /// Class totals of the posteriors (plus `smoothing`), priors and their logs.
    private var classTotals: [Double]
    private(set) var priors: [Double]
    private var logPriors: [Double]
    /// The known class of each row, -1 where unknown; nil without gold.
    private let fixed: [Int32]?
    private let gold: GoldStart?

    /// `tasks` nil: one per core, for data large enough to be worth it. Needs `classCount >= 2`.
    init(_ data: CategoricalJudgments, smoothing: Double, tasks: Int? = nil, gold: GoldStart? = nil) {
        let data = gold?.judgments ?? data
        self.data = data
        k = data.classCount
        self.smoothing = smoothing
        let tasks = max(1, tasks ?? min(ProcessInfo.processInfo.activeProcessorCount, data.count / 100_000))
        self.tasks = tasks
        fixed = gold?.truthOfRows
        self.gold = gold
        let items = data.itemCount
        var rowBefore = [Int](repeating: 0, count: items + 1)
        for i in 0..<items { rowBefore[i + 1] = rowBefore[i] + (data.judgments(of: i) > 0 ? 1 : 0) }
        rows = rowBefore[items]
        posterior = UnsafeMutablePointer<Double>.allocate(capacity: max(rows * k, 1))
        posterior.initialize(repeating: 0, count: max(rows * k, 1))
        terms = UnsafeMutablePointer<Double>.allocate(capacity: max(rows, 1))
        terms.initialize(repeating: 0, count: max(rows, 1))
        itemBounds = (0...tasks).map { items * $0 / tasks }
        rowBounds = itemBounds.map { rowBefore[$0] }
        let workers = data.workerCount
        right = [Double](repeating: 0, count: workers)
        counted = [Double](repeating: 0, count: workers)
        logWrong = [Double](repeating: 0, count: workers)
        logGain = [Double](repeating: 0, count: workers)
        classTotals = [Double](repeating: 0, count: k)
        priors = [Double](repeating: 1 / Double(k), count: k)
        logPriors = [Double](repeating: 0, count: k)
    }

    deinit {
        posterior.deallocate()
        terms.deallocate()
    }

    /// Posteriors from vote fractions (a known class for gold rows), and their
    /// counts: a worker who answered gold is counted on gold rows only.
    func start() {
        var r = 0
        for i in 0..<data.itemCount {
            let lo = Int(data.start[i]), hi = Int(data.start[i + 1])
            guard hi > lo else { continue }
            let row = posterior + r * k
            if let fixed, fixed[r] >= 0 {
                row[Int(fixed[r])] = 1
            } else {
                let share = 1 / Double(hi - lo)
                for j in lo..<hi { row[Int(data.label[j])] += share }
            }
            r += 1
        }
        count(startingFrom: gold)
    }

    /// The counts of the next M-step from the posteriors, in item order;
    /// the first counts from `gold` leave out, on rows of unknown class, the
    /// judgments of a worker who answered gold (`gold.countsVotes`).
    private func count(startingFrom gold: GoldStart? = nil) {
        for c in 0..<k { classTotals[c] = smoothing }
        let kSmoothing = Double(k) * smoothing
        for w in right.indices {
            right[w] = smoothing
            counted[w] = kSmoothing
        }
        data.start.withUnsafeBufferPointer { start in
            data.worker.withUnsafeBufferPointer { worker in
                data.label.withUnsafeBufferPointer { label in
                    right.withUnsafeMutableBufferPointer { right in
                        counted.withUnsafeMutableBufferPointer { counted in
                            var r = 0
                            for i in 0..<data.itemCount {
                                let lo = Int(start[i]), hi = Int(start[i + 1])
                                guard hi > lo else { continue }
                                let row = posterior + r * k
                                for c in 0..<k { classTotals[c] += row[c] }
                                for j in lo..<hi {
                                    let w = Int(worker[j])
                                    if let gold, let fixed, fixed[r] < 0,
                                       !gold.countsVotes(worker: w) { continue }
                                    right[w] += row[Int(label[j])]
                                    counted[w] += 1
                                }
                                r += 1
                            }
                        }
                    }
                }
            }
        }
    }

    /// Each worker's accuracy from the counts, `(right + s) / (judgments + K·s)`; NaN without judgments.
    var accuracy: [Double] {
        var judged = [Bool](repeating: false, count: data.workerCount)
        for w in data.worker { judged[Int(w)] = true }
        return right.indices.map { judged[$0] ? right[$0] / counted[$0] : .nan }
    }

    /// Priors and each worker's accuracy (as logs) from the counts.
    func mStep() {
        var total = 0.0
        for c in 0..<k { total += classTotals[c] }
        for c in 0..<k {
            priors[c] = classTotals[c] / total
            logPriors[c] = log(priors[c])
        }
        let wrongShare = log(Double(k - 1))
        for w in right.indices {
            let a = right[w] / counted[w]
            let wrong = log1p(-a) - wrongShare
            logWrong[w] = wrong
            logGain[w] = log(a) - wrong
        }
    }

    /// Posteriors from priors and accuracies, then the next counts; returns the log-likelihood.
    func eStep() -> Double {
        ParallelWork.forEach(tasks) { t in
            self.eStep(items: self.itemBounds[t]..<self.itemBounds[t + 1], firstRow: self.rowBounds[t])
        }
        count()
        var ll = 0.0
        for r in 0..<rows { ll += terms[r] }
        return ll
    }

    /// The E-step of `items`, whose rows start at `firstRow`.
    private func eStep(items: Range<Int>, firstRow: Int) {
        let acc = UnsafeMutablePointer<Double>.allocate(capacity: k)
        defer { acc.deallocate() }
        let fixed = self.fixed
        data.start.withUnsafeBufferPointer { start in
            data.worker.withUnsafeBufferPointer { worker in
                data.label.withUnsafeBufferPointer { label in
                    logWrong.withUnsafeBufferPointer { logWrong in
                        logGain.withUnsafeBufferPointer { logGain in
                            var r = firstRow
                            for i in items {
                                let lo = Int(start[i]), hi = Int(start[i + 1])
                                guard hi > lo else { continue }
                                var base = 0.0
                                for j in lo..<hi { base += logWrong[Int(worker[j])] }
                                for c in 0..<k { acc[c] = logPriors[c] + base }
                                for j in lo..<hi { acc[Int(label[j])] += logGain[Int(worker[j])] }
                                if let fixed, fixed[r] >= 0 {
                                    // A gold row keeps its class; its term is the joint probability of that class and the answers.
                                    terms[r] = acc[Int(fixed[r])]
                                    r += 1
                                    continue
                                }
                                terms[r] = LogSumExp.normalise(acc, k)
                                let row = posterior + r * k
                                for c in 0..<k { row[c] = acc[c] }
                                r += 1
                            }
                        }
                    }
                }
            }
        }
    }
}
