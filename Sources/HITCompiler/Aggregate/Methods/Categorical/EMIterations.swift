/// The two steps of an expectation-maximisation fit started by its owner.
protocol EMSteps {
    /// Parameters from the current counts.
    func mStep()
    /// Posteriors from the parameters (and the next counts); returns the log-likelihood.
    func eStep() -> Double
}

/// The iterations of an EM fit and their stopping rule, the same for every
/// EM method. An **iteration** is one M-step then one E-step after the start
/// (the start gives the first posteriors). The fit stops when an iteration
/// improves the log-likelihood by less than `tolerance` times its size
/// (relative; converged), or when `maxIterations` ran (not converged).
/// With `fixedIterations` (`--iterations N`) it runs exactly N iterations:
/// the rule is not applied, only reported (`converged`: it was met at some
/// iteration up to N, so a run without `--iterations` would have stopped by then).
struct EMIterations {
    /// Iterations run (E-steps after the start).
    var count = 0
    /// True when the log-likelihood settled (before `maxIterations`; by the last of the fixed iterations).
    var converged = false
    /// The log-likelihood after each iteration.
    var logLikelihoods: [Double] = []

    /// Runs `steps` (already started) with `model`'s limits.
    init(_ steps: some EMSteps, _ model: DawidSkene) {
        while count < model.iterationLimit {
            count += 1
            steps.mStep()
            let ll = steps.eStep()
            let settled = logLikelihoods.last.map { ll - $0 <= model.tolerance * abs($0) } ?? false
            logLikelihoods.append(ll)
            if settled {
                converged = true
                if model.stopsWhenSettled { break }
            }
        }
    }
}
