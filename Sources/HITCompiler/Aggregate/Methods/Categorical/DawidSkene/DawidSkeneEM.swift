import Foundation

/// The buffers and the two steps of one Dawid-Skene fit (see `DawidSkene`),
/// on several threads without changing a bit of the result.
///
/// - The **E-step** splits the items: each item's log-likelihood term is
///   kept, and the terms are summed in item order afterwards.
/// - The **counts** of the next M-step (each posterior added to the cell of
///   every judgment of its item) must be added in item order. The first
///   thread counts its own items right after their E-step, so it is given
///   fewer items (`countingShare`); the rest of the items are counted once
///   every thread is done.
/// - The **M-step** normalises the counts, splitting the workers.
///
/// Rows of the posteriors, counts and confusion matrices are `stride` wide:
/// four (zero-padded) up to four classes, so the inner loops add four classes
/// at a time with `SIMD4`, lane by lane, the same sums as one class at a time.
///
/// **Gold** (`init: gold`, `GoldStart`): rows whose class is known keep a
/// one-hot posterior throughout (they count in every M-step; their term of
/// the log-likelihood is that of their known class), and the first M-step
/// counts a worker who answered gold on gold rows only.
///
/// Memory grows with the judgments: the posteriors have a row per item that
/// has judgments (`rows`, in item order), the confusion tables a row per
/// (worker, answer) pair that occurs (`DawidSkeneCells`), each `k` wide.
final class DawidSkeneEM: EMSteps, @unchecked Sendable {
    let data: CategoricalJudgments
    let k: Int
    let stride: Int
    let smoothing: Double
    /// Threads to split each step over.
    let tasks: Int
    /// Number of items with judgments: the rows of `posterior`.
    let rows: Int
    /// `rows × stride`: the class posteriors of the items with judgments, in item order.
    let posterior: UnsafeMutablePointer<Double>
    /// Item bounds of the E-step threads (`tasks + 1` entries), and the first row of each.
    private let itemBounds: [Int]
    private let rowBounds: [Int]
    /// The (worker, answer) pairs that occur: the rows of `counts` and `logConfusion`.
    private let cells: DawidSkeneCells
    /// Column sums of the counts without a row per answer never given.
    private let columns: DawidSkeneColumnSum
    /// `cells × stride`: counts, then log probabilities (`[cell][truth]`).
    private let counts: UnsafeMutablePointer<Double>
    private let logConfusion: UnsafeMutablePointer<Double>
    private let logPriors: UnsafeMutablePointer<Double>
    private let classTotals: UnsafeMutablePointer<Double>
    /// Each row's term of the log-likelihood.
    private let terms: UnsafeMutablePointer<Double>
    private(set) var priors: [Double]
    /// The known class of each row, -1 where unknown; nil without gold.
    private let fixed: [Int32]?
    /// The gold, for the first counts.
    private let gold: GoldStart?

    /// What counting an item's judgments costs next to its E-step (about a
    /// third, measured with four classes): the first thread, which counts its
    /// items too, gets fewer items, so that its E-step and counting take about
    /// as long as another thread's E-step.
    static let countingShare = 1.0 / 3

    /// `tasks` nil: one per core, for data large enough to be worth it.
    init(_ data: CategoricalJudgments, smoothing: Double, tasks: Int? = nil, gold: GoldStart? = nil) {
        self.data = gold?.judgments ?? data
        let data = self.data
        fixed = gold?.truthOfRows
        self.gold = gold
        k = data.classCount
        stride = k <= 4 ? 4 : k
        self.smoothing = smoothing
        let tasks = max(1, tasks ?? min(ProcessInfo.processInfo.activeProcessorCount, data.count / 100_000))
        self.tasks = tasks
        func zeros(_ n: Int) -> UnsafeMutablePointer<Double> {
            let p = UnsafeMutablePointer<Double>.allocate(capacity: max(n, 1))
            p.initialize(repeating: 0, count: max(n, 1))
            return p
        }
        let items = data.itemCount
        // Rows before each item: the item's row if it has judgments.
        var rowBefore = [Int](repeating: 0, count: items + 1)
        data.start.withUnsafeBufferPointer { start in
            for i in 0..<items { rowBefore[i + 1] = rowBefore[i] + (start[i + 1] > start[i] ? 1 : 0) }
        }
        rows = rowBefore[items]
        cells = DawidSkeneCells(data)
        columns = DawidSkeneColumnSum(smoothing: smoothing, classCount: k)
        posterior = zeros(rows * stride)
        counts = zeros(cells.count * stride)
        logConfusion = zeros(cells.count * stride)
        logPriors = zeros(stride)
        classTotals = zeros(stride)
        terms = zeros(rows)
        priors = [Double](repeating: 1 / Double(k), count: k)
        // The first thread's share, then even shares of the rest.
        let first = tasks == 1 ? items : Int(Double(items) / (Double(tasks - 1) * (1 + Self.countingShare) + 1))
        itemBounds = [0] + (0..<tasks).map { t in first + (items - first) * t / max(tasks - 1, 1) }
        rowBounds = itemBounds.map { rowBefore[$0] }
    }

    deinit {
        for p in [posterior, counts, logConfusion, logPriors, classTotals, terms] { p.deallocate() }
    }

    /// Posteriors from vote fractions (a known class for gold rows), and their counts.
    func start() {
        data.start.withUnsafeBufferPointer { start in
            data.label.withUnsafeBufferPointer { label in
                var row = posterior
                var r = 0
                for i in 0..<data.itemCount {
                    let lo = Int(start[i]), hi = Int(start[i + 1])
                    guard hi > lo else { continue }
                    if let fixed, fixed[r] >= 0 {
                        row[Int(fixed[r])] = 1
                    } else {
                        let share = 1 / Double(hi - lo)
                        for j in lo..<hi { row[Int(label[j])] += share }
                    }
                    row += stride
                    r += 1
                }
            }
        }
        resetCounts()
        if let fixed, let gold {
            countFromGold(fixed, gold)
        } else {
            count(items: 0..<data.itemCount, firstRow: 0)
        }
    }

    /// The first counts with gold: every row into the class totals; on
    /// rows of unknown class, a worker's judgment counts for the true classes
    /// `gold.countsVotes` says.
    private func countFromGold(_ fixed: [Int32], _ gold: GoldStart) {
        let cell = cells.ofJudgment
        var r = 0
        for i in 0..<data.itemCount {
            let lo = Int(data.start[i]), hi = Int(data.start[i + 1])
            guard hi > lo else { continue }
            let row = posterior + r * stride
            add(classTotals, row)
            for j in lo..<hi {
                let target = counts + Int(cell[j]) * stride
                if fixed[r] >= 0 {
                    add(target, row)
                } else {
                    let w = Int(data.worker[j])
                    for c in 0..<k where gold.countsVotes(worker: w, truth: c) { target[c] += row[c] }
                }
            }
            r += 1
        }
    }

    /// Four doubles at `p`.
    @inline(__always)
    private static func load(_ p: UnsafePointer<Double>) -> SIMD4<Double> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
    }

    /// `target[0 ..< k] += source[0 ..< k]`, four at a time when `stride` is 4.
    @inline(__always)
    private func add(_ target: UnsafeMutablePointer<Double>, _ source: UnsafePointer<Double>) {
        if stride == 4 {
            let sum = Self.load(target) + Self.load(source)
            UnsafeMutableRawPointer(target).storeBytes(of: sum, as: SIMD4<Double>.self)
        } else {
            for c in 0..<k { target[c] += source[c] }
        }
    }

    // MARK: - Counts

    /// Every count and class total back to `smoothing`.
    private func resetCounts() {
        for c in 0..<cells.count * stride { counts[c] = c % stride < k ? smoothing : 0 }
        for c in 0..<stride { classTotals[c] = c < k ? smoothing : 0 }
    }

    /// Adds the posteriors of `items` (rows from `firstRow`) to the class
    /// totals and to the cells of their judgments; called for consecutive
    /// ranges, in item order.
    private func count(items: Range<Int>, firstRow: Int) {
        data.start.withUnsafeBufferPointer { start in
            cells.ofJudgment.withUnsafeBufferPointer { cell in
                var row = posterior + firstRow * stride
                guard stride == 4 else {
                    for i in items {
                        let lo = Int(start[i]), hi = Int(start[i + 1])
                        guard hi > lo else { continue }
                        add(classTotals, row)
                        for j in lo..<hi { add(counts + Int(cell[j]) * stride, row) }
                        row += stride
                    }
                    return
                }
                // The row and the totals held in registers: the same additions.
                var totals = Self.load(classTotals)
                for i in items {
                    let lo = Int(start[i]), hi = Int(start[i + 1])
                    guard hi > lo else { continue }
                    let posterior = Self.load(row)
                    totals += posterior
                    for j in lo..<hi {
                        let target = counts + Int(cell[j]) &* 4
                        UnsafeMutableRawPointer(target).storeBytes(of: Self.load(target) + posterior, as: SIMD4<Double>.self)
                    }
                    row += 4
                }
                UnsafeMutableRawPointer(classTotals).storeBytes(of: totals, as: SIMD4<Double>.self)
            }
        }
    }

    // MARK: - M-step

    /// Priors and log confusion matrices from the counts.
    func mStep() {
        let workers = data.workerCount
        ParallelWork.forEach(tasks) { t in
            normalise(workers: workers * t / tasks..<workers * (t + 1) / tasks)
        }
        var total = 0.0
        for c in 0..<k { total += classTotals[c] }
        for c in 0..<k {
            priors[c] = classTotals[c] / total
            logPriors[c] = log(priors[c])
        }
    }

    /// The log confusion matrices of `workers`: each truth's column of counts
    /// (over the answers) normalised to sum to one; only the cells of answers
    /// given are kept (no judgment reads the others).
    private func normalise(workers: Range<Int>) {
        cells.start.withUnsafeBufferPointer { start in
            cells.answer.withUnsafeBufferPointer { answer in
                for w in workers {
                    let mine = Int(start[w])..<Int(start[w + 1])
                    guard !mine.isEmpty else { continue }
                    for c in 0..<k {
                        let column = columns.column(c, cells: mine, answers: answer.baseAddress!, counts: counts,
                                                    stride: stride)
                        let logColumn = log(column)
                        for cell in mine { logConfusion[cell * stride + c] = log(counts[cell * stride + c]) - logColumn }
                    }
                }
            }
        }
    }

    /// Each worker's chance of answering the truth, `Σ_k prior_k θ[k][k]`,
    /// with the priors and confusion matrices an M-step would make of the
    /// current counts (call after `eStep`); NaN for a worker without judgments.
    func accuracies() -> [Double] {
        var total = 0.0
        for c in 0..<k { total += classTotals[c] }
        var accuracy = [Double](repeating: .nan, count: data.workerCount)
        cells.start.withUnsafeBufferPointer { start in
            cells.answer.withUnsafeBufferPointer { answer in
                for w in 0..<data.workerCount {
                    let mine = Int(start[w])..<Int(start[w + 1])
                    guard !mine.isEmpty else { continue }
                    var sum = 0.0
                    var next = mine.lowerBound
                    for c in 0..<k {
                        let column = columns.column(c, cells: mine, answers: answer.baseAddress!, counts: counts,
                                                    stride: stride)
                        // The worker's cells are in answer order: the cell of answer c, if given.
                        while next < mine.upperBound && Int(answer[next]) < c { next += 1 }
                        let right = next < mine.upperBound && Int(answer[next]) == c ? counts[next * stride + c] : smoothing
                        sum += classTotals[c] / total * right / column
                    }
                    accuracy[w] = sum
                }
            }
        }
        return accuracy
    }

    // MARK: - E-step

    /// Posteriors from priors and confusion matrices, and the counts of the
    /// next M-step; returns the log-likelihood.
    func eStep() -> Double {
        resetCounts()
        ParallelWork.forEach(tasks) { t in
            let items = itemBounds[t]..<itemBounds[t + 1]
            eStep(items: items, firstRow: rowBounds[t])
            if t == 0 { count(items: items, firstRow: rowBounds[t]) }
        }
        count(items: itemBounds[1]..<data.itemCount, firstRow: rowBounds[1])
        var ll = 0.0
        for r in 0..<rows { ll += terms[r] }
        return ll
    }

    /// The E-step of `items`, whose rows start at `firstRow`.
    private func eStep(items: Range<Int>, firstRow: Int) {
        let acc = UnsafeMutablePointer<Double>.allocate(capacity: stride)
        defer { acc.deallocate() }
        let fixed = self.fixed
        data.start.withUnsafeBufferPointer { start in
            cells.ofJudgment.withUnsafeBufferPointer { cell in
                var r = firstRow
                for i in items {
                    let lo = Int(start[i]), hi = Int(start[i + 1])
                    guard hi > lo else { continue }
                    if stride == 4 {
                        // In a register rather than through memory: the same additions.
                        var sum = Self.load(logPriors)
                        for j in lo..<hi { sum += Self.load(logConfusion + Int(cell[j]) &* 4) }
                        UnsafeMutableRawPointer(acc).storeBytes(of: sum, as: SIMD4<Double>.self)
                    } else {
                        for c in 0..<stride { acc[c] = logPriors[c] }
                        for j in lo..<hi { add(acc, logConfusion + Int(cell[j]) * stride) }
                    }
                    if let fixed, fixed[r] >= 0 {
                        // A gold row keeps its class; its term is the joint probability of that class and the answers.
                        terms[r] = acc[Int(fixed[r])]
                        r += 1
                        continue
                    }
                    terms[r] = LogSumExp.normalise(acc, k)
                    let row = posterior + r * stride
                    for c in 0..<k { row[c] = acc[c] }
                    r += 1
                }
            }
        }
    }
}
