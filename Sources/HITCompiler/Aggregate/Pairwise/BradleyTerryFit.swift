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
/// every strength from the previous ones). Stops when no score moves by more
/// than `tolerance` or after `maxIterations`.
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
    func fit(games: [Double], winsA: [Double], start: [Double]? = nil,
             maxIterations: Int, tolerance: Double) -> (scores: [Double], iterations: Int, converged: Bool) {
        let n = objectCount
        let prior = Self.priorGames
        var wins = [Double](repeating: prior / 2, count: n)
        for p in pairA.indices {
            wins[Int(pairA[p])] += winsA[p]
            wins[Int(pairB[p])] += games[p] - winsA[p]
        }
        var strength = start.map { $0.map { Foundation.exp($0) } } ?? [Double](repeating: 1, count: n)
        var denominator = [Double](repeating: 0, count: n)
        var iterations = 0
        var converged = false
        while iterations < maxIterations {
            iterations += 1
            for i in 0..<n { denominator[i] = prior / (strength[i] + 1) }
            for p in pairA.indices where games[p] > 0 {
                let (a, b) = (Int(pairA[p]), Int(pairB[p]))
                let x = games[p] / (strength[a] + strength[b])
                denominator[a] += x
                denominator[b] += x
            }
            var moved = 0.0
            for i in 0..<n {
                let next = wins[i] / denominator[i]
                moved = max(moved, abs(Foundation.log(next / strength[i])))
                strength[i] = next
            }
            if moved < tolerance { converged = true; break }
        }
        return (strength.map { Foundation.log($0) }, iterations, converged)
    }

    /// The fit of `data` with every comparison counted once.
    static func run(_ data: PairwiseComparisons, maxIterations: Int, tolerance: Double) -> PairwiseFit {
        let model = BradleyTerryFit(data)
        let (games, winsA) = model.pairTotals(data)
        let fit = model.fit(games: games, winsA: winsA, maxIterations: maxIterations, tolerance: tolerance)
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
