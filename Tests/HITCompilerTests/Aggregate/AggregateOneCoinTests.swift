import Foundation
import Testing
@testable import HITCompiler

/// `one_coin` and `dawid_skene` against Crowd-Kit 1.4.2 on the public
/// datasets, and both started from gold (`init: gold`).
///
/// Crowd-Kit's figures come from
/// `/work/benchwork/venv/bin/python bench/crowdkit_em_accuracy.py /work/shared/datasets`
/// (its `DawidSkene(n_iter=100)` and `OneCoinDawidSkene(n_iter=100)`, default
/// tolerance; 2026-12-06). hitc may be at most half a point below.
@Suite struct AggregateOneCoinTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        /// Crowd-Kit's accuracy: `DawidSkene`, `OneCoinDawidSkene`.
        var crowdKitDS: Double
        var crowdKitOneCoin: Double
        var load: @Sendable () throws -> AggregateDatasets.Dataset?
        var description: String { name }
    }

    static let shippedCases: [Case] = [
        Case(name: "Snow RTE", crowdKitDS: 0.9275, crowdKitOneCoin: 0.9250) { try AggregateDatasets.snow("rte") },
        Case(name: "Snow TEMP", crowdKitDS: 0.9416, crowdKitOneCoin: 0.9394) { try AggregateDatasets.snow("temp") },
        Case(name: "Bluebirds", crowdKitDS: 0.8889, crowdKitOneCoin: 0.5833) { try AggregateDatasets.bluebirds() },
    ]

    static let unshippedCases: [Case] = [
        Case(name: "D_Product", crowdKitDS: 0.9397, crowdKitOneCoin: 0.9084) {
            try AggregateDatasets.answerTruth("zheng2017-truth-inference/d_product")
        },
        Case(name: "D_PosSent", crowdKitDS: 0.9600, crowdKitOneCoin: 0.9490) {
            try AggregateDatasets.answerTruth("zheng2017-truth-inference/d_possent")
        },
        Case(name: "S_Dog", crowdKitDS: 0.8426, crowdKitOneCoin: 0.8302) {
            try AggregateDatasets.answerTruth("zheng2017-truth-inference/s_dog")
        },
    ]

    /// The items' names as an id table (what `TieBreak` draws by).
    static func table(_ names: [String]) -> IDTable {
        var table = IDTable()
        for name in names {
            var copy = name
            _ = copy.withByteSpan { table.intern($0) }
        }
        return table
    }

    /// A context with the default limits, no gold, and a tie-break by item name.
    static func context(_ data: AggregateDatasets.Dataset, gold: GoldJudgments? = nil,
                        model: DawidSkene = DawidSkene()) -> MethodContext {
        MethodContext(weights: [], iterations: model, gold: gold,
                      ties: TieBreak(items: table(data.itemNames), question: "q"))
    }

    @Test(arguments: shippedCases) func accuracyAtLeastCrowdKits(_ c: Case) throws {
        try expectCrowdKitAccuracy(c)
    }

    @Test(.enabled(if: AggregateDatasets.hasUnshipped, AggregateDatasets.unshippedReason), arguments: unshippedCases)
    func accuracyAtLeastCrowdKitsOnUnshippedData(_ c: Case) throws {
        try expectCrowdKitAccuracy(c)
    }

    func expectCrowdKitAccuracy(_ c: Case) throws {
        guard let data = try c.load() else { return }
        let ds = DawidSkeneMethod.run(data.judgments, Self.context(data))
        let oneCoin = OneCoin.run(data.judgments, Self.context(data))
        let dsAccuracy = AggregateDatasets.accuracy(ds.labels.label, data)
        let oneCoinAccuracy = AggregateDatasets.accuracy(oneCoin.labels.label, data)
        print("\(c.name): dawid_skene \(dsAccuracy) (Crowd-Kit \(c.crowdKitDS)), one_coin \(oneCoinAccuracy) "
              + "(Crowd-Kit \(c.crowdKitOneCoin)), \(oneCoin.iterations ?? 0) iterations, converged \(oneCoin.converged ?? false)")
        #expect(dsAccuracy >= c.crowdKitDS - 0.005, "\(c.name) dawid_skene \(dsAccuracy)")
        #expect(oneCoinAccuracy >= c.crowdKitOneCoin - 0.005, "\(c.name) one_coin \(oneCoinAccuracy)")
        #expect(oneCoin.converged == true)
    }

    // MARK: - Gold

    /// `data` split by a seeded draw of a tenth of its items with a truth (at
    /// least one): the judgments of the other items, the gold (the drawn
    /// items' judgments and truth), and which items were drawn.
    static func splitGold(_ data: AggregateDatasets.Dataset, seed: UInt64, share: Double = 0.1)
        -> (rest: CategoricalJudgments, gold: GoldJudgments, isGold: [Bool]) {
        let j = data.judgments
        let known = (0..<j.itemCount).filter { data.truth[$0] >= 0 && j.judgments(of: $0) > 0 }
        var random = SeededRandom(seed: seed)
        let drawn = Array(known.shuffled(using: &random).prefix(max(1, Int((Double(known.count) * share).rounded()))))
        var isGold = [Bool](repeating: false, count: j.itemCount)
        for i in drawn { isGold[i] = true }
        var rest: ([Int32], [Int32], [Int32]) = ([], [], [])
        var gold: ([Int32], [Int32], [Int32]) = ([], [], [])
        for i in 0..<j.itemCount {
            for k in Int(j.start[i])..<Int(j.start[i + 1]) {
                if isGold[i] {
                    gold.0.append(Int32(i)); gold.1.append(j.worker[k]); gold.2.append(j.label[k])
                } else {
                    rest.0.append(Int32(i)); rest.1.append(j.worker[k]); rest.2.append(j.label[k])
                }
            }
        }
        func judgments(_ t: ([Int32], [Int32], [Int32])) -> CategoricalJudgments {
            CategoricalJudgments(itemCount: j.itemCount, workerCount: j.workerCount, classCount: j.classCount,
                                 items: t.0, workers: t.1, labels: t.2)
        }
        let truth = (0..<j.itemCount).map { isGold[$0] ? data.truth[$0] : -1 }
        return (judgments(rest), GoldJudgments(judgments: judgments(gold), truth: truth), isGold)
    }

    /// Accuracy on the items with a truth that are not gold.
    static func heldOutAccuracy(_ labels: [Int32], _ data: AggregateDatasets.Dataset, isGold: [Bool]) -> Double {
        var right = 0, total = 0
        for i in labels.indices where data.truth[i] >= 0 && !isGold[i] && data.judgments.judgments(of: i) > 0 {
            total += 1
            if labels[i] == data.truth[i] { right += 1 }
        }
        return Double(right) / Double(max(total, 1))
    }

    static let seeds: [UInt64] = [1, 2, 3, 4, 5]

    /// The effect of `init: gold` with a seeded tenth of the truth as gold,
    /// measured on the other nine tenths (mean over five draws): printed as a
    /// table, and never more than a point below starting from the votes.
    @Test func goldStartAgainstVotes() throws {
        var lines = ["dataset | dawid_skene votes | dawid_skene gold | one_coin votes | one_coin gold"]
        for c in Self.shippedCases + (AggregateDatasets.hasUnshipped ? Self.unshippedCases : []) {
            guard let data = try c.load() else { continue }
            var figures = [Double](repeating: 0, count: 4)
            for seed in Self.seeds {
                let (rest, gold, isGold) = Self.splitGold(data, seed: seed)
                let fits = [DawidSkeneMethod.run(rest, Self.context(data)),
                            DawidSkeneMethod.run(rest, Self.context(data, gold: gold)),
                            OneCoin.run(rest, Self.context(data)), OneCoin.run(rest, Self.context(data, gold: gold))]
                for (k, fit) in fits.enumerated() {
                    figures[k] += Self.heldOutAccuracy(fit.labels.label, data, isGold: isGold) / Double(Self.seeds.count)
                }
            }
            lines.append("\(c.name) | " + figures.map { String(format: "%.4f", $0) }.joined(separator: " | "))
            #expect(figures[1] >= figures[0] - 0.01, "\(c.name) dawid_skene from gold \(figures)")
            #expect(figures[3] >= figures[2] - 0.01, "\(c.name) one_coin from gold \(figures)")
        }
        print(lines.joined(separator: "\n"))
    }

    /// Two workers answer "1" whatever the truth, one answers the truth: the
    /// votes (and both methods started from them) take the spammers' side on
    /// every item whose truth is 0; six gold items show what the spammers are
    /// and every other item comes out right. Gold items keep their truth.
    @Test(arguments: ["dawid_skene", "one_coin"]) func goldFixesWhatVotesGetWrong(_ method: String) {
        let items = 40
        var triples: [(Int32, Int32, Int32)] = []
        for i in 0..<items {
            let truth = Int32(i % 2)
            triples += [(Int32(i), 0, 1), (Int32(i), 1, 1), (Int32(i), 2, truth)]
        }
        let isGold = (0..<items).map { $0 < 6 }
        func judgments(_ keep: (Int) -> Bool) -> CategoricalJudgments {
            let kept = triples.filter { keep(Int($0.0)) }
            return CategoricalJudgments(itemCount: items, workerCount: 3, classCount: 2, items: kept.map(\.0),
                                        workers: kept.map(\.1), labels: kept.map(\.2))
        }
        let truth = (0..<items).map { Int32($0 % 2) }
        let rest = judgments { !isGold[$0] }
        let gold = GoldJudgments(judgments: judgments { isGold[$0] }, truth: (0..<items).map { isGold[$0] ? truth[$0] : -1 })
        let data = AggregateDatasets.Dataset(judgments: rest, truth: truth, classes: ["0", "1"],
                                             itemNames: (0..<items).map { "i\($0)" })
        let run: (MethodContext) -> MethodFit = method == "one_coin"
            ? { OneCoin.run(rest, $0) } : { DawidSkeneMethod.run(rest, $0) }
        let fromVotes = run(Self.context(data))
        let fromGold = run(Self.context(data, gold: gold))
        let votes = Self.heldOutAccuracy(fromVotes.labels.label, data, isGold: isGold)
        let withGold = Self.heldOutAccuracy(fromGold.labels.label, data, isGold: isGold)
        #expect(votes <= 0.6, "\(method) from the votes: \(votes)")
        #expect(withGold == 1, "\(method) from gold: \(withGold)")
        for i in 0..<items where isGold[i] {
            #expect(fromGold.labels.label[i] == truth[i] && fromGold.labels.confidence[i] == 1, "gold item \(i)")
        }
        // The spammers' accuracy is about a half, the other worker's about 1.
        let accuracy = fromGold.workerFigure ?? []
        #expect(accuracy.count == 3 && accuracy[0] < 0.7 && accuracy[2] > 0.95, "\(accuracy)")
    }

    /// Gold items of a real dataset come out as their truth, with confidence 1.
    @Test func goldItemsKeepTheirTruth() throws {
        guard let data = try AggregateDatasets.snow("rte") else { return }
        let (rest, gold, isGold) = Self.splitGold(data, seed: 9, share: 0.3)
        for fit in [DawidSkeneMethod.run(rest, Self.context(data, gold: gold)), OneCoin.run(rest, Self.context(data, gold: gold))] {
            for i in isGold.indices where isGold[i] {
                #expect(fit.labels.label[i] == data.truth[i] && fit.labels.confidence[i] == 1 && !fit.labels.tied[i])
            }
        }
    }

    /// `--max-iterations` stops both methods, reported as not converged.
    @Test func maxIterationsHonoured() throws {
        guard let data = try AggregateDatasets.snow("rte") else { return }
        for limit in [1, 3] {
            let model = DawidSkene(maxIterations: limit)
            for fit in [DawidSkeneMethod.run(data.judgments, Self.context(data, model: model)),
                        OneCoin.run(data.judgments, Self.context(data, model: model))] {
                #expect(fit.iterations == limit && fit.converged == false)
            }
        }
        let loose = DawidSkene(tolerance: 1e-2)
        let fit = OneCoin.run(data.judgments, Self.context(data, model: loose))
        #expect(fit.converged == true && (fit.iterations ?? 0) < 10, "\(fit.iterations ?? 0)")
    }

    /// Items whose classes are exactly as probable (two workers who always
    /// disagree, in mirror image) are ties, broken by the seeded draw, not
    /// always the first option.
    @Test(arguments: ["dawid_skene", "one_coin"]) func exactTiesAreDrawn(_ method: String) {
        let items = 40
        var itemColumn: [Int32] = [], workerColumn: [Int32] = [], labelColumn: [Int32] = []
        for i in 0..<items {
            let a = Int32(i % 2)
            itemColumn += [Int32(i), Int32(i)]
            workerColumn += [0, 1]
            labelColumn += [a, 1 - a]
        }
        let judgments = CategoricalJudgments(itemCount: items, workerCount: 2, classCount: 2, items: itemColumn,
                                             workers: workerColumn, labels: labelColumn)
        let data = AggregateDatasets.Dataset(judgments: judgments, truth: [Int32](repeating: -1, count: items),
                                             classes: ["0", "1"], itemNames: (0..<items).map { "item-\($0)" })
        let context = Self.context(data)
        let fit = method == "one_coin" ? OneCoin.run(judgments, context) : DawidSkeneMethod.run(judgments, context)
        #expect(fit.labels.tied.allSatisfy { $0 })
        #expect(fit.labels.label == (0..<items).map { Int32(context.ties.draw(item: $0, among: 2)) })
        #expect(Set(fit.labels.label) == [0, 1])
    }

    // MARK: - End to end

    /// `hitc aggregate` with the grocery example's gold (gold-001 is exact,
    /// gold-002 complement) and each method and start: the labels, a column
    /// of each worker's accuracy in workers.csv, and starting from gold or from
    /// the votes gives different fits.
    @Test(arguments: ["dawid_skene", "one_coin"]) func aggregateStartsFromGoldOrVotes(_ method: String) throws {
        let folder = try AggregateCLITests.specFolder("grocery-search-relevance")
        try """
            item,worker,question,answer,seconds
            a1,w1,relevance,exact,30
            a1,w2,relevance,exact,31
            a1,w3,relevance,substitute,32
            a2,w1,relevance,irrelevant,30
            a2,w2,relevance,irrelevant,31
            a2,w3,relevance,substitute,32
            a3,w1,relevance,complement,30
            a3,w2,relevance,complement,31
            a3,w3,relevance,complement,32
            a4,w1,relevance,exact,30
            a4,w3,relevance,exact,32
            gold-001,w1,relevance,exact,30
            gold-001,w2,relevance,exact,31
            gold-001,w3,relevance,exact,32
            gold-002,w3,relevance,complement,32
            gold-002,w2,relevance,complement,32
            """.write(to: folder.appendingPathComponent("results.csv"), atomically: true, encoding: .utf8)
        let specURL = folder.appendingPathComponent("spec.yaml")
        let spec = try String(contentsOf: specURL, encoding: .utf8)
        let rule = "relevance: { method: dawid_skene, min_confidence: 0.7 }"
        #expect(spec.contains(rule))
        var outputs: [String: (labels: [String], workers: [String], summary: AggregateSummary)] = [:]
        for start in ["gold", "votes", nil] as [String?] {
            let written = "relevance: { method: \(method)" + (start.map { ", init: \($0)" } ?? "") + " }"
            try spec.replacingOccurrences(of: rule, with: written).write(to: specURL, atomically: true, encoding: .utf8)
            let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg", "--quiet"], in: folder)
            #expect(out.status == 0, "\(out.stderr)")
            let agg = folder.appendingPathComponent("agg")
            let labels = try AggregateCLITests.contents(agg.appendingPathComponent("labels.csv")).split(separator: "\n").map(String.init)
            let workers = try AggregateCLITests.contents(agg.appendingPathComponent("workers.csv")).split(separator: "\n").map(String.init)
            let summary = try JSONDecoder().decode(AggregateSummary.self,
                                                   from: Data(contentsOf: agg.appendingPathComponent("summary.json")))
            outputs[start ?? "default"] = (labels, workers, summary)
            #expect(labels.filter { $0.contains(",relevance,") }.count == 4)
            #expect(labels.contains { $0.hasPrefix("a2,relevance,irrelevant,") && $0.hasSuffix(",\(method),decided") }, "\(labels)")
            #expect(labels.contains { $0.hasPrefix("a3,relevance,complement,") }, "\(labels)")
            #expect(workers[0].hasSuffix(",status,relevance.accuracy"), "\(workers[0])")
            let relevance = try #require(summary.questions.first { $0.question == "relevance" })
            #expect(relevance.method == method && relevance.converged == true && (relevance.iterations ?? 0) >= 1)
        }
        // Gold is the default when there is gold; votes alone give another fit.
        #expect(outputs["default"]?.workers == outputs["gold"]?.workers)
        #expect(outputs["default"]?.labels == outputs["gold"]?.labels)
        #expect(outputs["votes"]?.workers != outputs["gold"]?.workers)
        #expect(outputs["votes"]?.summary.questions.first?.logLikelihood != outputs["gold"]?.summary.questions.first?.logLikelihood)
    }
}
