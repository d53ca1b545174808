import Foundation

/// The buffers and steps of one MACE fit (see `MACE`), with no allocation per
/// item or judgment.
///
/// A worker's strategy is only read for the answers they gave, so it lives
/// in the cells of `DawidSkeneCells` (one per (worker, answer) pair that
/// occurs). For a cell of worker `w` and answer `a`, `A = spam_w · ξ_w[a]`
/// (spamming and answering `a`) and `B = know_w` (knowing, so answering the
/// truth): a judgment with answer `a` has probability `A + B` when the truth
/// is `a` and `A` otherwise, so an E-step adds `log A` to every class and
/// `log(A + B) − log A` to the answered one, table look-ups only.
final class MACESteps {
    let data: CategoricalJudgments
    let k: Int
    let variational: Bool
    private let cells: DawidSkeneCells
    /// The worker of each cell, and the judgments in each cell.
    private let cellWorker: [Int32]
    private let cellJudgments: [Double]
    /// Judgments per worker.
    private let workerJudgments: [Double]

    /// The parameters: per worker the chances of spamming and of knowing
    /// (variational: `exp E[log θ]`, which need not sum to one), per cell the
    /// strategy's chance of the cell's answer.
    struct Parameters {
        var spam: [Double]
        var know: [Double]
        var strategy: [Double]
    }
    var parameters: Parameters

    /// Per cell: `log A`, `log(A + B)`, and `B / (A + B)`, the chance that a
    /// judgment in the cell was known given that its answer is the truth.
    private var logSpamming: [Double]
    private var logEither: [Double]
    private var knowing: [Double]
    /// Per cell: the expected number of its judgments given knowing.
    private var knownCount: [Double]
    /// `items × k`: class posteriors (rows of items without judgments stay zero).
    let posterior: UnsafeMutablePointer<Double>

    init(_ data: CategoricalJudgments, variational: Bool) {
        self.data = data
        k = data.classCount
        self.variational = variational
        cells = DawidSkeneCells(data)
        var cellWorker = [Int32](repeating: 0, count: cells.count)
        for w in 0..<data.workerCount {
            for c in Int(cells.start[w])..<Int(cells.start[w + 1]) { cellWorker[c] = Int32(w) }
        }
        self.cellWorker = cellWorker
        var cellJudgments = [Double](repeating: 0, count: cells.count)
        for c in cells.ofJudgment { cellJudgments[Int(c)] += 1 }
        self.cellJudgments = cellJudgments
        var workerJudgments = [Double](repeating: 0, count: data.workerCount)
        for w in data.worker { workerJudgments[Int(w)] += 1 }
        self.workerJudgments = workerJudgments
        parameters = Parameters(spam: [Double](repeating: 0.5, count: data.workerCount),
                                know: [Double](repeating: 0.5, count: data.workerCount),
                                strategy: [Double](repeating: 1 / Double(k), count: cells.count))
        logSpamming = [Double](repeating: 0, count: cells.count)
        logEither = logSpamming
        knowing = logSpamming
        knownCount = logSpamming
        posterior = .allocate(capacity: max(data.itemCount * k, 1))
        posterior.initialize(repeating: 0, count: max(data.itemCount * k, 1))
    }

    deinit { posterior.deallocate() }

    // MARK: - Start

    /// A random start, the same for the same `restart` and worker: the
    /// (spam, know) pair and the strategy over all `k` answers each drawn
    /// uniformly in `[1, 1 + noise]` and normalised.
    func start(restart: Int, noise: Double) {
        for w in 0..<data.workerCount {
            var state = SplitMix.mix(UInt64(restart) &* 0xD1B5_4A32_D192_ED03 ^ UInt64(w))
            func draw() -> Double {
                state = SplitMix.mix(state)
                return 1 + noise * Double(state >> 11) * 0x1p-53
            }
            let spam = draw(), know = draw()
            parameters.spam[w] = spam / (spam + know)
            parameters.know[w] = know / (spam + know)
            // The strategy's normaliser needs every answer; only those given are kept.
            let mine = Int(cells.start[w])..<Int(cells.start[w + 1])
            var total = 0.0, next = mine.lowerBound
            for a in 0..<k {
                let value = draw()
                total += value
                if next < mine.upperBound, Int(cells.answer[next]) == a {
                    parameters.strategy[next] = value
                    next += 1
                }
            }
            for c in mine { parameters.strategy[c] /= total }
        }
    }

    // MARK: - E-step

    /// Class posteriors (uniform class priors) and the expected counts of the
    /// next M-step; returns the log marginal likelihood of the answers.
    func eStep() -> Double {
        for c in 0..<cells.count {
            let w = Int(cellWorker[c])
            let a = parameters.spam[w] * parameters.strategy[c], b = parameters.know[w]
            logSpamming[c] = log(a)
            logEither[c] = log(a + b)
            knowing[c] = b / (a + b)
            knownCount[c] = 0
        }
        let logPrior = -log(Double(k))
        var total = 0.0
        data.start.withUnsafeBufferPointer { start in
            data.label.withUnsafeBufferPointer { label in
                cells.ofJudgment.withUnsafeBufferPointer { cell in
                    logSpamming.withUnsafeBufferPointer { logSpamming in
                        logEither.withUnsafeBufferPointer { logEither in
                            knowing.withUnsafeBufferPointer { knowing in
                                knownCount.withUnsafeMutableBufferPointer { knownCount in
                                    for i in 0..<data.itemCount {
                                        let lo = Int(start[i]), hi = Int(start[i + 1])
                                        guard hi > lo else { continue }
                                        let row = posterior + i * k
                                        for c in 0..<k { row[c] = 0 }
                                        var base = logPrior
                                        for j in lo..<hi {
                                            let c = Int(cell[j])
                                            base += logSpamming[c]
                                            row[Int(label[j])] += logEither[c] - logSpamming[c]
                                        }
                                        total += base + LogSumExp.normalise(row, k)
                                        for j in lo..<hi {
                                            let c = Int(cell[j])
                                            knownCount[c] += row[Int(label[j])] * knowing[c]
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return total
    }

    // MARK: - M-step

    /// New parameters from the expected counts: smoothed normalisation
    /// (`em`), or variational Bayes with Beta(`spamPrior`, `knowPrior`) on
    /// (spam, know) and a symmetric Dirichlet(`strategyPrior`) on the strategy.
    func mStep(smoothing: Double, spamPrior: Double, knowPrior: Double, strategyPrior: Double) {
        for w in 0..<data.workerCount {
            let mine = Int(cells.start[w])..<Int(cells.start[w + 1])
            guard !mine.isEmpty else { continue }
            var known = 0.0
            for c in mine { known += knownCount[c] }
            let n = workerJudgments[w], spammed = n - known
            if variational {
                let norm = Self.digamma(n + spamPrior + knowPrior)
                parameters.spam[w] = exp(Self.digamma(spammed + spamPrior) - norm)
                parameters.know[w] = exp(Self.digamma(known + knowPrior) - norm)
                let strategyNorm = Self.digamma(spammed + strategyPrior * Double(k))
                for c in mine {
                    parameters.strategy[c] = exp(Self.digamma(cellJudgments[c] - knownCount[c] + strategyPrior) - strategyNorm)
                }
            } else {
                parameters.spam[w] = (spammed + smoothing) / (n + 2 * smoothing)
                parameters.know[w] = (known + smoothing) / (n + 2 * smoothing)
                for c in mine {
                    parameters.strategy[c] = (cellJudgments[c] - knownCount[c] + smoothing) / (spammed + Double(k) * smoothing)
                }
            }
        }
    }

    /// Each worker's competence, the chance of knowing: the posterior mean
    /// `(E[known] + knowPrior) / (n + spamPrior + knowPrior)` (variational), or
    /// the smoothed estimate (`em`); NaN for workers without judgments here.
    func competence(smoothing: Double, spamPrior: Double, knowPrior: Double) -> [Double] {
        (0..<data.workerCount).map { w in
            let mine = Int(cells.start[w])..<Int(cells.start[w + 1])
            guard !mine.isEmpty else { return .nan }
            var known = 0.0
            for c in mine { known += knownCount[c] }
            let n = workerJudgments[w]
            return variational ? (known + knowPrior) / (n + spamPrior + knowPrior)
                               : (known + smoothing) / (n + 2 * smoothing)
        }
    }

    /// The digamma function `ψ(x)` for `x > 0`: the recurrence
    /// `ψ(x) = ψ(x + 1) − 1/x` up to 10, then the asymptotic series (error below 1e-12).
    static func digamma(_ x: Double) -> Double {
        var x = x, shift = 0.0
        while x < 10 {
            shift -= 1 / x
            x += 1
        }
        let inv = 1 / x, inv2 = inv * inv
        let series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 / 132))))
        return shift + log(x) - 0.5 * inv - series
    }
}
