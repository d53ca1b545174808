import Foundation
import Testing
@testable import HITCompiler

/// `hitc aggregate --iterations N` (`DawidSkene.fixedIterations`): every
/// iterative method runs exactly N iterations, the chain `hitc sql` writes.
@Suite struct FixedIterationsTests {
    /// The iterative methods.
    static var methods: [any CategoricalMethod.Type] { [DawidSkeneMethod.self, OneCoin.self, GLAD.self, MACE.self, ZeroBasedSkill.self] }
    static let names = ["dawid_skene", "one_coin", "glad", "mace", "zero_based_skill"]

    static func method(_ name: String) -> any CategoricalMethod.Type {
        methods.first { $0.name.rawValue == name }!
    }

    static func run(_ name: String, _ data: AggregateDatasets.Dataset, _ model: DawidSkene) -> MethodFit {
        method(name).run(data.judgments, AggregateOneCoinTests.context(data, model: model))
    }

    /// Everything a fit gives, to tell two fits apart.
    static func same(_ a: MethodFit, _ b: MethodFit) -> Bool {
        a.labels.label == b.labels.label && a.labels.confidence == b.labels.confidence
            && a.workerFigure?.map { $0.isNaN ? -1 : $0 } == b.workerFigure?.map { $0.isNaN ? -1 : $0 }
    }

    /// N iterations exactly, below and far above where the stopping rule ends
    /// the fit, whatever `maxIterations` says; 1 and 2 iterations differ.
    @Test(arguments: names) func exactlyNIterations(_ name: String) throws {
        guard let data = try AggregateDatasets.snow("rte") else { return }
        let stopped = Self.run(name, data, DawidSkene())
        let settledAt = try #require(stopped.iterations)
        #expect(stopped.converged == true, "\(name) converges on RTE by its rule (\(settledAt) iterations)")
        for n in [1, 2, 5, settledAt + 40] {
            let fit = Self.run(name, data, DawidSkene(maxIterations: 3, fixedIterations: n))
            #expect(fit.iterations == n, "\(name): \(fit.iterations ?? -1) iterations for --iterations \(n)")
        }
        let one = Self.run(name, data, DawidSkene(fixedIterations: 1))
        let two = Self.run(name, data, DawidSkene(fixedIterations: 2))
        #expect(!Self.same(one, two), "\(name): 1 and 2 iterations give the same fit")
        // The rule is reported, not applied: met on the way to settledAt + 40, not after one iteration.
        #expect(Self.run(name, data, DawidSkene(fixedIterations: settledAt + 40)).converged == true)
        #expect(one.converged == false)
    }

    /// The fixed chain is the stopped one, not stopped: N = the iterations the
    /// rule ran gives the same fit (MACE aside: its restarts also stop by the rule).
    @Test(arguments: names.filter { $0 != "mace" }) func theChainIsTheStoppedFitsChain(_ name: String) throws {
        guard let data = try AggregateDatasets.snow("rte") else { return }
        let stopped = Self.run(name, data, DawidSkene())
        let n = try #require(stopped.iterations)
        let fixed = Self.run(name, data, DawidSkene(fixedIterations: n))
        #expect(Self.same(stopped, fixed))
        #expect(fixed.logLikelihood == stopped.logLikelihood)
    }

    /// The pairwise fits run exactly N steps too (bradley_terry: MM steps;
    /// noisy_bt: EM iterations), through `PairwiseRanking` as `hitc aggregate` calls them.
    @Test(arguments: ["bradley_terry", "noisy_bt"]) func pairwiseFitsRunExactlyN(_ name: String) throws {
        let method = try #require(Quality.AggregationRule.Method(rawValue: name))
        let rows: [(Int, Int, Int, PairwiseComparisons.Outcome)] = [
            (0, 1, 0, .leftWins), (1, 2, 1, .leftWins), (2, 3, 2, .rightWins), (0, 3, 0, .leftWins),
            (1, 3, 1, .tie), (0, 2, 2, .leftWins), (2, 1, 0, .rightWins), (3, 0, 1, .rightWins),
        ]
        let data = PairwiseComparisons(objects: ["a", "b", "c", "d"], workerCount: 3, rows)
        func fit(_ model: DawidSkene) -> PairwiseRankingSummary {
            PairwiseRanking.make(question: "q", method: method, data: data, iterations: model).ranking.summary
        }
        let stopped = fit(DawidSkene())
        #expect(stopped.converged && stopped.iterations < 100, "\(name): \(stopped.iterations)")
        for n in [1, 2, 7, stopped.iterations + 100] {
            #expect(fit(DawidSkene(maxIterations: 3, fixedIterations: n)).iterations == n, "\(name), --iterations \(n)")
        }
    }

    /// The option end to end: `summary.json` reports N; it cannot be mixed with the stopping rule's options.
    @Test func theCommandRunsNAndRefusesTheStoppingRulesOptions() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try AggregateGLADMACECLITests.spec(method: "dawid_skene")
            .write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        try AggregateGLADMACECLITests.results()
            .write(to: folder.appendingPathComponent("results.csv"), atomically: true, encoding: .utf8)
        func summary(_ extra: [String]) throws -> QuestionSummary? {
            let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg"] + extra, in: folder)
            #expect(out.status == 0, "\(out.stderr)")
            let url = folder.appendingPathComponent("agg/summary.json")
            return try JSONDecoder().decode(AggregateSummary.self, from: Data(contentsOf: url)).questions.first
        }
        let stopped = try #require(try summary([]))
        let settledAt = try #require(stopped.iterations)
        #expect(stopped.converged == true)
        for n in [1, settledAt + 25] {
            let fixed = try #require(try summary(["--iterations", "\(n)"]))
            #expect(fixed.iterations == n)
            #expect(fixed.converged == (n > 1), "converged: the rule was met within the N iterations")
        }
        for bad in [["--iterations", "3", "--tolerance", "0.1"], ["--iterations", "3", "--max-iterations", "9"],
                    ["--iterations", "0"]] {
            let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "bad"] + bad, in: folder)
            #expect(out.status == 64, "\(bad): \(out.status) \(out.stderr)")
            #expect(out.stderr.contains("--iterations"), "\(out.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("bad").path))
        }
    }
}
