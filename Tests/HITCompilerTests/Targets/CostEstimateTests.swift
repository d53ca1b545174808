import Foundation
import Testing
@testable import HITCompiler

/// The cost estimate of the manifest and of `hitc batch`: counts, and the fee of the targeted platform.
@Suite struct CostEstimateTests {
    /// The grocery example (5 items per HIT, 1 gold, 3 judgments, 0.45 USD) with only the target lines kept.
    func grocery(keeping targets: [String]) throws -> CheckedSpec {
        let source = Paths.specs.appendingPathComponent("grocery-search-relevance")
        let copy = Paths.temporaryDirectory().appendingPathComponent("spec")
        try FileManager.default.copyItem(at: source, to: copy)
        let url = copy.appendingPathComponent("spec.yaml")
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n").filter { line in
            let target = ["mturk", "prolific", "generic"].first { line.hasPrefix("  \($0):") }
            return target.map { targets.contains($0) } ?? true
        }
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return try TaskPageFixtures.checked(at: url)
    }

    @Test func mturkFirstThenProlificThenNoFee() throws {
        let all = try #require(CostEstimate(try grocery(keeping: ["mturk", "prolific", "generic"]), items: 1000))
        #expect(all.platform == "mturk")
        #expect(all.hits == 250 && all.assignments == 750)
        #expect(all.reward == "337.50" && all.fee == "67.50" && all.total == "405.00")

        let prolific = try #require(CostEstimate(try grocery(keeping: ["prolific", "generic"]), items: 1000))
        #expect(prolific.platform == "prolific")
        #expect(prolific.feeRate == 0.333)
        #expect(prolific.fee == "112.39")

        let generic = try #require(CostEstimate(try grocery(keeping: ["generic"]), items: 1000))
        #expect(generic.platform == "generic")
        #expect(generic.fee == "0.00" && generic.total == "337.50")
    }
}
