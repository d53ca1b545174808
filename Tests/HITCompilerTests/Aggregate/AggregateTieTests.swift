import Foundation
import Testing
@testable import HITCompiler

/// Majority vote's tie rule (`MajorityVote`): the tied voters' agreement with
/// the untied majorities, then a draw seeded by the item key; never below a
/// uniformly random tie-break on the datasets with truth.
@Suite struct AggregateTieTests {
    /// Every dataset with truth that can be read here.
    static let datasets: [AggregateMethodTests.Case] = AggregateMethodTests.shippedCases
        + (AggregateDatasets.hasUnshipped ? AggregateMethodTests.unshippedCases : [])

    /// Draws keyed by the items' names, as `hitc aggregate` keys them.
    static func ties(_ names: [String], question: String = "label") -> TieBreak {
        var table = IDTable(minimumCapacity: names.count)
        for var name in names { _ = name.withByteSpan { table.intern($0) } }
        return TieBreak(items: table, question: question)
    }

    /// Right labels among the items with a truth and judgments.
    static func correct(_ labels: [Int32], _ data: AggregateDatasets.Dataset) -> Int {
        labels.indices.filter { data.truth[$0] >= 0 && data.judgments.judgments(of: $0) > 0 && labels[$0] == data.truth[$0] }.count
    }

    @Test(arguments: datasets) func majorityIsNeverBelowARandomTieBreak(_ c: AggregateMethodTests.Case) throws {
        guard let data = try c.load() else { return }
        let result = MajorityVote.run(data.judgments, ties: Self.ties(data.itemNames))
        let expected = MajorityVote.randomTieExpectation(data.judgments, truth: data.truth)
        let right = Self.correct(result.label, data)
        let total = data.truth.indices.filter { data.truth[$0] >= 0 && data.judgments.judgments(of: $0) > 0 }.count
        print("\(c.name): majority \(right)/\(total) = \(Double(right) / Double(total)), random-tie expectation \(expected / Double(total)), \(result.tieCount) ties")
        #expect(Double(right) >= expected - 1e-9, "\(c.name): \(right) right, random ties expect \(expected)")
    }

    /// The random-tie figures Crowd-Kit's script prints (`bench/crowdkit_wawa_zbs.py`), from the same definition.
    @Test func randomTieExpectationCountsSharesOfTiedClasses() throws {
        // Item 0: 0/1 tie, truth 1 (1/2). Item 1: three-way tie, truth 2 (1/3). Item 2: 0 wins, truth 1 (0).
        // Item 3: 1 wins, truth 1 (1). Item 4: no truth.
        let data = CategoricalJudgments(itemCount: 5, workerCount: 3, classCount: 3,
                                        items: [0, 0, 1, 1, 1, 2, 2, 2, 3, 4], workers: [0, 1, 0, 1, 2, 0, 1, 2, 0, 0],
                                        labels: [0, 1, 0, 1, 2, 0, 0, 1, 1, 2])
        let expected = MajorityVote.randomTieExpectation(data, truth: [1, 2, 1, 1, -1])
        #expect(abs(expected - (0.5 + 1.0 / 3.0 + 1)) < 1e-12)
        guard let rte = try AggregateDatasets.snow("rte") else { return }
        let share = MajorityVote.randomTieExpectation(rte.judgments, truth: rte.truth) / 800
        #expect(abs(share - 0.8969) < 0.00005, "bench/crowdkit_wawa_zbs.py prints 0.8969 for Snow RTE")
    }

    /// Workers 0 and 1 always side with the majority of the untied items,
    /// workers 2 and 3 never. Items 0–3 are untied; item 4 is a tie in which
    /// the reliable worker 0 says 1; item 5 one in which worker 1 says 0.
    static let agreementCase = CategoricalJudgments(
        itemCount: 6, workerCount: 4, classCount: 2,
        items: [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5],
        workers: [0, 1, 2, 0, 1, 3, 0, 1, 2, 0, 1, 3, 0, 2, 3, 1],
        labels: [0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 1, 0, 1, 0])

    @Test func theTiedVotersAgreementDecides() {
        let data = Self.agreementCase
        let names = (0..<6).map { "i\($0)" }
        for ties in [Self.ties(names), Self.ties(names, question: "other"), TieBreak.byIndex] {
            let plain = MajorityVote.run(data, ties: ties)
            #expect(plain.label == [0, 1, 0, 1, 1, 0])
            #expect(plain.tied == [false, false, false, false, true, true])
            #expect(plain.confidence[4] == 0.5 && plain.confidence[5] == 0.5)
            // Equal weights tie the same items, and the same rule breaks them.
            let weighted = MajorityVote.run(data, weights: [0.5, 0.5, 0.5, 0.5], ties: ties)
            #expect(weighted.label == plain.label)
            #expect(weighted.tied == plain.tied)
        }
    }

    /// When the tied voters agree equally, the draw decides: reproducible per
    /// item key, not the first option every time.
    @Test func theDrawDecidesWhatAgreementLeavesTied() {
        // Worker 0 says 0 and worker 1 says 1 on every item: 200 ties, the voters' agreement is equal (pooled).
        let n = 200
        let data = CategoricalJudgments(itemCount: n, workerCount: 2, classCount: 2,
                                        items: (0..<n).flatMap { [Int32($0), Int32($0)] },
                                        workers: (0..<n).flatMap { _ in [0, 1] }, labels: (0..<n).flatMap { _ in [0, 1] })
        let names = (0..<n).map { "item-\($0)" }
        let ties = Self.ties(names)
        let result = MajorityVote.run(data, ties: ties)
        #expect(result.tieCount == n)
        for i in 0..<n { #expect(result.label[i] == Int32(ties.draw(item: i, among: 2))) }
        // Computed outside Swift: `printf 'label:item-0' | md5sum` starts 05f0a6e5 (< 2³¹: class 0),
        // 'label:item-1' fcae5a03 (class 1), and so on for item-2 to item-7.
        #expect(Array(result.label.prefix(8)) == [0, 1, 1, 1, 1, 0, 0, 1])
        let ones = result.label.filter { $0 == 1 }.count
        #expect(ones > 70 && ones < 130, "\(ones) of \(n) ties went to class 1")
        #expect(MajorityVote.run(data, ties: ties).label == result.label)
    }

    /// Labels follow item keys, not row order: the rows of Snow RTE shuffled give the same label per item.
    @Test func anotherRowOrderGivesTheSameLabels() throws {
        guard let url = AggregateDatasets.file("snow2008/rte.standardized.tsv") else { return }
        let table = try AggregateDatasets.rows(url, separator: "\t")
        var triples = table.map { ($0[2], $0[1], $0[3]) }
        let pairs = table.map { ($0[2], $0[4]) }
        func labels(_ triples: [(String, String, String)]) -> [String: Int32] {
            let data = AggregateDatasets.make(triples, truth: pairs)
            let result = MajorityVote.run(data.judgments, ties: Self.ties(data.itemNames))
            #expect(result.tieCount > 50)
            return Dictionary(uniqueKeysWithValues: data.itemNames.enumerated().map { ($0.element, result.label[$0.offset]) })
        }
        let first = labels(triples)
        var generator = TieTestShuffle(seed: 12)
        triples.shuffle(using: &generator)
        #expect(labels(triples) == first)
        #expect(labels(triples.reversed()) == first)
    }

    /// The old rule (a tie goes to the class that wins the most items outright)
    /// on data where one worker over-uses class 0: it falls below the
    /// random-tie expectation, which the dataset test would catch; the
    /// agreement rule does not.
    @Test func negativeControlAClassBiasedRuleFallsBelowRandom() {
        // Items 0–59: truth 0, voted 0 by g1, g2 and the spammer s (always 0).
        // Items 60–99: truth 1, voted 1 by g1 and g2, 0 by s.
        // Items 100–139: truth 1, a tie: g3 says 1, s says 0.
        var items: [Int32] = [], workers: [Int32] = [], labels: [Int32] = []
        func add(_ i: Int, _ w: Int32, _ l: Int32) { items.append(Int32(i)); workers.append(w); labels.append(l) }
        for i in 0..<60 { add(i, 0, 0); add(i, 1, 0); add(i, 3, 0) }
        for i in 60..<100 { add(i, 0, 1); add(i, 1, 1); add(i, 3, 0) }
        for i in 100..<140 { add(i, 2, 1); add(i, 3, 0) }
        let data = CategoricalJudgments(itemCount: 140, workerCount: 4, classCount: 2, items: items, workers: workers, labels: labels)
        let truth = (0..<140).map { Int32($0 < 60 ? 0 : 1) }
        let expected = MajorityVote.randomTieExpectation(data, truth: truth)
        #expect(expected == 120)
        // Class 0 wins 60 items outright, class 1 wins 40: the old rule gives every tie to 0.
        let biased = (0..<140).map { Int32($0 < 60 || $0 >= 100 ? 0 : 1) }
        #expect(zip(biased, truth).filter { $0 == $1 }.count == 100)
        let result = MajorityVote.run(data, ties: Self.ties((0..<140).map { "i\($0)" }))
        #expect(zip(result.label, truth).filter { $0 == $1 }.count == 140)
        #expect(result.tieCount == 40)
    }

    /// A multi choice's option chosen by exactly half of the voters is a tie, broken by the same rule.
    @Test func aHalfChosenOptionIsATieBrokenByAgreement() {
        // As `agreementCase`, read as yes/no for one option.
        let binary = Self.agreementCase.relabelled(classCount: 2) { $0 }
        let result = MajorityVote.run(binary, ties: Self.ties((0..<6).map { "i\($0)" }))
        #expect(result.label[4] == 1 && result.label[5] == 0)
        #expect(result.tied[4] && result.tied[5])
    }
}

/// A small seeded generator for shuffles in tests.
struct TieTestShuffle: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix.mix(state &- 0x9E37_79B9_7F4A_7C15)
    }
}
