import Foundation

/// Noisy Bradley-Terry (the model of Crowd-Kit's `NoisyBT`, after Bugakova et
/// al. 2019): worker `w` judges by merit with probability `skill[w] = σ(γ_w)`,
/// picking left over right with the Bradley-Terry probability `σ(s_l − s_r)`;
/// otherwise it picks left with its own bias `σ(q_w)`, whatever is shown:
///
///     P(left wins) = σ(γ_w)·σ(s_l − s_r) + (1 − σ(γ_w))·σ(q_w)
///
/// Fitted by generalized EM (the latent variable: judged by merit or not)
/// rather than Crowd-Kit's L-BFGS on the same likelihood:
///
/// - E-step: each judgment's posterior `r` of being judged by merit.
/// - M-step: `skill` and the left-bias in closed form (Beta(2,2)-smoothed
///   shares: `(Σr + 1) / (n + 2)`, and the share of left picks among the
///   judgments not by merit); scores by a few minorization-maximization steps
///   of the Bradley-Terry fit with each comparison weighted by `r`
///   (`BradleyTerryFit`, with its prior, so scores stay finite).
/// - A tie counts as half a left win and half a right win.
///
/// Starts from the plain Bradley-Terry scores, skill 0.8 and no bias; stops when
/// the log-likelihood gains less than `tolerance` (relative), or after
/// `maxIterations`; with `fixedIterations` (`--iterations N`) after exactly N
/// EM iterations (the plain fit of the start keeps its own rule).
enum NoisyBradleyTerryFit {
    /// MM steps on the scores per EM iteration.
    static let scoreSteps = 3
    static let startSkill = 0.8

    static func run(_ data: PairwiseComparisons, maxIterations: Int, tolerance: Double,
                    fixedIterations: Int? = nil) -> PairwiseFit {
        let model = BradleyTerryFit(data)
        let plain = model.pairTotals(data)
        var scores = model.fit(games: plain.games, winsA: plain.winsA, maxIterations: maxIterations, tolerance: tolerance).scores
        let workers = data.workerCount
        var skill = [Double](repeating: startSkill, count: workers)
        var leftBias = [Double](repeating: 0.5, count: workers)
        var weight = [Double](repeating: 1, count: data.count)
        var merit = [Double](repeating: 0, count: workers), judged = merit
        var leftNoise = merit, noise = merit
        var previous = -Double.infinity
        var iterations = 0
        var converged = false
        let (left, right, worker, outcome) = (data.left, data.right, data.worker, data.outcome)
        while iterations < (fixedIterations ?? maxIterations) {
            iterations += 1
            // E-step, with the sums the M-step needs.
            for w in 0..<workers { merit[w] = 0; judged[w] = 0; leftNoise[w] = 0; noise[w] = 0 }
            var logLikelihood = 0.0
            for k in 0..<data.count {
                let w = Int(worker[k])
                let pLeft = 1 / (1 + Foundation.exp(scores[Int(right[k])] - scores[Int(left[k])]))
                let (g, b) = (skill[w], leftBias[w])
                // The shares of the judgment that picked left and right (a tie: half each).
                let leftShare: Double = switch outcome[k] {
                case .leftWins: 1
                case .rightWins: 0
                case .tie: 0.5
                }
                var r = 0.0
                for side in 0..<2 {
                    let picked = side == 0
                    let share = picked ? leftShare : 1 - leftShare
                    guard share > 0 else { continue }
                    let byMerit = g * (picked ? pLeft : 1 - pLeft)
                    let byNoise = (1 - g) * (picked ? b : 1 - b)
                    let total = max(byMerit + byNoise, .leastNormalMagnitude)
                    let rk = byMerit / total
                    logLikelihood += share * Foundation.log(total)
                    r += share * rk
                    noise[w] += share * (1 - rk)
                    if picked { leftNoise[w] += share * (1 - rk) }
                }
                weight[k] = r
                merit[w] += r
                judged[w] += 1
            }
            // M-step.
            for w in 0..<workers where judged[w] > 0 {
                skill[w] = (merit[w] + 1) / (judged[w] + 2)
                leftBias[w] = (leftNoise[w] + 1) / (noise[w] + 2)
            }
            let totals = model.pairTotals(data, weights: weight)
            scores = model.fit(games: totals.games, winsA: totals.winsA, start: scores,
                               maxIterations: scoreSteps, tolerance: 0, accelerate: false).scores
            if abs(logLikelihood - previous) <= tolerance * max(1, abs(logLikelihood)) {
                converged = true
                if fixedIterations == nil { break }
            }
            previous = logLikelihood
        }
        let figure = (0..<workers).map { judged[$0] > 0 ? skill[$0] : .nan }
        return PairwiseFit(scores: scores, iterations: iterations, converged: converged, workerSkill: figure)
    }
}
