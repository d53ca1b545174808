/// `targets.ground_truth` as written: what `ground_truth/labeling-job.json` (the
/// CreateLabelingJob request) needs beyond the spec. Every key is optional; a
/// key left out that names something in the team's AWS account (a role, a
/// bucket, a Lambda, a work team) becomes a placeholder in the request
/// (`GroundTruthLabelingJob`), which Ground Truth refuses as a whole.
struct GroundTruthSettings: Sendable {
    var workforce: Located<GroundTruthWorkforce>?
    var workteamARN: Located<String>?
    var region: Located<String>?
    var roleARN: Located<String>?
    var s3Prefix: Located<String>?
    var preAnnotationLambdaARN: Located<String>?
    var postAnnotationLambdaARN: Located<String>?
    var taskTimeLimit: Located<Duration>?
    var taskAvailability: Located<Duration>?
    var maxConcurrentTasks: Located<Int>?
    var jobName: Located<String>?
    var labelAttributeName: Located<String>?
}

/// Who labels: a private work team (the default), a vendor's team from the
/// AWS Marketplace, or the public Amazon Mechanical Turk workforce (which is
/// paid per task, `PublicWorkforceTaskPrice`).
enum GroundTruthWorkforce: String, CaseIterable, Sendable {
    case `private`, vendor, `public`
}

extension GroundTruthSettings {
    /// The keys, in documentation order (the schema's `properties`).
    static var properties: [SpecSchema.Property] {
        let arn = "an ARN; left out, the request holds a placeholder"
        return [
            .init(name: "workforce", type: .words(GroundTruthWorkforce.allCases.map(\.rawValue)), required: false,
                  doc: "Who labels: private (default), vendor or public (Amazon Mechanical Turk, paid the reward per task)."),
            .init(name: "workteam_arn", type: .string, required: false,
                  doc: "WorkteamArn of the private or vendor team (\(arn)); the public workforce's comes from 'region'."),
            .init(name: "region", type: .pattern(GroundTruthPatterns.regionSchema, description: "AWS region, e.g. us-east-1"), required: false,
                  doc: "AWS region of the public workforce's work team ARN."),
            .init(name: "role_arn", type: .string, required: false, doc: "RoleArn Ground Truth assumes (\(arn))."),
            .init(name: "s3_prefix", type: .pattern(#"^s3://[^/\s]+(/.*)?$"#, description: "s3://bucket/prefix"), required: false,
                  doc: "Where the bundle's files are uploaded: template.liquid.html and manifest.jsonl there, output under output/."),
            .init(name: "pre_annotation_lambda_arn", type: .string, required: false,
                  doc: "PreHumanTaskLambdaArn: ground_truth/pre-annotation-lambda.py deployed (\(arn))."),
            .init(name: "post_annotation_lambda_arn", type: .string, required: false,
                  doc: "AnnotationConsolidationLambdaArn: ground_truth/post-annotation-lambda.py deployed (\(arn))."),
            .init(name: "task_time_limit", type: SpecSchema.duration, required: false,
                  doc: "TaskTimeLimitInSeconds: time a worker has per task; 1h by default, at most 8h."),
            .init(name: "task_availability", type: SpecSchema.duration, required: false,
                  doc: "TaskAvailabilityLifetimeInSeconds: how long a task stays available; Ground Truth's default when left out."),
            .init(name: "max_concurrent_tasks", type: .integer(minimum: 1, maximum: 5000), required: false,
                  doc: "MaxConcurrentTaskCount: data objects labeled at the same time."),
            .init(name: "job_name", type: .pattern(GroundTruthPatterns.nameSchema(63), description: "LabelingJobName"), required: false,
                  doc: "LabelingJobName; the spec id by default."),
            .init(name: "label_attribute_name", type: .pattern(GroundTruthPatterns.nameSchema(127), description: "LabelAttributeName"),
                  required: false, doc: "LabelAttributeName, the output manifest's key for the answers; the job name by default."),
        ]
    }

    /// Parses `targets.ground_truth`; a value Ground Truth would refuse is E0216 at the value.
    static func parse(_ m: MappingView, _ ctx: inout ParseContext) -> GroundTruthSettings {
        func checked(_ key: String, _ ok: (String) -> Bool, _ expected: String) -> Located<String>? {
            guard let node = m[key], let s = ctx.string(node, "'\(key)'") else { return nil }
            guard ok(s.value) else {
                ctx.report(.platformLimit, "'ground_truth.\(key)' '\(s.value)' is not \(expected), which Ground Truth needs", s.range,
                           notes: [DiagnosticNote("copy it from the AWS console, or leave the key out to get a placeholder")])
                return nil
            }
            return s
        }
        return GroundTruthSettings(
            workforce: m["workforce"].flatMap { ctx.word($0, "'ground_truth.workforce'", as: GroundTruthWorkforce.self) },
            workteamARN: checked("workteam_arn", GroundTruthPatterns.isWorkteamARN, "a work team ARN (arn:aws:sagemaker:<region>:<account>:workteam/...)"),
            region: checked("region", GroundTruthPatterns.isRegion, "an AWS region (e.g. us-east-1)"),
            roleARN: checked("role_arn", GroundTruthPatterns.isRoleARN, "an IAM role ARN (arn:aws:iam::<account>:role/...)"),
            s3Prefix: checked("s3_prefix", GroundTruthPatterns.isS3Prefix, "an S3 location (s3://bucket/prefix)"),
            preAnnotationLambdaARN: checked("pre_annotation_lambda_arn", GroundTruthPatterns.isLambdaARN,
                                            "a Lambda function ARN (arn:aws:lambda:<region>:<account>:function:...)"),
            postAnnotationLambdaARN: checked("post_annotation_lambda_arn", GroundTruthPatterns.isLambdaARN,
                                             "a Lambda function ARN (arn:aws:lambda:<region>:<account>:function:...)"),
            taskTimeLimit: m["task_time_limit"].flatMap { parseDuration($0, "'ground_truth.task_time_limit'", &ctx) },
            taskAvailability: m["task_availability"].flatMap { parseDuration($0, "'ground_truth.task_availability'", &ctx) },
            maxConcurrentTasks: m["max_concurrent_tasks"].flatMap { parseInteger($0, "'ground_truth.max_concurrent_tasks'", in: 1...5000, &ctx) },
            jobName: checked("job_name", { GroundTruthPatterns.isName($0, maxLength: 63) },
                             "a labeling job name (letters, digits and hyphens, at most 63, starting and ending with a letter or digit)"),
            labelAttributeName: checked("label_attribute_name", {
                GroundTruthPatterns.isName($0, maxLength: 127) && !$0.hasSuffix("-metadata")
            }, "a label attribute name (letters, digits and hyphens, at most 127, starting and ending with a letter or digit, not ending in -metadata)"))
    }
}

extension Targets {
    /// `targets.ground_truth`, nil without a Ground Truth target.
    var groundTruth: GroundTruthSettings? {
        get { self[GroundTruthTarget.self] }
        set { self[GroundTruthTarget.self] = newValue }
    }
}
