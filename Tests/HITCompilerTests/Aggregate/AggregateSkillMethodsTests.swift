import Foundation
import Testing
@testable import HITCompiler

/// `wawa` and `zero_based_skill` against Crowd-Kit 1.4.2's `Wawa` and
/// `ZeroBasedSkill` on the same data, and their skills in `workers.csv`.
///
/// Crowd-Kit's accuracies come from
/// `/work/benchwork/venv/bin/python bench/crowdkit_wawa_zbs.py ../shared/datasets`
/// (Crowd-Kit 1.4.2, default parameters; its ties go to a fixed class, the
/// first of its probability columns). hitc must reach them less half a point.
@Suite struct AggregateSkillMethodsTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var wawa: Double
        var zeroBasedSkill: Double
        var load: @Sendable () throws -> AggregateDatasets.Dataset?
        var description: String { name }
    }

    static let shippedCases: [Case] = [
        Case(name: "Snow RTE", wawa: 0.9187, zeroBasedSkill: 0.9213) { try AggregateDatasets.snow("rte") },
        Case(name: "Snow TEMP", wawa: 0.9437, zeroBasedSkill: 0.9437) { try AggregateDatasets.snow("temp") },
        Case(name: "Bluebirds", wawa: 0.7593, zeroBasedSkill: 0.7593) { try AggregateDatasets.bluebirds() },
    ]

    static let unshippedCases: [Case] = [
        Case(name: "D_Product", wawa: 0.8966, zeroBasedSkill: 0.8966) { try AggregateDatasets.answerTruth("zheng2017-truth-inference/d_product") },
        Case(name: "D_PosSent", wawa: 0.9510, zeroBasedSkill: 0.9530) { try AggregateDatasets.answerTruth("zheng2017-truth-inference/d_possent") },
        Case(name: "S_Dog", wawa: 0.8290, zeroBasedSkill: 0.8302) { try AggregateDatasets.answerTruth("zheng2017-truth-inference/s_dog") },
    ]

    @Test(arguments: shippedCases) func atLeastCrowdKit(_ c: Case) throws {
        try expectAtLeastCrowdKit(c)
    }

    @Test(.enabled(if: AggregateDatasets.hasUnshipped, AggregateDatasets.unshippedReason), arguments: unshippedCases)
    func atLeastCrowdKitOnUnshippedData(_ c: Case) throws {
        try expectAtLeastCrowdKit(c)
    }

    static func context(_ data: AggregateDatasets.Dataset) -> MethodContext {
        MethodContext(weights: [Double](repeating: 0.5, count: data.judgments.workerCount), iterations: DawidSkene(),
                      gold: nil, ties: AggregateTieTests.ties(data.itemNames))
    }

    func expectAtLeastCrowdKit(_ c: Case) throws {
        guard let data = try c.load() else { return }
        let wawa = Wawa.run(data.judgments, Self.context(data))
        let zbs = ZeroBasedSkill.run(data.judgments, Self.context(data))
        let wawaAccuracy = AggregateDatasets.accuracy(wawa.labels.label, data)
        let zbsAccuracy = AggregateDatasets.accuracy(zbs.labels.label, data)
        print("\(c.name): wawa \(wawaAccuracy) (Crowd-Kit \(c.wawa)), zero_based_skill \(zbsAccuracy) (Crowd-Kit \(c.zeroBasedSkill)), \(zbs.iterations ?? 0) iterations, converged \(zbs.converged ?? false)")
        #expect(wawaAccuracy >= c.wawa - 0.005, "\(c.name) wawa \(wawaAccuracy) vs Crowd-Kit \(c.wawa)")
        #expect(zbsAccuracy >= c.zeroBasedSkill - 0.005, "\(c.name) zero_based_skill \(zbsAccuracy) vs Crowd-Kit \(c.zeroBasedSkill)")
    }

    /// Wawa's skill is the share of a worker's judgments equal to the majority
    /// label; the weighted vote then follows the workers who agree most.
    @Test func wawaSkillsAreAgreementWithTheMajority() {
        let data = AggregateTieTests.agreementCase
        let context = MethodContext(weights: [0.5, 0.5, 0.5, 0.5], iterations: DawidSkene(), gold: nil, ties: .byIndex)
        let fit = Wawa.run(data, context)
        // Majority labels [0, 1, 0, 1, 1, 0]: worker 0 agrees 5/5, worker 1 5/5, worker 2 0/3, worker 3 0/3.
        #expect(fit.workerFigure == [1, 1, 0, 0])
        #expect(fit.labels.label == [0, 1, 0, 1, 1, 0])
        // Items 4 and 5 are no longer ties: the weighted vote is 1 against 0.
        #expect(fit.labels.tied == [false, false, false, false, false, false])
        #expect(fit.labels.confidence[4] == 1)
    }

    /// The skills settle: equal to the agreement with the final labels, in
    /// fewer than Crowd-Kit's 100 iterations when they stop moving, never more
    /// than `--max-iterations`, all 100 with `--tolerance 0`.
    @Test func zeroBasedSkillSettlesAndHonoursTheIterationLimit() throws {
        guard let data = try AggregateDatasets.snow("rte") else { return }
        let context = Self.context(data)
        let fit = ZeroBasedSkill.run(data.judgments, context)
        let skill = try #require(fit.workerFigure)
        let shares = LabelAgreement.shares(data.judgments, labels: fit.labels.label)
        let converged = fit.converged
        #expect(converged == true)
        #expect((fit.iterations ?? 0) < 100)
        for w in skill.indices { #expect(abs(skill[w] - shares[w]) < 1e-6, "worker \(w)") }
        var short = context
        short.iterations = DawidSkene(maxIterations: 2)
        let cut = ZeroBasedSkill.run(data.judgments, short)
        #expect(cut.iterations == 2)
        #expect(cut.converged == false)
        // Tolerance 0 runs Crowd-Kit's whole schedule, to the same labels.
        var all = context
        all.iterations = DawidSkene(tolerance: 0)
        let full = ZeroBasedSkill.run(data.judgments, all)
        #expect(full.iterations == 100)
        #expect(full.labels.label == fit.labels.label)
    }

    /// `hitc aggregate` writes each method's skill as `<question>.skill` in `workers.csv`.
    @Test(arguments: ["wawa", "zero_based_skill"]) func workersCSVHasTheSkillColumn(_ method: String) throws {
        let folder = Paths.temporaryDirectory()
        try """
            hitc: 1
            id: skills
            version: 1.0.0
            title: Skills
            description: Which class?
            language: en
            data:
              key: item_id
              fields:
                item_id: { type: string }
                text: { type: text }
            hit:
              items_per_hit: 2
              reward: 0.10 USD
              estimated_seconds: 30
              layout:
                - text: text
                - question: label
              questions:
                label:
                  type: single_choice
                  prompt: Which class?
                  options: [a, b]
            quality:
              judgments_per_item: 3
              aggregation:
                label: { method: \(method) }
            """.write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        try """
            item,worker,question,answer
            i1,w1,label,a
            i1,w2,label,a
            i1,w3,label,b
            i2,w1,label,b
            i2,w2,label,b
            i2,w3,label,b
            i3,w1,label,a
            i3,w3,label,b
            """.write(to: folder.appendingPathComponent("results.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        let workers = try String(contentsOf: folder.appendingPathComponent("agg/workers.csv"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let column = try #require(workers.first?.firstIndex(of: "label.skill"), "header: \(workers.first ?? [])")
        let skill = Dictionary(uniqueKeysWithValues: workers.dropFirst().map { ($0[0], $0[column]) })
        // Majority: i1 a, i2 b, i3 a tie broken by agreement (w1 agrees 2/2, w3 1/2): w1 3/3, w2 2/2, w3 1/3.
        if method == "wawa" {
            #expect(skill == ["w1": "1", "w2": "1", "w3": "0.333333"], "\(workers)")
        } else {
            #expect(Set(skill.keys) == ["w1", "w2", "w3"])
            #expect(skill.values.allSatisfy { Double($0) != nil }, "\(workers)")
        }
        let labels = try String(contentsOf: folder.appendingPathComponent("agg/labels.csv"), encoding: .utf8)
        #expect(labels.contains("i3,label,a,"), "\(labels)")
    }
}
