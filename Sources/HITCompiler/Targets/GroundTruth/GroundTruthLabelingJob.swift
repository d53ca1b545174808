import Foundation

/// `ground_truth/labeling-job.json`: the body of SageMaker's CreateLabelingJob
/// request for the custom workflow hitc writes (member names and limits as in
/// SageMaker's API model, `sagemaker` 2017-07-24).
///
/// The spec gives the task's side: `LabelingJobName` (the spec id, or
/// `job_name`), `TaskTitle`, `TaskDescription`, `TaskKeywords`,
/// `NumberOfHumanWorkersPerDataObject` (`judgments_per_item`, Ground Truth's
/// overlap) and, for the public workforce, `PublicWorkforceTaskPrice` (the
/// reward). `targets.ground_truth` gives the account's side; each of those
/// left out is a placeholder naming its key (`<targets.ground_truth.role_arn>`),
/// which matches none of the API's patterns, so Ground Truth refuses the
/// request rather than run a half-configured job. `placeholders` lists them.
struct GroundTruthLabelingJob: Encodable, Sendable {
    var LabelingJobName: String
    var LabelAttributeName: String
    var InputConfig: Input
    var OutputConfig: Output
    var RoleArn: String
    var HumanTaskConfig: HumanTask

    struct Input: Encodable, Sendable {
        var DataSource: DataSource
    }
    struct DataSource: Encodable, Sendable {
        var S3DataSource: S3DataSource
    }
    struct S3DataSource: Encodable, Sendable {
        var ManifestS3Uri: String
    }
    struct Output: Encodable, Sendable {
        var S3OutputPath: String
    }
    struct HumanTask: Encodable, Sendable {
        var WorkteamArn: String
        var UiConfig: UiConfig
        var PreHumanTaskLambdaArn: String
        var TaskKeywords: [String]?
        var TaskTitle: String
        var TaskDescription: String
        var NumberOfHumanWorkersPerDataObject: Int
        var TaskTimeLimitInSeconds: Int
        var TaskAvailabilityLifetimeInSeconds: Int?
        var MaxConcurrentTaskCount: Int?
        var AnnotationConsolidationConfig: Consolidation
        var PublicWorkforceTaskPrice: Price?
    }
    struct UiConfig: Encodable, Sendable {
        var UiTemplateS3Uri: String
    }
    struct Consolidation: Encodable, Sendable {
        var AnnotationConsolidationLambdaArn: String
    }
    struct Price: Encodable, Sendable {
        var AmountInUsd: GroundTruthPublicPrice.Amount
    }

    /// The settings left out, as the keys their placeholders name, in request order.
    private(set) var placeholders: [String] = []

    private enum CodingKeys: String, CodingKey {
        case LabelingJobName, LabelAttributeName, InputConfig, OutputConfig, RoleArn, HumanTaskConfig
    }

    /// The file's path in the bundle.
    static let path = "ground_truth/labeling-job.json"
    /// Where the bundle's files go under `s3_prefix`.
    static let templateName = "template.liquid.html"
    static let manifestName = "manifest.jsonl"
    static let outputName = "output/"

    /// The placeholder of a setting left out.
    static func placeholder(_ key: String) -> String { "<targets.ground_truth.\(key)>" }

    init(_ checked: CheckedSpec, _ gt: CheckedGroundTruth) {
        var missing: [String] = []
        func value(_ v: String?, _ key: String) -> String {
            if let v { return v }
            if !missing.contains(key) { missing.append(key) }
            return Self.placeholder(key)
        }
        let name = gt.jobName ?? Self.jobName(fromID: checked.id)
        LabelingJobName = name
        LabelAttributeName = gt.labelAttributeName ?? name
        let prefix = value(gt.s3Prefix, "s3_prefix")
        InputConfig = Input(DataSource: DataSource(S3DataSource: S3DataSource(ManifestS3Uri: "\(prefix)/\(Self.manifestName)")))
        OutputConfig = Output(S3OutputPath: "\(prefix)/\(Self.outputName)")
        RoleArn = value(gt.roleARN, "role_arn")
        let workteam = value(gt.workteamARN, gt.workforce == .public ? "region" : "workteam_arn")
        let preLambda = value(gt.preAnnotationLambdaARN, "pre_annotation_lambda_arn")
        let postLambda = value(gt.postAnnotationLambdaARN, "post_annotation_lambda_arn")
        let keywords = Self.keywords(checked.spec.keywords.map(\.value))
        HumanTaskConfig = HumanTask(
            WorkteamArn: workteam,
            UiConfig: UiConfig(UiTemplateS3Uri: "\(prefix)/\(Self.templateName)"),
            PreHumanTaskLambdaArn: preLambda,
            TaskKeywords: keywords.isEmpty ? nil : keywords,
            TaskTitle: checked.title,
            TaskDescription: Self.description(checked),
            NumberOfHumanWorkersPerDataObject: checked.judgmentsPerItem,
            TaskTimeLimitInSeconds: gt.taskTimeLimitSeconds,
            TaskAvailabilityLifetimeInSeconds: gt.taskAvailabilitySeconds,
            MaxConcurrentTaskCount: gt.maxConcurrentTasks,
            AnnotationConsolidationConfig: Consolidation(AnnotationConsolidationLambdaArn: postLambda),
            PublicWorkforceTaskPrice: gt.workforce == .public
                ? GroundTruthPublicPrice.amount(checked.reward).map { Price(AmountInUsd: $0) } : nil)
        placeholders = missing
    }

    /// `LabelingJobName` from a spec id (`[a-z0-9][a-z0-9-]*`, at most 64): the
    /// first 63 characters without trailing hyphens, as the API's pattern wants.
    static func jobName(fromID id: String) -> String {
        String(String(id.prefix(63)).reversed().drop { $0 == "-" }.reversed())
    }

    /// `TaskDescription`: the spec's description (or its title) on one line, as
    /// the API's pattern (`.+`) wants.
    static func description(_ checked: CheckedSpec) -> String {
        let text = checked.spec.description?.value ?? checked.title
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// `TaskKeywords`: the spec's keywords as the API takes them (letters and
    /// digits in words separated by one space, at most 30 characters each, at
    /// most 5): other characters become spaces, repeats and empty ones are dropped.
    static func keywords(_ words: [String]) -> [String] {
        var out: [String] = []
        for word in words {
            let parts = word.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
            var keyword = ""
            for part in parts {
                if keyword.isEmpty, part.count > 30 { keyword = String(part.prefix(30)); break }
                let next = keyword.isEmpty ? String(part) : keyword + " " + part
                if next.count > 30 { break }
                keyword = next
            }
            if !keyword.isEmpty, !out.contains(keyword) { out.append(keyword) }
            if out.count == 5 { break }
        }
        return out
    }
}
