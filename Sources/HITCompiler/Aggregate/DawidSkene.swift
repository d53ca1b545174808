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
    public func run(_ data: CategoricalJudgments) -> Result {
        let k = data.classCount
        let items = data.itemCount
        let workers = data.workerCount
        var posterior = [Double](repeating: 0, count: items * k)
        var priors = [Double](repeating: 1 / Double(max(k, 1)), count: k)
        var history: [Double] = []
        var converged = false
        guard k > 0 else {
            return Result(labels: CategoricalLabels(label: [Int32](repeating: -1, count: items),
                                                    confidence: [Double](repeating: 0, count: items),
                                                    tied: [Bool](repeating: false, count: items)),
                          posteriors: [], priors: [], iterations: 0, converged: true, logLikelihoods: [])
        }
        // Start from vote fractions.
        data.start.withUnsafeBufferPointer { start in
            data.label.withUnsafeBufferPointer { label in
                for i in 0..<items {
                    let lo = Int(start[i]), hi = Int(start[i + 1])
                    guard hi > lo else { continue }
                    let share = 1 / Double(hi - lo)
                    for j in lo..<hi { posterior[i * k + Int(label[j])] += share }
                }
            }
        }
        var logConfusion = [Double](repeating: 0, count: workers * k * k)
        var counts = [Double](repeating: 0, count: workers * k * k)
        var logPriors = [Double](repeating: 0, count: k)
        var iterations = 0
        while iterations < maxIterations {
            iterations += 1
            mStep(data, posterior, &counts, &logConfusion, &priors, &logPriors)
            let ll = eStep(data, &posterior, logConfusion, logPriors)
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
            var best = 0
            for c in 1..<k where posterior[i * k + c] > posterior[i * k + best] { best = c }
            labels[i] = Int32(best)
            confidence[i] = posterior[i * k + best]
            for c in 0..<k where c != best && posterior[i * k + c] == posterior[i * k + best] { tied[i] = true }
        }
        return Result(labels: CategoricalLabels(label: labels, confidence: confidence, tied: tied),
                      posteriors: posterior, priors: priors, iterations: iterations, converged: converged,
                      logLikelihoods: history)
    }

    /// Priors and log confusion matrices (`[worker][answer][truth]`) from the posteriors.
    private func mStep(_ data: CategoricalJudgments, _ posterior: [Double], _ counts: inout [Double],
                       _ logConfusion: inout [Double], _ priors: inout [Double], _ logPriors: inout [Double]) {
        let k = data.classCount
        let kk = k * k
        var classTotals = [Double](repeating: smoothing, count: k)
        counts.withUnsafeMutableBufferPointer { counts in
            for c in counts.indices { counts[c] = smoothing }
            posterior.withUnsafeBufferPointer { post in
                data.start.withUnsafeBufferPointer { start in
                    data.label.withUnsafeBufferPointer { label in
                        data.worker.withUnsafeBufferPointer { worker in
                            for i in 0..<data.itemCount {
                                let lo = Int(start[i]), hi = Int(start[i + 1])
                                guard hi > lo else { continue }
                                let row = i * k
                                for c in 0..<k { classTotals[c] += post[row + c] }
                                for j in lo..<hi {
                                    let cell = Int(worker[j]) * kk + Int(label[j]) * k
                                    for c in 0..<k { counts[cell + c] += post[row + c] }
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
                        for c in 0..<k { column[c] += counts[base + l * k + c] }
                    }
                    for c in 0..<k { column[c] = log(column[c]) }
                    for l in 0..<k {
                        for c in 0..<k { logConfusion[base + l * k + c] = log(counts[base + l * k + c]) - column[c] }
                    }
                }
            }
        }
        let total = classTotals.reduce(0, +)
        for c in 0..<k {
            priors[c] = classTotals[c] / total
            logPriors[c] = log(priors[c])
        }
    }

    /// Posteriors from priors and confusion matrices; returns the log-likelihood.
    private func eStep(_ data: CategoricalJudgments, _ posterior: inout [Double], _ logConfusion: [Double],
                       _ logPriors: [Double]) -> Double {
        let k = data.classCount
        let kk = k * k
        var ll = 0.0
        var acc = [Double](repeating: 0, count: k)
        posterior.withUnsafeMutableBufferPointer { post in
            logConfusion.withUnsafeBufferPointer { conf in
                data.start.withUnsafeBufferPointer { start in
                    data.label.withUnsafeBufferPointer { label in
                        data.worker.withUnsafeBufferPointer { worker in
                            acc.withUnsafeMutableBufferPointer { acc in
                                for i in 0..<data.itemCount {
                                    let lo = Int(start[i]), hi = Int(start[i + 1])
                                    guard hi > lo else { continue }
                                    for c in 0..<k { acc[c] = logPriors[c] }
                                    for j in lo..<hi {
                                        let cell = Int(worker[j]) * kk + Int(label[j]) * k
                                        for c in 0..<k { acc[c] += conf[cell + c] }
                                    }
                                    var top = acc[0]
                                    for c in 1..<k where acc[c] > top { top = acc[c] }
                                    var sum = 0.0
                                    for c in 0..<k {
                                        let e = exp(acc[c] - top)
                                        acc[c] = e
                                        sum += e
                                    }
                                    let row = i * k
                                    for c in 0..<k { post[row + c] = acc[c] / sum }
                                    ll += top + log(sum)
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
