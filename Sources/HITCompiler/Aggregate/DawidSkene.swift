import Foundation

/// Dawid and Skene's (1979) model: every item has a hidden true class, every
/// worker a confusion matrix (the chance of answering `l` when the truth is
/// `k`); expectation-maximisation finds both.
///
/// - **Start**: each item's class posterior is its vote fractions (majority vote
///   as probabilities).
/// - **M-step**: class priors and confusion matrices from the posteriors, each
///   count plus `smoothing` (a symmetric Dirichlet pseudo-count, default 0.01,
///   so an answer a worker never gave keeps a small non-zero probability;
///   values below 1e-12 are raised to it).
/// - **E-step**: posteriors from priors and confusion matrices (in logs, scaled
///   by the largest term), which also gives the log-likelihood of the answers,
///   `Σ_items log Σ_k prior_k Π_judgments θ_worker[k][answer]`.
/// - **Stop** when an iteration improves that log-likelihood by less than
///   `tolerance` times its size (relative, default 1e-7), or after
///   `maxIterations` (default 500) iterations, reported as not converged.
///
/// The label is the class of highest posterior (ties to the first option); the
/// confidence is that posterior.
public struct DawidSkene: Sendable {
    public var maxIterations: Int
    public var tolerance: Double
    public var smoothing: Double

    /// A model with the documented defaults unless given.
    public init(maxIterations: Int = 500, tolerance: Double = 1e-7, smoothing: Double = 0.01) {
        self.maxIterations = max(1, maxIterations)
        self.tolerance = tolerance
        // A pseudo-count of zero would give log(0) for an answer never given.
        self.smoothing = max(smoothing, 1e-12)
    }

    /// What a run found.
    public struct Result: Sendable {
        public var labels: CategoricalLabels
        /// Posterior class probabilities, `itemCount × classCount`, row by row.
        public var posteriors: [Double]
        public var priors: [Double]
        /// EM iterations run (E-steps after the start).
        public var iterations: Int
        public var converged: Bool
        /// The log-likelihood after each iteration.
        public var logLikelihoods: [Double]
    }

    /// Fits the model and labels every item.
    ///
    /// Rows of the posteriors and confusion matrices are stored `stride` wide:
    /// four (zero-padded) up to four classes, so the inner loops add four
    /// classes at a time with `SIMD4` (lane by lane, the same sums in the same
    /// order as one class at a time: the results do not change).
    public func run(_ data: CategoricalJudgments) -> Result {
        let k = data.classCount
        let items = data.itemCount
        let workers = data.workerCount
        guard k > 0 else {
            return Result(labels: CategoricalLabels(label: [Int32](repeating: -1, count: items),
                                                    confidence: [Double](repeating: 0, count: items),
                                                    tied: [Bool](repeating: false, count: items)),
                          posteriors: [], priors: [], iterations: 0, converged: true, logLikelihoods: [])
        }
        let stride = k <= 4 ? 4 : k
        var posterior = [Double](repeating: 0, count: items * stride)
        var priors = [Double](repeating: 1 / Double(k), count: k)
        var history: [Double] = []
        var converged = false
        // Start from vote fractions.
        data.start.withUnsafeBufferPointer { start in
            data.label.withUnsafeBufferPointer { label in
                for i in 0..<items {
                    let lo = Int(start[i]), hi = Int(start[i + 1])
                    guard hi > lo else { continue }
                    let share = 1 / Double(hi - lo)
                    for j in lo..<hi { posterior[i * stride + Int(label[j])] += share }
                }
            }
        }
        var logConfusion = [Double](repeating: 0, count: workers * k * stride)
        var counts = [Double](repeating: 0, count: workers * k * stride)
        var logPriors = [Double](repeating: 0, count: stride)
        var iterations = 0
        while iterations < maxIterations {
            iterations += 1
            mStep(data, stride, posterior, &counts, &logConfusion, &priors, &logPriors)
            let ll = eStep(data, stride, &posterior, logConfusion, logPriors)
            if let previous = history.last, ll - previous <= tolerance * abs(previous) {
                history.append(ll)
                converged = true
                break
            }
            history.append(ll)
        }
        var labels = [Int32](repeating: -1, count: items)
        var confidence = [Double](repeating: 0, count: items)
        var tied = [Bool](repeating: false, count: items)
        for i in 0..<items where data.judgments(of: i) > 0 {
            let row = i * stride
            var best = 0
            for c in 1..<k where posterior[row + c] > posterior[row + best] { best = c }
            labels[i] = Int32(best)
            confidence[i] = posterior[row + best]
            for c in 0..<k where c != best && posterior[row + c] == posterior[row + best] { tied[i] = true }
        }
        if stride != k {
            posterior = (0..<items * k).map { posterior[$0 / k * stride + $0 % k] }
        }
        return Result(labels: CategoricalLabels(label: labels, confidence: confidence, tied: tied),
                      posteriors: posterior, priors: priors, iterations: iterations, converged: converged,
                      logLikelihoods: history)
    }

    /// `target[0 ..< k] += source[0 ..< k]`, four at a time when `stride` is 4.
    @inline(__always)
    private static func add(_ target: UnsafeMutablePointer<Double>, _ source: UnsafePointer<Double>, _ k: Int, _ stride: Int) {
        if stride == 4 {
            let sum = UnsafeRawPointer(target).loadUnaligned(as: SIMD4<Double>.self)
                + UnsafeRawPointer(source).loadUnaligned(as: SIMD4<Double>.self)
            UnsafeMutableRawPointer(target).storeBytes(of: sum, as: SIMD4<Double>.self)
        } else {
            for c in 0..<k { target[c] += source[c] }
        }
    }

    /// Priors and log confusion matrices (`[worker][answer][truth]`) from the posteriors.
    private func mStep(_ data: CategoricalJudgments, _ stride: Int, _ posterior: [Double], _ counts: inout [Double],
                       _ logConfusion: inout [Double], _ priors: inout [Double], _ logPriors: inout [Double]) {
        let k = data.classCount
        let kk = k * stride
        var classTotals = [Double](repeating: 0, count: stride)
        for c in 0..<k { classTotals[c] = smoothing }
        counts.withUnsafeMutableBufferPointer { counts in
            for c in counts.indices { counts[c] = c % stride < k ? smoothing : 0 }
            posterior.withUnsafeBufferPointer { post in
                data.start.withUnsafeBufferPointer { start in
                    data.label.withUnsafeBufferPointer { label in
                        data.worker.withUnsafeBufferPointer { worker in
                            classTotals.withUnsafeMutableBufferPointer { totals in
                                let counts = counts.baseAddress!, post = post.baseAddress!, totals = totals.baseAddress!
                                for i in 0..<data.itemCount {
                                    let lo = Int(start[i]), hi = Int(start[i + 1])
                                    guard hi > lo else { continue }
                                    let row = post + i * stride
                                    Self.add(totals, row, k, stride)
                                    for j in lo..<hi {
                                        Self.add(counts + Int(worker[j]) * kk + Int(label[j]) * stride, row, k, stride)
                                    }
                                }
                            }
                        }
                    }
                }
            }
            // Normalise each worker's column (truth c) over the answers l.
            logConfusion.withUnsafeMutableBufferPointer { logConfusion in
                var column = [Double](repeating: 0, count: k)
                for w in 0..<data.workerCount {
                    let base = w * kk
                    for c in 0..<k { column[c] = 0 }
                    for l in 0..<k {
                        for c in 0..<k { column[c] += counts[base + l * stride + c] }
                    }
                    for c in 0..<k { column[c] = log(column[c]) }
                    for l in 0..<k {
                        for c in 0..<k { logConfusion[base + l * stride + c] = log(counts[base + l * stride + c]) - column[c] }
                    }
                }
            }
        }
        let total = classTotals[0..<k].reduce(0, +)
        for c in 0..<k {
            priors[c] = classTotals[c] / total
            logPriors[c] = log(priors[c])
        }
    }

    /// Posteriors from priors and confusion matrices; returns the log-likelihood.
    private func eStep(_ data: CategoricalJudgments, _ stride: Int, _ posterior: inout [Double], _ logConfusion: [Double],
                       _ logPriors: [Double]) -> Double {
        let k = data.classCount
        let kk = k * stride
        var ll = 0.0
        var acc = [Double](repeating: 0, count: stride)
        posterior.withUnsafeMutableBufferPointer { post in
            logConfusion.withUnsafeBufferPointer { conf in
                data.start.withUnsafeBufferPointer { start in
                    data.label.withUnsafeBufferPointer { label in
                        data.worker.withUnsafeBufferPointer { worker in
                            logPriors.withUnsafeBufferPointer { logPriors in
                                acc.withUnsafeMutableBufferPointer { acc in
                                    let acc = acc.baseAddress!, conf = conf.baseAddress!
                                    for i in 0..<data.itemCount {
                                        let lo = Int(start[i]), hi = Int(start[i + 1])
                                        guard hi > lo else { continue }
                                        for c in 0..<stride { acc[c] = logPriors[c] }
                                        for j in lo..<hi {
                                            Self.add(acc, conf + Int(worker[j]) * kk + Int(label[j]) * stride, k, stride)
                                        }
                                        var top = acc[0]
                                        for c in 1..<k where acc[c] > top { top = acc[c] }
                                        var sum = 0.0
                                        for c in 0..<k {
                                            // exp(0) is exactly 1: the top class needs no call.
                                            let e = acc[c] == top ? 1 : exp(acc[c] - top)
                                            acc[c] = e
                                            sum += e
                                        }
                                        let row = i * stride
                                        for c in 0..<k { post[row + c] = acc[c] / sum }
                                        ll += top + log(sum)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return ll
    }
}
