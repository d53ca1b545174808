/// The two steps of an expectation-maximisation fit started by its owner.
protocol EMSteps {
    /// Parameters from the current counts.
    func mStep()
    /// Posteriors from the parameters (and the next counts); returns the log-likelihood.
    func eStep() -> Double
}

/// The iterations of an EM fit and their stopping rule, the same for every
/// EM method: an M-step then an E-step, until an iteration improves the
/// log-likelihood by less than `tolerance` times its size (relative), or
/// `maxIterations` ran (not converged).
struct EMIterations {
    /// Iterations run (E-steps after the start).
    var count = 0
    /// True when the log-likelihood settled before `maxIterations`.
    var converged = false
    /// The log-likelihood after each iteration.
    var logLikelihoods: [Double] = []

    /// Runs `steps` (already started) with `model`'s limits.
    init(_ steps: some EMSteps, _ model: DawidSkene) {
        while count < model.maxIterations {
            count += 1
            steps.mStep()
            let ll = steps.eStep()
            if let previous = logLikelihoods.last, ll - previous <= model.tolerance * abs(previous) {
                logLikelihoods.append(ll)
                converged = true
                break
            }
            logLikelihoods.append(ll)
        }
    }
}
