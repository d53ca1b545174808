/// `targets.ground_truth` with its defaults applied (what the labeling-job
/// request reads); values left out that only the team's AWS account can give
/// stay nil and become placeholders (`GroundTruthLabelingJob.placeholder`).
struct CheckedGroundTruth: Sendable {
    /// `workforce`: private by default.
    let workforce: GroundTruthWorkforce
    /// `workteam_arn`, or for the public workforce the ARN made from `region`.
    let workteamARN: String?
    let roleARN: String?
    /// `s3_prefix` without a trailing `/`.
    let s3Prefix: String?
    let preAnnotationLambdaARN: String?
    let postAnnotationLambdaARN: String?
    /// `task_time_limit`: 1 hour by default.
    let taskTimeLimitSeconds: Int
    /// `task_availability`; nil leaves Ground Truth's default.
    let taskAvailabilitySeconds: Int?
    let maxConcurrentTasks: Int?
    /// `job_name`; nil means the spec id (`GroundTruthLabelingJob.jobName`).
    let jobName: String?
    /// `label_attribute_name`; nil means the job name.
    let labelAttributeName: String?

    /// `task_time_limit`'s default.
    static let defaultTaskTimeLimitSeconds = 3600

    /// The public workforce's work team in `region` (Ground Truth's documentation:
    /// `arn:aws:sagemaker:<region>:394669845002:workteam/public-crowd/default`).
    static func publicWorkteamARN(region: String) -> String {
        "arn:aws:sagemaker:\(region):394669845002:workteam/public-crowd/default"
    }

    init(_ s: GroundTruthSettings) {
        workforce = s.workforce?.value ?? .private
        if let arn = s.workteamARN?.value {
            workteamARN = arn
        } else if workforce == .public, let region = s.region?.value {
            workteamARN = Self.publicWorkteamARN(region: region)
        } else {
            workteamARN = nil
        }
        roleARN = s.roleARN?.value
        s3Prefix = s.s3Prefix.map { String($0.value.reversed().drop { $0 == "/" }.reversed()) }
        preAnnotationLambdaARN = s.preAnnotationLambdaARN?.value
        postAnnotationLambdaARN = s.postAnnotationLambdaARN?.value
        taskTimeLimitSeconds = s.taskTimeLimit?.value.seconds ?? Self.defaultTaskTimeLimitSeconds
        taskAvailabilitySeconds = s.taskAvailability?.value.seconds
        maxConcurrentTasks = s.maxConcurrentTasks?.value
        jobName = s.jobName?.value
        labelAttributeName = s.labelAttributeName?.value
    }
}
