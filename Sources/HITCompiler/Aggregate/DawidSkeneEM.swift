import Dispatch
import Foundation

/// The buffers and the two steps of one Dawid-Skene fit (see `DawidSkene`).
/// The E-step (the costlier, with its `exp` and `log`) runs on several
/// threads without changing a bit of the result: they split the items, each
/// item's log-likelihood term is kept, and the terms are summed in item order
/// afterwards. The M-step adds into per-worker counts in item order, on one
/// thread (split by worker, each thread would have to read every judgment).
///
/// Rows of the posteriors and confusion matrices are `stride` wide: four
/// (zero-padded) up to four classes, so the inner loops add four classes at a
/// time with `SIMD4`, lane by lane, the same sums as one class at a time.
final class DawidSkeneEM: @unchecked Sendable {
    let data: CategoricalJudgments
    let k: Int
    let stride: Int
    let smoothing: Double
    /// Threads to split each step over.
    let tasks: Int
    /// `items × stride`: the class posteriors.
    let posterior: UnsafeMutablePointer<Double>
    /// `workers × k × stride`: counts, then `[worker][answer][truth]` log probabilities.
    private let counts: UnsafeMutablePointer<Double>
    private let logConfusion: UnsafeMutablePointer<Double>
    private let logPriors: UnsafeMutablePointer<Double>
    private let classTotals: UnsafeMutablePointer<Double>
    /// Each item's term of the log-likelihood.
    private let terms: UnsafeMutablePointer<Double>
    private(set) var priors: [Double]

    /// `tasks` nil: one per core, for data large enough to be worth it.
    init(_ data: CategoricalJudgments, smoothing: Double, tasks: Int? = nil) {
        self.data = data
        k = data.classCount
        stride = k <= 4 ? 4 : k
        self.smoothing = smoothing
        self.tasks = max(1, tasks ?? min(ProcessInfo.processInfo.activeProcessorCount, data.count / 100_000))
        func zeros(_ n: Int) -> UnsafeMutablePointer<Double> {
            let p = UnsafeMutablePointer<Double>.allocate(capacity: max(n, 1))
            p.initialize(repeating: 0, count: max(n, 1))
            return p
        }
        posterior = zeros(data.itemCount * stride)
        counts = zeros(data.workerCount * k * stride)
        logConfusion = zeros(data.workerCount * k * stride)
        logPriors = zeros(stride)
        classTotals = zeros(stride)
        terms = zeros(data.itemCount)
        priors = [Double](repeating: 1 / Double(k), count: k)
    }

    deinit {
        for p in [posterior, counts, logConfusion, logPriors, classTotals, terms] { p.deallocate() }
    }

    /// Posteriors from vote fractions.
    func start() {
        data.start.withUnsafeBufferPointer { start in
            data.label.withUnsafeBufferPointer { label in
                for i in 0..<data.itemCount {
                    let lo = Int(start[i]), hi = Int(start[i + 1])
                    guard hi > lo else { continue }
                    let share = 1 / Double(hi - lo)
                    for j in lo..<hi { posterior[i * stride + Int(label[j])] += share }
                }
            }
        }
    }

    /// `target[0 ..< k] += source[0 ..< k]`, four at a time when `stride` is 4.
    @inline(__always)
    private func add(_ target: UnsafeMutablePointer<Double>, _ source: UnsafePointer<Double>) {
        if stride == 4 {
            let sum = UnsafeRawPointer(target).loadUnaligned(as: SIMD4<Double>.self)
                + UnsafeRawPointer(source).loadUnaligned(as: SIMD4<Double>.self)
            UnsafeMutableRawPointer(target).storeBytes(of: sum, as: SIMD4<Double>.self)
        } else {
            for c in 0..<k { target[c] += source[c] }
        }
    }

    // MARK: - M-step

    /// Priors and log confusion matrices from the posteriors.
    func mStep() {
        countAndNormalise()
        var total = 0.0
        for c in 0..<k { total += classTotals[c] }
        for c in 0..<k {
            priors[c] = classTotals[c] / total
            logPriors[c] = log(priors[c])
        }
    }

    private func countAndNormalise() {
        let workers = data.workerCount
        let kk = k * stride
        for c in 0..<workers * kk { counts[c] = c % stride < k ? smoothing : 0 }
        for c in 0..<stride { classTotals[c] = c < k ? smoothing : 0 }
        data.start.withUnsafeBufferPointer { start in
            data.label.withUnsafeBufferPointer { label in
                data.worker.withUnsafeBufferPointer { worker in
                    for i in 0..<data.itemCount {
                        let lo = Int(start[i]), hi = Int(start[i + 1])
                        guard hi > lo else { continue }
                        let row = posterior + i * stride
                        add(classTotals, row)
                        for j in lo..<hi { add(counts + Int(worker[j]) * kk + Int(label[j]) * stride, row) }
                    }
                }
            }
        }
        // Normalise each worker's column (truth c) over the answers l.
        var column = [Double](repeating: 0, count: k)
        for w in 0..<workers {
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

    // MARK: - E-step

    /// Posteriors from priors and confusion matrices; returns the log-likelihood.
    func eStep() -> Double {
        DispatchQueue.concurrentPerform(iterations: tasks) { t in eStep(task: t) }
        var ll = 0.0
        data.start.withUnsafeBufferPointer { start in
            for i in 0..<data.itemCount where start[i + 1] > start[i] { ll += terms[i] }
        }
        return ll
    }

    private func eStep(task t: Int) {
        let items = data.itemCount
        let kk = k * stride
        let acc = UnsafeMutablePointer<Double>.allocate(capacity: stride)
        defer { acc.deallocate() }
        data.start.withUnsafeBufferPointer { start in
            data.label.withUnsafeBufferPointer { label in
                data.worker.withUnsafeBufferPointer { worker in
                    for i in items * t / tasks..<items * (t + 1) / tasks {
                        let lo = Int(start[i]), hi = Int(start[i + 1])
                        guard hi > lo else { continue }
                        for c in 0..<stride { acc[c] = logPriors[c] }
                        for j in lo..<hi { add(acc, logConfusion + Int(worker[j]) * kk + Int(label[j]) * stride) }
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
                        for c in 0..<k { posterior[row + c] = acc[c] / sum }
                        terms[i] = top + log(sum)
                    }
                }
            }
        }
    }
}
