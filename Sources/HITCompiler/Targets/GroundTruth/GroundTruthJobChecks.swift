import Foundation

/// What the labeling-job request cannot take (E0216, at the value), checked when
/// `targets.ground_truth` is set; limits from SageMaker's API model and
/// reference (`HumanTaskConfig`):
///
/// - `NumberOfHumanWorkersPerDataObject` 1 to 9: `judgments_per_item` at most 9.
/// - `TaskTitle` at most 128 characters, `TaskDescription` at most 255.
/// - `TaskTimeLimitInSeconds` at least 30, at most 8 hours for a custom workflow.
/// - `TaskAvailabilityLifetimeInSeconds` at least 60; at most 12 hours for the
///   public workforce, 30 days for a private or vendor one.
/// - The public workforce: the reward in USD (E0215) and one of the fixed
///   prices of `GroundTruthPublicPrice`; W0018 for `quality.qualification`,
///   which a labeling job cannot require of it (the request has no member for it).
enum GroundTruthJobChecks {
    static let maxWorkers = 9
    static let maxTitle = 128
    static let maxDescription = 255
    static let taskTimeLimit = 30...(8 * 3600)
    static let publicAvailability = 60...(12 * 3600)
    static let teamAvailability = 60...(30 * 86_400)

    static func reward(_ reward: Located<Money>, _ settings: GroundTruthSettings, _ ctx: inout CheckContext) {
        guard settings.workforce?.value == .public else { return }
        if reward.value.currency != "USD" {
            ctx.report(.platformCurrency, "Ground Truth pays the public workforce in USD, not \(reward.value.currency)", reward.range,
                       notes: [DiagnosticNote("write the reward in USD, use a private or vendor workforce, or drop the ground_truth target")])
        } else if GroundTruthPublicPrice.amount(reward.value) == nil {
            ctx.report(.platformLimit,
                       "Ground Truth pays the public workforce one of fixed prices per task, and \(reward.value) is not one of them",
                       reward.range,
                       notes: [DiagnosticNote("use one of \(GroundTruthPublicPrice.allowedText) USD, or a private or vendor workforce")])
        }
    }

    static func run(_ settings: GroundTruthSettings, _ ctx: inout CheckContext) {
        let spec = ctx.spec
        if settings.workforce?.value == .public, let q = spec.quality?.qualification,
           let range = q.approvalRate?.range ?? q.approvedHits?.range ?? q.locales.first?.range {
            ctx.report(.platformDegrades,
                       "Ground Truth cannot require an approval rate, approved HITs or locales of the public workforce "
                           + "(a labeling job has no qualification requirements), so 'quality.qualification' is not enforced there",
                       range, notes: [DiagnosticNote("use a private or vendor workforce, drop 'quality.qualification', or drop the ground_truth target")])
        }
        if let judgments = spec.quality?.judgmentsPerItem, judgments.value > maxWorkers {
            ctx.report(.platformLimit, "Ground Truth sends a data object to at most \(maxWorkers) workers, not \(judgments.value)",
                       judgments.range, notes: [DiagnosticNote("lower 'judgments_per_item' to \(maxWorkers), or drop the ground_truth target")])
        }
        if let title = spec.title, title.value.utf16.count > maxTitle {
            ctx.report(.platformLimit, "Ground Truth takes a task title of at most \(maxTitle) characters, not \(title.value.utf16.count)",
                       title.range, notes: [DiagnosticNote("shorten the title, or drop the ground_truth target")])
        }
        if let description = spec.description {
            let size = description.value.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.joined(separator: " ").utf16.count
            if size > maxDescription {
                ctx.report(.platformLimit, "Ground Truth takes a task description of at most \(maxDescription) characters, not \(size)",
                           description.range, notes: [DiagnosticNote("shorten the description, or drop the ground_truth target")])
            }
        }
        if let limit = settings.taskTimeLimit, !taskTimeLimit.contains(limit.value.seconds) {
            ctx.report(.platformLimit, "Ground Truth gives a worker from 30s to 8h for a task of a custom workflow, not \(limit.value)",
                       limit.range, notes: [DiagnosticNote("set 'task_time_limit' between 30s and 8h")])
        }
        if let availability = settings.taskAvailability {
            let isPublic = settings.workforce?.value == .public
            let range = isPublic ? publicAvailability : teamAvailability
            if !range.contains(availability.value.seconds) {
                ctx.report(.platformLimit,
                           "Ground Truth keeps a task available from 1m to \(isPublic ? "12h for the public workforce" : "30d"), not \(availability.value)",
                           availability.range, notes: [DiagnosticNote("set 'task_availability' between 1m and \(isPublic ? "12h" : "30d")")])
            }
        }
    }
}
