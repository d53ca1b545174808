/// `zero_based_skill` (as Crowd-Kit's `ZeroBasedSkill`): a majority vote
/// weighted by skills that every worker starts with equal, `1 / classes + eps`
/// (`classes`: the classes answered at least once), and that move, after each
/// vote, a step of the learning rate towards the share of the worker's
/// judgments equal to the vote's labels:
/// `skill += rate × (share − skill)`.
///
/// The rate starts at `rateStart` (1) and is multiplied by `rateFactor` (0.5)
/// at every `rateSteps`-th (20th) iteration. It runs `iterationLimit` (100)
/// iterations, fewer when `--max-iterations` is lower, and stops early once
/// every skill moves by less than `--tolerance` in an iteration (converged;
/// with the labels unchanged the skills are then fixed, so the labels are the
/// ones the remaining iterations would give). `--tolerance 0` runs them all,
/// as Crowd-Kit does; `--iterations N` runs exactly N (even above 100; the
/// rate keeps halving every 20th), `converged` saying whether the rule was
/// met on the way. The labels are the vote weighted by the last skills; ties
/// as in `MajorityVote`. `workers.csv` gets the skill.
///
/// As an EM-like chain: the start is the equal skills and their vote; an
/// iteration is the skill step from the current vote (the M-step) then the
/// vote weighted by the new skills (the E-step); the labels are the last vote.
enum ZeroBasedSkill: CategoricalMethod {
    static let name = Quality.AggregationRule.Method.zero_based_skill
    static let workerFigure: String? = "skill"

    /// Crowd-Kit 1.4.2's defaults: `n_iter`, `lr_init`, `lr_steps_to_reduce`, `lr_reduce_factor`, `eps`.
    static let iterationLimit = 100
    static let rateStart = 1.0
    static let rateSteps = 20
    static let rateFactor = 0.5
    static let eps = 1e-5

    static func run(_ data: CategoricalJudgments, _ context: MethodContext) -> MethodFit {
        var used = [Bool](repeating: false, count: max(data.classCount, 1))
        for l in data.label { used[Int(l)] = true }
        var answered = [Bool](repeating: false, count: data.workerCount)
        for w in data.worker { answered[Int(w)] = true }
        var skill = [Double](repeating: 1 / Double(max(used.filter { $0 }.count, 1)) + eps, count: data.workerCount)
        let limit = context.iterations.fixedIterations ?? min(iterationLimit, context.iterations.maxIterations)
        var rate = rateStart
        var iterations = 0
        var converged = false
        while iterations < limit {
            iterations += 1
            if iterations % rateSteps == 0 { rate *= rateFactor }
            let labels = MajorityVote.run(data, weights: skill, ties: context.ties).label
            let (agree, seen) = LabelAgreement.counts(data, labels: labels)
            var moved = 0.0
            for w in skill.indices where seen[w] > 0 {
                let step = rate * (Double(agree[w]) / Double(seen[w]) - skill[w])
                skill[w] += step
                moved = max(moved, abs(step))
            }
            if moved < context.iterations.tolerance {
                converged = true
                if context.iterations.stopsWhenSettled { break }
            }
        }
        let labels = MajorityVote.run(data, weights: skill, ties: context.ties)
        let figure = skill.indices.map { answered[$0] ? skill[$0] : .nan }
        return MethodFit(labels: labels, iterations: iterations, converged: converged, workerFigure: figure)
    }
}
