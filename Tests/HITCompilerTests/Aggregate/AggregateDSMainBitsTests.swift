import Foundation
import Testing
@testable import HITCompiler

/// Dawid-Skene with compact confusion tables (a row per (worker, answer) pair
/// that occurs) gives the bits that the dense tables (a row per worker and
/// answer, at commit 63d7720) gave: the expected fingerprints below were
/// computed by the dense code on the same inputs.
@Suite struct AggregateDSMainBitsTests {
    /// FNV-1a over 64-bit words, byte by byte.
    struct Fingerprint {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        /// Adds the eight bytes of `word`, lowest first.
        mutating func add(_ word: UInt64) {
            for shift in Swift.stride(from: 0, to: 64, by: 8) {
                value = (value ^ (word >> UInt64(shift) & 0xff)) &* 0x100_0000_01b3
            }
        }

        /// Adds every byte of `bytes` and their count.
        mutating func add(bytes: Data) {
            add(UInt64(bytes.count))
            for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
    }

    /// The labels, every bit of the confidences, the ties, priors,
    /// log-likelihoods and iteration count of a fit.
    static func fingerprint(_ fit: DawidSkene.Result) -> UInt64 {
        var f = Fingerprint()
        for label in fit.labels.label { f.add(UInt64(UInt32(bitPattern: label))) }
        for confidence in fit.labels.confidence { f.add(confidence.bitPattern) }
        for tied in fit.labels.tied { f.add(tied ? 1 : 0) }
        for prior in fit.priors { f.add(prior.bitPattern) }
        for ll in fit.logLikelihoods { f.add(ll.bitPattern) }
        f.add(UInt64(fit.iterations))
        f.add(fit.converged ? 1 : 0)
        return f.value
    }

    /// Seeded judgments of `workers` regular workers, who each favour a few of
    /// the answers, and `single` workers with one judgment each; every 13th
    /// item has none and, above two classes, the last class is never given.
    static func synthetic(classes: Int, items: Int, workers: Int, single: Int, seed: UInt64) -> CategoricalJudgments {
        var random = SeededRandom(seed: seed)
        let given = classes > 2 ? classes - 1 : classes
        var itemColumn: [Int32] = [], workerColumn: [Int32] = [], labelColumn: [Int32] = []
        func add(_ i: Int, _ w: Int, _ label: Int) {
            itemColumn.append(Int32(i))
            workerColumn.append(Int32(w))
            labelColumn.append(Int32(label))
        }
        for i in 0..<items where i % 13 != 7 {
            let truth = i % given
            for _ in 0..<(1 + random.below(5)) {
                let w = random.below(workers)
                // Workers below a fifth answer at random among their favourites.
                let favourite = (w * 7 + random.below(3) * 5) % given
                add(i, w, w % 5 == 0 || random.below(4) == 0 ? favourite : truth)
            }
        }
        for s in 0..<single { add(random.below(items), workers + s, random.below(given)) }
        return CategoricalJudgments(itemCount: items, workerCount: workers + single, classCount: classes,
                                    items: itemColumn, workers: workerColumn, labels: labelColumn)
    }

    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var expected: UInt64
        var load: @Sendable () throws -> CategoricalJudgments?
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "Snow RTE", expected: 0xc96b_8c20_f606_1646) { try AggregateDatasets.snow("rte")?.judgments },
        Case(name: "Snow TEMP", expected: 0x0025_8de4_9b90_1650) { try AggregateDatasets.snow("temp")?.judgments },
        Case(name: "Bluebirds", expected: 0x340c_ec74_bb5f_8509) { try AggregateDatasets.bluebirds()?.judgments },
        Case(name: "2 classes, 3,000 one-judgment workers", expected: 0x4e04_1030_21fc_2d5a) {
            synthetic(classes: 2, items: 3_000, workers: 50, single: 3_000, seed: 1)
        },
        Case(name: "4 classes", expected: 0x6bbf_86fc_420b_6059) { synthetic(classes: 4, items: 3_000, workers: 80, single: 800, seed: 2) },
        Case(name: "5 classes", expected: 0x5265_250a_23dd_a337) { synthetic(classes: 5, items: 2_000, workers: 60, single: 800, seed: 3) },
        Case(name: "11 classes", expected: 0xf3d9_877a_b01d_c498) { synthetic(classes: 11, items: 2_000, workers: 60, single: 800, seed: 4) },
        Case(name: "101 classes", expected: 0x19ef_a191_9fdc_78fc) { synthetic(classes: 101, items: 1_000, workers: 40, single: 300, seed: 5) },
    ]

    /// One thread and three give the dense tables' fingerprint.
    @Test(arguments: cases)
    func compactTablesGiveTheDenseTablesBits(_ c: Case) throws {
        let data = try #require(try c.load())
        for tasks in [1, 3] {
            var model = DawidSkene(maxIterations: 60)
            model.tasks = tasks
            let got = Self.fingerprint(model.run(data))
            #expect(got == c.expected, "\(c.name), \(tasks) tasks: 0x\(String(got, radix: 16))")
        }
    }

    /// `hitc aggregate` of a seeded results file of the grocery example
    /// (gold, a dropped worker, 600 one-judgment workers) writes the same
    /// labels, confidences and worker scores as with the dense tables, when
    /// Dawid-Skene starts from the votes (`init: votes`, as it always did
    /// then; workers.csv's later column of Dawid-Skene's accuracies left out).
    @Test func aggregateWritesTheDenseTablesFiles() throws {
        let folder = try AggregateCLITests.specFolder("grocery-search-relevance")
        let specURL = folder.appendingPathComponent("spec.yaml")
        let spec = try String(contentsOf: specURL, encoding: .utf8)
        let rule = "relevance: { method: dawid_skene, min_confidence: 0.7 }"
        #expect(spec.contains(rule))
        try spec.replacingOccurrences(of: rule, with: "relevance: { method: dawid_skene, min_confidence: 0.7, init: votes }")
            .write(to: specURL, atomically: true, encoding: .utf8)
        let values = ["exact", "substitute", "complement", "irrelevant", "cant_judge"]
        var random = SeededRandom(seed: 42)
        var rows = ["item,worker,question,answer,seconds"]
        for i in 0..<400 {
            let truth = i % 4
            for _ in 0..<3 {
                let w = random.below(30)
                let answer = w % 6 == 0 ? random.below(5) : random.below(5) == 0 ? (truth + 1) % 4 : truth
                rows.append("s\(i),w\(w),relevance,\(values[answer]),\(20 + random.below(40))")
            }
        }
        for g in 0..<30 {
            rows.append("gold-00\(1 + g % 4),w\(g),relevance,\(values[g % 7 == 0 ? 4 : [0, 2, 0, 1][g % 4]]),30")
        }
        for s in 0..<600 { rows.append("s\(random.below(400)),x\(s),relevance,\(values[random.below(5)]),25") }
        try (rows.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("results.csv"),
                                                        atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg", "--quiet"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        let written = try String(contentsOf: folder.appendingPathComponent("agg/workers.csv"), encoding: .utf8)
        #expect(written.contains(",dropped,\n"), "a worker below gold min_accuracy")
        var f = Fingerprint()
        for name in AggregateWriter.fileNames {
            var bytes = try Data(contentsOf: folder.appendingPathComponent("agg").appendingPathComponent(name))
            if name == "workers.csv" {
                let lines = written.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines[0].hasSuffix(",relevance.accuracy"))
                bytes = Data(lines.map { $0.isEmpty ? "" : String($0[..<$0.lastIndex(of: ",")!]) }
                    .joined(separator: "\n").utf8)
            }
            f.add(bytes: bytes)
        }
        #expect(f.value == 0x3c28_3816_e148_f440, "0x\(String(f.value, radix: 16))")
    }
}
