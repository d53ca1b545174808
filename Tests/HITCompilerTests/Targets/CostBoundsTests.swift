import Foundation
import Testing
@testable import HITCompiler

/// The cost estimate never traps: counts and amounts a spec may hold are bounded
/// at check time, and the estimate itself uses no trapping arithmetic.
@Suite(.serialized)
struct CostBoundsTests {
    /// The grocery example with `judgments` and `reward` replaced.
    func grocery(judgments: String, reward: String = "0.45 USD") throws -> URL {
        try SpecVariant.make("grocery-search-relevance", [
            ("  judgments_per_item: 3\n", "  judgments_per_item: \(judgments)\n"),
            ("  reward: 0.45 USD", "  reward: \(reward)"),
        ])
    }

    @Test func hugeJudgmentsPerItemIsRefusedByBuild() throws {
        let spec = try grocery(judgments: "58561092298")
        let folder = spec.deletingLastPathComponent()
        let out = try runHITC(["build", "--color", "never", spec.path, "-o", folder.appendingPathComponent("out").path])
        #expect(out.status == 1)
        #expect(SpecVariant.diagnosticLines(out, folder: folder) == [
            "spec.yaml:187:23: error: 'judgments_per_item' must be at most 1000, not 58561092298 [E0206]",
        ], "\(out.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/grocery-search-relevance").path))
    }

    @Test func hugeRewardIsRefusedByBuild() throws {
        let spec = try grocery(judgments: "37", reward: "999999999.999999 USD")
        let folder = spec.deletingLastPathComponent()
        let out = try runHITC(["build", "--color", "never", spec.path, "-o", folder.appendingPathComponent("out").path])
        #expect(out.status == 1)
        #expect(SpecVariant.diagnosticLines(out, folder: folder) == [
            "spec.yaml:34:11: error: 'reward' 999999999.999999 USD is more than the largest amount, 1000000 USD [E0206]",
        ], "\(out.stderr)")
    }

    @Test func hugeRewardAndJudgmentsAreRefusedByBatch() throws {
        let spec = try grocery(judgments: "3001", reward: "999999999.999999 USD")
        let folder = spec.deletingLastPathComponent()
        let output = folder.appendingPathComponent("batch")
        let out = try runHITC(["batch", "--color", "never", spec.path, "--data", folder.appendingPathComponent("data/sample.csv").path,
                               "-o", output.path])
        #expect(out.status == 1)
        #expect(SpecVariant.diagnosticLines(out, folder: folder) == [
            "spec.yaml:34:11: error: 'reward' 999999999.999999 USD is more than the largest amount, 1000000 USD [E0206]",
            "spec.yaml:187:23: error: 'judgments_per_item' must be at most 1000, not 3001 [E0206]",
        ], "\(out.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("summary.json").path))
    }

    @Test func buildAndBatchAtTheLimitsWriteTheCost() throws {
        let spec = try grocery(judgments: "999", reward: "1000000.00 USD")
        let folder = spec.deletingLastPathComponent()
        let build = try runHITC(["build", "--color", "never", spec.path, "-o", folder.appendingPathComponent("out").path])
        #expect(build.status == 0, "\(build.stderr)")
        let manifest = try String(contentsOf: folder.appendingPathComponent("out/grocery-search-relevance/manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"reward\" : \"249750000000.00\""), "\(manifest)")
        let batch = try runHITC(["batch", "--color", "never", spec.path, "--data", folder.appendingPathComponent("data/sample.csv").path,
                                 "-o", folder.appendingPathComponent("batch").path])
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(batch.stdout.contains("Cost estimate: 3996000000.00 USD reward + 1598400000.00 USD fee (40%) = 5594400000.00 USD"),
                "\(batch.stdout)")
    }

    /// The checked grocery spec with its counts and reward set beyond what `hitc check` accepts.
    func extremeSpec(judgments: Int, rewardMicros: Int64) throws -> CheckedSpec {
        var checked = try TaskPageFixtures.checked(at: try grocery(judgments: "3"))
        checked.judgmentsPerItem = judgments
        checked.reward.micros = rewardMicros
        return checked
    }

    @Test func aHundredMillionItemsAtTheLimitsAreExact() throws {
        let spec = try extremeSpec(judgments: 1000, rewardMicros: SpecLimits.maxMoneyMicros)
        let cost = try #require(CostEstimate(spec, items: 100_000_000))
        #expect(cost.hits == 25_000_000 && cost.assignments == 25_000_000_000)
        #expect(cost.reward == "25000000000000000.00" && cost.fee == "10000000000000000.00" && cost.total == "35000000000000000.00")
    }

    @Test func anyItemCountIsComputedWithoutTrapping() throws {
        let spec = try extremeSpec(judgments: 1, rewardMicros: SpecLimits.maxMoneyMicros)
        let cost = try #require(CostEstimate(spec, items: Int.max))
        #expect(cost.hits == 2_305_843_009_213_693_952 && cost.assignments == cost.hits)
        #expect(cost.reward == "2305843009213693952000000.00")
        #expect(cost.fee == "461168601842738790400000.00")
        #expect(cost.total == "2767011611056432742400000.00")
        #expect(CostEstimate(spec, items: -1) == nil)
    }

    @Test func assignmentsBeyondAnIntGiveNoEstimate() throws {
        let spec = try extremeSpec(judgments: Int.max, rewardMicros: Int64.max)
        #expect(CostEstimate(spec, items: 1000) == nil)
        let one = try #require(CostEstimate(spec, items: 1))
        #expect(one.assignments == Int.max)
        #expect(one.reward == "85070591730234615847396907784232.50")
    }
}
