import Foundation
import Testing
@testable import HITCompiler

/// The public crowdsourcing datasets in `<repo>/../shared/datasets` (or
/// `HITC_DATASETS`), read into `CategoricalJudgments` with classes in numeric
/// order (so "first option" means the smallest label, as in Crowd-Kit).
enum AggregateDatasets {
    static var directory: URL {
        if let path = ProcessInfo.processInfo.environment["HITC_DATASETS"] { return URL(fileURLWithPath: path) }
        return Paths.root.deletingLastPathComponent().appendingPathComponent("shared/datasets")
    }

    /// The file at `relative`, or a recorded issue saying where it was looked for.
    static func file(_ relative: String) -> URL? {
        let url = directory.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            Issue.record("""
                dataset file not found at \(url.path). Place a copy of shared/ beside the clone \
                (<clone>/../shared/datasets) or set HITC_DATASETS.
                """)
            return nil
        }
        return url
    }

    /// A dataset: judgments, the truth of some items, and the names of classes.
    struct Dataset {
        var judgments: CategoricalJudgments
        var truth: [Int32]
        var classes: [String]
        var itemNames: [String]
    }

    /// Rows of a delimited text file (no quoting in these files), header dropped.
    static func rows(_ url: URL, separator: Character) throws -> [[String]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).dropFirst()
            .map { $0.split(separator: separator, omittingEmptySubsequences: false).map(String.init) }
    }

    /// Builds a dataset from (item, worker, label) triples and (item, truth) pairs.
    static func make(_ triples: [(String, String, String)], truth pairs: [(String, String)]) -> Dataset {
        let classes = Array(Set(triples.map(\.2) + pairs.map(\.1))).sorted { a, b in
            if let x = Double(a), let y = Double(b) { return x < y }
            return a < b
        }
        var classIndex: [String: Int32] = [:]
        for (k, c) in classes.enumerated() { classIndex[c] = Int32(k) }
        var itemIndex: [String: Int32] = [:], workerIndex: [String: Int32] = [:]
        var itemNames: [String] = []
        var items: [Int32] = [], workers: [Int32] = [], labels: [Int32] = []
        for (item, worker, label) in triples {
            let i = itemIndex[item] ?? { let n = Int32(itemIndex.count); itemIndex[item] = n; itemNames.append(item); return n }()
            let w = workerIndex[worker] ?? { let n = Int32(workerIndex.count); workerIndex[worker] = n; return n }()
            items.append(i)
            workers.append(w)
            labels.append(classIndex[label]!)
        }
        var truth = [Int32](repeating: -1, count: itemIndex.count)
        for (item, label) in pairs {
            if let i = itemIndex[item] { truth[Int(i)] = classIndex[label]! }
        }
        let data = CategoricalJudgments(itemCount: itemIndex.count, workerCount: workerIndex.count,
                                        classCount: classes.count, items: items, workers: workers, labels: labels)
        return Dataset(judgments: data, truth: truth, classes: classes, itemNames: itemNames)
    }

    /// A Zheng et al. style pair: `answer.csv` (item, worker, label) and `truth.csv` (item, label).
    static func answerTruth(_ folder: String) throws -> Dataset? {
        guard let answers = file("\(folder)/answer.csv"), let truth = file("\(folder)/truth.csv") else { return nil }
        let triples = try rows(answers, separator: ",").map { ($0[0], $0[1], $0[2]) }
        let pairs = try rows(truth, separator: ",").map { ($0[0], $0[1]) }
        return make(triples, truth: pairs)
    }

    /// A Snow et al. (2008) standardized TSV: worker, task, response, gold.
    static func snow(_ name: String) throws -> Dataset? {
        guard let url = file("snow2008/\(name).standardized.tsv") else { return nil }
        let table = try rows(url, separator: "\t")
        return make(table.map { ($0[2], $0[1], $0[3]) }, truth: table.map { ($0[2], $0[4]) })
    }

    /// Accuracy of `labels` on the items that have a truth and judgments.
    static func accuracy(_ labels: [Int32], _ data: Dataset) -> Double {
        var right = 0, total = 0
        for i in labels.indices where data.truth[i] >= 0 && data.judgments.judgments(of: i) > 0 {
            total += 1
            if labels[i] == data.truth[i] { right += 1 }
        }
        return Double(right) / Double(max(total, 1))
    }
}
