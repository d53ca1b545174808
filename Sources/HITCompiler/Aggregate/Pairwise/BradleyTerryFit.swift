import Foundation

/// The Bradley-Terry model fitted by minorization-maximization (Hunter 2004):
/// object `i` has a strength `p[i] > 0`, and beats `j` with probability
/// `p[i] / (p[i] + p[j])`. Scores are `log p` (the model's logit scale).
///
/// - **Ties** count as half a win for each side (the tie-as-half-win rule,
///   i.e. the Bradley-Terry likelihood with fractional outcomes).
/// - **Prior**: every object also played `priorGames` games against a virtual
///   object of strength 1 and won half of them. This keeps every score finite
///   (an object that only won, or only lost, or sits in a component not linked
///   to the rest) and shrinks thinly compared objects towards the middle; it is
///   the MAP estimate under that prior, and it also fixes the scale (no
///   normalisation step).
/// - **Weights**: a comparison may count with a weight in 0...1 (`noisy_bt`
///   passes its posterior that the worker judged by merit).
///
/// Each iteration is one pass over the distinct compared pairs (Jacobi-style:
/// every strength from the previous ones), accelerated by SQUAREM. Stops when
/// no score moves by more than `tolerance` in an accelerated round of three MM
/// steps, or after `maxIterations` MM steps. With `--iterations N`: exactly N
/// MM steps (accelerated rounds while three or more remain, then plain steps),
/// `converged` saying whether the rule was met on the way.
struct BradleyTerryFit {
    /// Pseudo-games each object played against the virtual average object.
    static let priorGames = 2.0

    /// The distinct pairs (`a < b`) with how much `a` won and how many games they played.
    private(set) var pairA: [Int32] = []
    private(set) var pairB: [Int32] = []
    private var pairOf: [Int64: Int] = [:]
    /// Per judgment: its pair, and whether its left object is the pair's `a`.
    private var judgmentPair: [Int32] = []
    private var leftIsA: [Bool] = []
    let objectCount: Int

    init(_ data: PairwiseComparisons) {
        objectCount = data.objects.count
        judgmentPair.reserveCapacity(data.count)
        leftIsA.reserveCapacity(data.count)
        for k in 0..<data.count {
            let (l, r) = (data.left[k], data.right[k])
            let (a, b) = l < r ? (l, r) : (r, l)
            let key = Int64(a) << 32 | Int64(b)
            let p: Int
            if let found = pairOf[key] {
                p = found
            } else {
                p = pairA.count
                pairOf[key] = p
                pairA.append(a)
                pairB.append(b)
            }
            judgmentPair.append(Int32(p))
            leftIsA.append(l == a)
        }
        pairOf = [:]
    }

    /// Per pair: the games and `a`'s (weighted) wins, ties as half; weights default to 1.
    func pairTotals(_ data: PairwiseComparisons, weights: [Double]? = nil) -> (games: [Double], winsA: [Double]) {
        var games = [Double](repeating: 0, count: pairA.count)
        var winsA = games
        for k in 0..<data.count {
            let w = weights?[k] ?? 1
            let p = Int(judgmentPair[k])
            games[p] += w
            let leftScore: Double = switch data.outcome[k] {
            case .leftWins: 1
            case .rightWins: 0
            case .tie: 0.5
            }
            winsA[p] += w * (leftIsA[k] ? leftScore : 1 - leftScore)
        }
        return (games, winsA)
    }

    /// The log-strengths maximising the posterior, starting from `start` (nil: all 0).
    /// `accelerate`: SQUAREM steps (Varadhan and Roland 2008) around the MM map,
    /// each kept only when it does not lower the posterior; off for the few
    /// plain steps `noisy_bt` takes per EM iteration. `iterations` counts MM
    /// steps. `stops`: false runs all `maxIterations` (`--iterations`).
    func fit(games: [Double], winsA: [Double], start: [Double]? = nil, maxIterations: Int, tolerance: Double,
             accelerate: Bool = true, stops: Bool = true) -> (scores: [Double], iterations: Int, converged: Bool) {
        let n = objectCount
        let prior = Self.priorGames
        var wins = [Double](repeating: prior / 2, count: n)
        for p in pairA.indices {
            wins[Int(pairA[p])] += winsA[p]
            wins[Int(pairB[p])] += games[p] - winsA[p]
        }
        var denominator = [Double](repeating: 0, count: n)
        var strength = [Double](repeating: 1, count: n)
        /// One MM step on log-strengths.
        func step(_ theta: [Double]) -> [Double] {
            for i in 0..<n { strength[i] = Foundation.exp(theta[i]); denominator[i] = prior / (strength[i] + 1) }
            for p in pairA.indices where games[p] > 0 {
                let (a, b) = (Int(pairA[p]), Int(pairB[p]))
                let x = games[p] / (strength[a] + strength[b])
                denominator[a] += x
                denominator[b] += x
            }
            return (0..<n).map { Foundation.log(wins[$0] / denominator[$0]) }
        }
        /// The log-posterior (up to a constant).
        func objective(_ theta: [Double]) -> Double {
            var total = 0.0
            for i in 0..<n { total -= prior * Self.softplus(theta[i]) - prior / 2 * theta[i] }
            for p in pairA.indices where games[p] > 0 {
                let d = theta[Int(pairA[p])] - theta[Int(pairB[p])]
                total -= winsA[p] * Self.softplus(-d) + (games[p] - winsA[p]) * Self.softplus(d)
            }
            return total
        }
        var theta = start ?? [Double](repeating: 0, count: n)
        var iterations = 0
        var converged = false
        while iterations < maxIterations {
            var next: [Double]
            if accelerate && maxIterations - iterations >= 3 {
                let t1 = step(theta), t2 = step(t1)
                iterations += 2
                var rr = 0.0, vv = 0.0
                for i in 0..<n {
                    let r = t1[i] - theta[i], v = t2[i] - 2 * t1[i] + theta[i]
                    rr += r * r
                    vv += v * v
                }
                next = t2
                if vv > 0 {
                    let alpha = min(-1, -(rr / vv).squareRoot())
                    let jumped = (0..<n).map { i in
                        theta[i] - 2 * alpha * (t1[i] - theta[i]) + alpha * alpha * (t2[i] - 2 * t1[i] + theta[i])
                    }
                    let stabilised = step(jumped)
                    iterations += 1
                    if objective(stabilised) >= objective(t2) { next = stabilised }
                }
            } else {
                next = step(theta)
                iterations += 1
            }
            var moved = 0.0
            for i in 0..<n { moved = max(moved, abs(next[i] - theta[i])) }
            theta = next
            if moved < tolerance {
                converged = true
                if stops { break }
            }
        }
        return (theta, iterations, converged)
    }

    /// log(1 + e^x) without overflow.
    static func softplus(_ x: Double) -> Double {
        x > 0 ? x + Foundation.log1p(Foundation.exp(-x)) : Foundation.log1p(Foundation.exp(x))
    }

    /// The fit of `data` with every comparison counted once.
    static func run(_ data: PairwiseComparisons, maxIterations: Int, tolerance: Double, stops: Bool = true) -> PairwiseFit {
        let model = BradleyTerryFit(data)
        let (games, winsA) = model.pairTotals(data)
        let fit = model.fit(games: games, winsA: winsA, maxIterations: maxIterations, tolerance: tolerance, stops: stops)
        return PairwiseFit(scores: fit.scores, iterations: fit.iterations, converged: fit.converged, workerSkill: nil)
    }
}

/// What a pairwise method found: one score per object (higher is better),
/// and for `noisy_bt` each worker's skill (NaN for a worker without comparisons).
struct PairwiseFit: Sendable {
    var scores: [Double]
    var iterations: Int
    var converged: Bool
    var workerSkill: [Double]?
}
