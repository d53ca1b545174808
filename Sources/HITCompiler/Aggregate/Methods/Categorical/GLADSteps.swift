import Foundation

/// The buffers and steps of one GLAD fit (see `GLAD`), in flat buffers with
/// no allocation per item or judgment.
///
/// A judgment `j` of worker `w` on item `i` has the logit `x = α_w · β_i`
/// (`β_i = exp(b_i)`); it is right with probability `σ(x)` and each wrong
/// class has `(1 − σ(x)) / (K − 1)`. In logs, an answer for class `c` adds
/// `x − softplus(x)` when `c` is the answer and `−softplus(x) − log(K − 1)`
/// otherwise: every class gets the second term, the answered class
/// `x + log(K − 1)` more, so an E-step costs one `softplus` per judgment.
final class GLADSteps {
    let data: CategoricalJudgments
    let k: Int
    let priorAbility: Double
    let priorLogBeta: Double
    /// Worker abilities `α`, by worker; item log-inverse-difficulties `b = log β`, by item.
    private(set) var alpha: [Double]
    private(set) var logBeta: [Double]
    /// `items × k`: class posteriors (rows of items without judgments stay zero).
    let posterior: UnsafeMutablePointer<Double>
    /// Per worker: the gradient and curvature of the M-step objective in `α`.
    private var gradient: [Double]
    private var curvature: [Double]
    /// `log(K − 1)`: the share of each wrong class.
    private let logWrong: Double

    init(_ data: CategoricalJudgments, priorAbility: Double, priorLogBeta: Double) {
        self.data = data
        k = data.classCount
        self.priorAbility = priorAbility
        self.priorLogBeta = priorLogBeta
        alpha = [Double](repeating: priorAbility, count: data.workerCount)
        logBeta = [Double](repeating: priorLogBeta, count: data.itemCount)
        posterior = .allocate(capacity: max(data.itemCount * k, 1))
        posterior.initialize(repeating: 0, count: max(data.itemCount * k, 1))
        gradient = [Double](repeating: 0, count: data.workerCount)
        curvature = [Double](repeating: 0, count: data.workerCount)
        logWrong = k > 1 ? log(Double(k - 1)) : 0
    }

    deinit { posterior.deallocate() }

    /// `log(1 + exp(x))` without overflow.
    @inline(__always)
    static func softplus(_ x: Double) -> Double {
        max(x, 0) + log1p(exp(-abs(x)))
    }

    /// `1 / (1 + exp(−x))`.
    @inline(__always)
    static func sigmoid(_ x: Double) -> Double {
        1 / (1 + exp(-x))
    }

    /// `log` of the standard normal density at `z`.
    @inline(__always)
    static func logNormal(_ z: Double) -> Double {
        -0.5 * z * z - 0.918_938_533_204_672_8
    }

    // MARK: - E-step

    /// Class posteriors from the parameters (uniform class priors); returns the
    /// log posterior of the parameters: the log-likelihood of the answers plus
    /// the log densities of the abilities and difficulties under their priors.
    func eStep() -> Double {
        let logPrior = -log(Double(k))
        var total = 0.0
        data.start.withUnsafeBufferPointer { start in
            data.worker.withUnsafeBufferPointer { worker in
                data.label.withUnsafeBufferPointer { label in
                    alpha.withUnsafeBufferPointer { alpha in
                        for i in 0..<data.itemCount {
                            let lo = Int(start[i]), hi = Int(start[i + 1])
                            guard hi > lo else { continue }
                            let beta = exp(logBeta[i])
                            let row = posterior + i * k
                            var base = 0.0
                            for c in 0..<k { row[c] = 0 }
                            for j in lo..<hi {
                                let x = alpha[Int(worker[j])] * beta
                                base -= Self.softplus(x)
                                row[Int(label[j])] += x + logWrong
                            }
                            base -= Double(hi - lo) * logWrong
                            total += logPrior + base + LogSumExp.normalise(row, k)
                            total += Self.logNormal(logBeta[i] - priorLogBeta)
                        }
                    }
                }
            }
        }
        for w in 0..<data.workerCount where active[w] { total += Self.logNormal(alpha[w] - priorAbility) }
        return total
    }

    /// Whether each worker has judgments here (only they have a figure and a prior term).
    private(set) lazy var active: [Bool] = {
        var seen = [Bool](repeating: false, count: data.workerCount)
        for w in data.worker { seen[Int(w)] = true }
        return seen
    }()

    // MARK: - M-step

    /// Raises the expected complete log posterior `Q` with `sweeps` rounds of
    /// Newton steps: every `α_w` (items' `b` fixed: `Q` is concave in each),
    /// then every `b_i`. Returns the largest step of the last round.
    @discardableResult
    func mStep(sweeps: Int) -> Double {
        var largest = 0.0
        for _ in 0..<max(sweeps, 1) {
            largest = max(stepAbilities(), stepDifficulties())
            if largest < 1e-6 { break }
        }
        return largest
    }

    /// One Newton step for every ability. With `q` the posterior of the
    /// answered class, `dQ/dx = q − σ(x)` and `d²Q/dx² = −σ(1 − σ)`; `dx/dα = β`;
    /// the prior `N(priorAbility, 1)` adds `−(α − μ)` and `−1`.
    private func stepAbilities() -> Double {
        for w in 0..<data.workerCount {
            gradient[w] = 0
            curvature[w] = 0
        }
        data.start.withUnsafeBufferPointer { start in
            data.worker.withUnsafeBufferPointer { worker in
                data.label.withUnsafeBufferPointer { label in
                    alpha.withUnsafeBufferPointer { alpha in
                        gradient.withUnsafeMutableBufferPointer { gradient in
                            curvature.withUnsafeMutableBufferPointer { curvature in
                                for i in 0..<data.itemCount {
                                    let lo = Int(start[i]), hi = Int(start[i + 1])
                                    guard hi > lo else { continue }
                                    let beta = exp(logBeta[i])
                                    let row = posterior + i * k
                                    for j in lo..<hi {
                                        let w = Int(worker[j])
                                        let s = Self.sigmoid(alpha[w] * beta)
                                        gradient[w] += (row[Int(label[j])] - s) * beta
                                        curvature[w] += s * (1 - s) * beta * beta
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        var largest = 0.0
        for w in 0..<data.workerCount where active[w] {
            let g = gradient[w] - (alpha[w] - priorAbility)
            let step = Self.clamp(g / (curvature[w] + 1))
            alpha[w] += step
            largest = max(largest, abs(step))
        }
        return largest
    }

    /// One Newton step for every item's `b` (`dx/db = x`, `d²x/db² = x`): the
    /// curvature used is `Σ σ(1 − σ)x² + 1` plus the second-order term
    /// `−Σ (q − σ)x` where it is positive, never less than the true one, so the
    /// step is an ascent step; steps are clamped to ±1.
    private func stepDifficulties() -> Double {
        var largest = 0.0
        data.start.withUnsafeBufferPointer { start in
            data.worker.withUnsafeBufferPointer { worker in
                data.label.withUnsafeBufferPointer { label in
                    alpha.withUnsafeBufferPointer { alpha in
                        for i in 0..<data.itemCount {
                            let lo = Int(start[i]), hi = Int(start[i + 1])
                            guard hi > lo else { continue }
                            let beta = exp(logBeta[i])
                            let row = posterior + i * k
                            var g = -(logBeta[i] - priorLogBeta), fisher = 1.0, second = 0.0
                            for j in lo..<hi {
                                let x = alpha[Int(worker[j])] * beta
                                let s = Self.sigmoid(x)
                                let r = (row[Int(label[j])] - s) * x
                                g += r
                                fisher += s * (1 - s) * x * x
                                second -= r
                            }
                            let step = Self.clamp(g / (fisher + max(second, 0)))
                            logBeta[i] += step
                            largest = max(largest, abs(step))
                        }
                    }
                }
            }
        }
        return largest
    }

    /// A Newton step kept within ±1.
    @inline(__always)
    private static func clamp(_ step: Double) -> Double {
        step.isNaN ? 0 : min(max(step, -1), 1)
    }

    /// The abilities, NaN for workers without judgments here.
    var abilities: [Double] {
        (0..<data.workerCount).map { active[$0] ? alpha[$0] : .nan }
    }
}
