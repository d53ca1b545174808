import Foundation
import Testing
@testable import HITCompiler

/// `targets.ground_truth`'s settings and `ground_truth/labeling-job.json`, the
/// CreateLabelingJob request: what the spec gives, what the settings give, the
/// placeholders of the settings left out, and the limits checked (E0216).
@Suite struct GroundTruthLabelingJobTests {
    static let fullSettings = """
        { workforce: public, region: eu-west-1, role_arn: "arn:aws:iam::123456789012:role/GroundTruth",
              s3_prefix: "s3://labels-bucket/grocery/", task_time_limit: 20m, task_availability: 6h, max_concurrent_tasks: 200,
              pre_annotation_lambda_arn: "arn:aws:lambda:eu-west-1:123456789012:function:sagemaker-hitc-pre",
              post_annotation_lambda_arn: "arn:aws:lambda:eu-west-1:123456789012:function:sagemaker-hitc-post" }
        """

    /// The grocery example with only `ground_truth: <settings>` (and the generic target), `edit` applied to its text.
    static func check(_ settings: String, edit: (String) -> String = { $0 }) throws -> CheckResult {
        let folder = try BatchFixtures.specFolder()
        let url = folder.appendingPathComponent("spec.yaml")
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: "  mturk:    { lifetime: 7d, assignment_duration: 20m, auto_approve: 3d }\n",
                                         with: "  ground_truth: \(settings)\n")
        try edit(text).write(to: url, atomically: true, encoding: .utf8)
        return Pipeline.check(path: url.path)
    }

    static func job(_ settings: String, edit: (String) -> String = { $0 }) throws -> GroundTruthLabelingJob {
        let result = try check(settings, edit: edit)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.message))")
        let checked = try #require(result.checked)
        let gt = try #require(checked.targets.settings(of: GroundTruthTarget.self))
        return GroundTruthLabelingJob(checked, gt)
    }

    static func errors(_ settings: String, edit: (String) -> String = { $0 }) throws -> [Diagnostic] {
        try check(settings, edit: edit).diagnostics.filter { $0.severity == .error }
    }

    @Test func anEmptyMappingGivesTheSpecsSideAndNamedPlaceholders() throws {
        let job = try Self.job("{}")
        #expect(job.LabelingJobName == "grocery-search-relevance")
        #expect(job.LabelAttributeName == "grocery-search-relevance")
        #expect(job.HumanTaskConfig.TaskTitle == "Rate grocery search results")
        #expect(job.HumanTaskConfig.TaskDescription == "Decide how well each product matches what a shopper searched for.")
        #expect(job.HumanTaskConfig.TaskKeywords == ["grocery", "search", "relevance"])
        #expect(job.HumanTaskConfig.NumberOfHumanWorkersPerDataObject == 3)
        #expect(job.HumanTaskConfig.TaskTimeLimitInSeconds == 3600)
        #expect(job.HumanTaskConfig.TaskAvailabilityLifetimeInSeconds == nil)
        #expect(job.HumanTaskConfig.MaxConcurrentTaskCount == nil)
        #expect(job.HumanTaskConfig.PublicWorkforceTaskPrice == nil)
        #expect(job.placeholders == ["s3_prefix", "role_arn", "workteam_arn", "pre_annotation_lambda_arn", "post_annotation_lambda_arn"])
        #expect(job.RoleArn == "<targets.ground_truth.role_arn>")
        #expect(job.HumanTaskConfig.UiConfig.UiTemplateS3Uri == "<targets.ground_truth.s3_prefix>/template.liquid.html")
        let json = JSONText.encode(job)
        #expect(!json.contains("placeholders"))
        #expect(json.contains("\"ManifestS3Uri\" : \"<targets.ground_truth.s3_prefix>/manifest.jsonl\""))
    }

    @Test func everySettingFillsItsMember() throws {
        let job = try Self.job(Self.fullSettings, edit: { $0.replacingOccurrences(of: "reward: 0.45 USD", with: "reward: 0.120 USD") })
        #expect(job.placeholders.isEmpty)
        #expect(job.HumanTaskConfig.WorkteamArn == "arn:aws:sagemaker:eu-west-1:394669845002:workteam/public-crowd/default")
        #expect(job.HumanTaskConfig.PublicWorkforceTaskPrice?.AmountInUsd == .init(Dollars: 0, Cents: 12, TenthFractionsOfACent: 0))
        #expect(job.InputConfig.DataSource.S3DataSource.ManifestS3Uri == "s3://labels-bucket/grocery/manifest.jsonl")
        #expect(job.OutputConfig.S3OutputPath == "s3://labels-bucket/grocery/output/")
        #expect(job.HumanTaskConfig.UiConfig.UiTemplateS3Uri == "s3://labels-bucket/grocery/template.liquid.html")
        #expect(job.HumanTaskConfig.PreHumanTaskLambdaArn == "arn:aws:lambda:eu-west-1:123456789012:function:sagemaker-hitc-pre")
        #expect(job.HumanTaskConfig.AnnotationConsolidationConfig.AnnotationConsolidationLambdaArn
                == "arn:aws:lambda:eu-west-1:123456789012:function:sagemaker-hitc-post")
        #expect(job.HumanTaskConfig.TaskTimeLimitInSeconds == 1200)
        #expect(job.HumanTaskConfig.TaskAvailabilityLifetimeInSeconds == 21_600)
        #expect(job.HumanTaskConfig.MaxConcurrentTaskCount == 200)
        #expect(job.RoleArn == "arn:aws:iam::123456789012:role/GroundTruth")
    }

    @Test func thePublicPricesAreTheAPIsList() {
        #expect(GroundTruthPublicPrice.allowedText.hasPrefix("0.012, 0.024, 0.036, 0.048, 0.060, 0.072, 0.120, 0.240"))
        #expect(GroundTruthPublicPrice.allowedText.hasSuffix("1.080, 1.200"))
        func money(_ micros: Int64, _ currency: String = "USD") -> Money { Money(micros: micros, currency: currency, amountText: "") }
        #expect(GroundTruthPublicPrice.amount(money(1_200_000)) == .init(Dollars: 1, Cents: 20, TenthFractionsOfACent: 0))
        #expect(GroundTruthPublicPrice.amount(money(36_000)) == .init(Dollars: 0, Cents: 3, TenthFractionsOfACent: 6))
        #expect(GroundTruthPublicPrice.amount(money(36_000, "EUR")) == nil)
        #expect(GroundTruthPublicPrice.amount(money(450_000)) == nil)
        #expect(GroundTruthPublicPrice.amount(money(36_500)) == nil)
    }

    @Test func aPublicRewardOutsideTheListIsE0216AtTheReward() throws {
        let errors = try Self.errors("{ workforce: public }")
        #expect(errors.map(\.code) == [.platformLimit])
        #expect(errors.first?.message == "Ground Truth pays the public workforce one of fixed prices per task, and 0.45 USD is not one of them")
        #expect(errors.first?.range?.start.line == 34)
        // A private team is paid outside Ground Truth: any reward.
        #expect(try Self.errors("{ workforce: private }").isEmpty)
        #expect(try Self.errors("{ workforce: public }", edit: {
            $0.replacingOccurrences(of: "reward: 0.45 USD", with: "reward: 0.48 EUR")
        }).contains { $0.code == .platformCurrency })
    }

    @Test func limitsOfTheRequestAreE0216AtTheirValue() throws {
        let workers = try Self.errors("{}", edit: { $0.replacingOccurrences(of: "judgments_per_item: 3", with: "judgments_per_item: 10") })
        #expect(workers.contains { $0.code == .platformLimit && $0.message == "Ground Truth sends a data object to at most 9 workers, not 10" })
        let time = try Self.errors("{ task_time_limit: 9h }")
        #expect(time.map(\.message) == ["Ground Truth gives a worker from 30s to 8h for a task of a custom workflow, not 9h"])
        #expect(try Self.errors("{ task_time_limit: 8h }").isEmpty)
        let available = try Self.errors("{ workforce: public, task_availability: 13h }", edit: {
            $0.replacingOccurrences(of: "reward: 0.45 USD", with: "reward: 0.480 USD")
        })
        #expect(available.map(\.message) == ["Ground Truth keeps a task available from 1m to 12h for the public workforce, not 13h"])
        #expect(try Self.errors("{ task_availability: 13h }").isEmpty)
        let title = try Self.errors("{}", edit: {
            $0.replacingOccurrences(of: "title: Rate grocery search results", with: "title: \(String(repeating: "T", count: 129))")
        })
        #expect(title.contains { $0.message == "Ground Truth takes a task title of at most 128 characters, not 129" })
    }

    @Test func aValueTheAPIWouldRefuseIsE0216AtTheSetting() throws {
        for (key, value) in [("role_arn", "GroundTruthRole"), ("workteam_arn", "arn:aws:sagemaker:us-east-1:123:workteam/private-crowd/x"),
                             ("pre_annotation_lambda_arn", "arn:aws:iam::123456789012:role/x"), ("s3_prefix", "https://bucket/x"),
                             ("job_name", "-job"), ("label_attribute_name", "answers-metadata"), ("region", "US East")] {
            let errors = try Self.errors("{ \(key): \"\(value)\" }")
            #expect(errors.count == 1 && errors.first?.code == .platformLimit, "\(key): \(errors.map(\.message))")
            #expect(errors.first?.message.hasPrefix("'ground_truth.\(key)' '\(value)' is not ") == true, "\(key)")
        }
        #expect(try Self.errors("{ max_concurrent_tasks: 5001 }").map(\.code) == [.valueOutOfRange])
        #expect(try Self.errors("{ workforce: crowd }").map(\.code) == [.invalidEnumValue])
        #expect(try Self.errors("{ colour: blue }").map(\.code) == [.unknownKey])
    }

    @Test func namesAndKeywordsAreMadeToTheAPIsShapes() {
        #expect(GroundTruthLabelingJob.jobName(fromID: "task-") == "task")
        #expect(GroundTruthLabelingJob.jobName(fromID: String(repeating: "a", count: 62) + "-b") == String(repeating: "a", count: 62))
        #expect(GroundTruthPatterns.isName("a--b", maxLength: 63) && !GroundTruthPatterns.isName("a_b", maxLength: 63))
        #expect(GroundTruthLabelingJob.keywords(["e-commerce", "search", "search", "ünïcode", "a,b", "x", "y", "z"])
                == ["e commerce", "search", "n code", "a b", "x"])
        #expect(GroundTruthLabelingJob.keywords([String(repeating: "k", count: 40)]) == [String(repeating: "k", count: 30)])
    }

    @Test func aQualificationIsNotEnforcedForThePublicWorkforceOnly() throws {
        func degrades(_ settings: String) throws -> [Diagnostic] {
            try Self.check(settings, edit: { $0.replacingOccurrences(of: "reward: 0.45 USD", with: "reward: 0.480 USD") })
                .diagnostics.filter { $0.code == .platformDegrades }
        }
        let public_ = try degrades("{ workforce: public }")
        #expect(public_.count == 1)
        #expect(public_.first?.message.hasPrefix("Ground Truth cannot require an approval rate") == true)
        #expect(try degrades("{}").isEmpty)
        #expect(try degrades("{ workforce: vendor }").isEmpty)
    }
}
