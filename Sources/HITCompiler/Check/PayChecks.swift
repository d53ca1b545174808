/// Money: the targets take the reward, currencies agree, and the fair-pay lint
/// (reward / estimated time ≥ minimum wage).
enum PayChecks {
    static func run(_ ctx: inout CheckContext) {
        if let reward = ctx.spec.hit.reward {
            for target in TargetRegistry.present(in: ctx.spec) { target.target.checkReward(reward, target.settings, &ctx) }
        }
        guard let reward = ctx.spec.hit.reward, let wage = ctx.spec.communication?.minHourlyWage,
              let seconds = ctx.spec.hit.estimatedSeconds?.value else { return }
        guard wage.value.currency == reward.value.currency else {
            ctx.report(.currencyMismatch,
                       "'min_hourly_wage' is in \(wage.value.currency) but 'reward' is in \(reward.value.currency); the fair-pay check needs one currency",
                       wage.range, notes: [DiagnosticNote("the reward is here", range: reward.range)])
            return
        }
        let hourly = Double(reward.value.micros) / 1_000_000 * 3600 / Double(seconds)
        if hourly + 1e-9 < wage.value.amount {
            let needed = (wage.value.amount * Double(seconds) / 3600 * 100).rounded(.up) / 100
            ctx.report(.belowMinimumWage,
                       "a reward of \(reward.value) for \(seconds) s pays \(String(NumberText.twoDecimals(hourly))) \(reward.value.currency)/hour, below 'min_hourly_wage' \(wage.value)",
                       reward.range, notes: [DiagnosticNote("pay at least \(NumberText.twoDecimals(needed)) \(reward.value.currency), or lower 'estimated_seconds' if it is too high")])
        }
    }
}
