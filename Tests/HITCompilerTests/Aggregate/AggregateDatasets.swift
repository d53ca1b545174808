import Foundation
import Testing
@testable import HITCompiler

/// The public crowdsourcing datasets the aggregation tests read, in
/// `CategoricalJudgments` with classes in numeric order (so "first option" means
/// the smallest label, as in Crowd-Kit).
///
/// Those whose licences allow it ship in `Tests/Datasets/` (see its README).
/// The rest (Zheng et al.'s sets, the 1979 anaesthesia data: no licence stated)
/// are read from the folder `HITC_DATASETS` names; CI passes the shared
/// datasets folder there, and without it the tests that need them are skipped
/// with `unshippedReason`.
enum AggregateDatasets {
    /// `Tests/Datasets/`, in the repository.
    static let shipped = Paths.root.appendingPathComponent("Tests/Datasets")

    /// The folder `HITC_DATASETS` names, if set.
    static var unshipped: URL? {
        guard let path = ProcessInfo.processInfo.environment["HITC_DATASETS"], !path.isEmpty else { return nil }
        return URL(fileURLWithPath: path)
    }

    /// Whether the datasets that do not ship can be read.
    static var hasUnshipped: Bool { unshipped != nil }

    /// Why a test that needs an unshipped dataset is skipped.
    static let unshippedReason: Comment = """
        needs datasets without a licence to ship them (Zheng et al. 2017, Dawid & Skene 1979): \
        set HITC_DATASETS to a folder holding them (CI passes ../shared/datasets)
        """

    /// The file at `relative`, in `Tests/Datasets/` or else in `HITC_DATASETS`,
    /// or a recorded issue saying where it was looked for.
    static func file(_ relative: String) -> URL? {
        let candidates = [shipped] + (unshipped.map { [$0] } ?? [])
        for folder in candidates {
            let url = folder.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        Issue.record("dataset file \(relative) not found in \(candidates.map(\.path).joined(separator: " or "))")
        return nil
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

    /// Welinder et al.'s Bluebirds, from cubam's `labels.yaml` (`{worker: {image: true|false}}`)
    /// and `gt.yaml` (`{image: true|false}`), read with hitc's own YAML layer.
    static func bluebirds() throws -> Dataset? {
        guard let labels = file("welinder2010-bluebirds/labels.yaml"), let truth = file("welinder2010-bluebirds/gt.yaml") else {
            return nil
        }
        func mapping(_ url: URL) throws -> [(String, YAMLNode)] {
            let source = SourceFile(path: url.path, bytes: [UInt8](try Data(contentsOf: url)))
            let composed = YAMLComposer().compose(source)
            guard let root = composed.root, case .mapping(let pairs) = root.kind else {
                Issue.record("\(url.path) is not a YAML mapping: \(composed.diagnostics.map(\.message))")
                return []
            }
            return pairs.map { ($0.key, $0.value) }
        }
        func flags(_ node: YAMLNode) -> [(String, String)] {
            guard case .mapping(let pairs) = node.kind else { return [] }
            return pairs.map { ($0.key, $0.value.scalar ?? "") }
        }
        var triples: [(String, String, String)] = []
        for (worker, answers) in try mapping(labels) {
            for (image, answer) in flags(answers) { triples.append((image, worker, answer == "true" ? "1" : "0")) }
        }
        let pairs = try mapping(truth).map { ($0.0, $0.1.scalar == "true" ? "1" : "0") }
        return make(triples, truth: pairs)
    }

    /// A Snow et al. (2008) standardized TSV: worker, task, response, gold.
    static func snow(_ name: String) throws -> Dataset? {
        guard let url = file("snow2008/\(name).standardized.tsv") else { return nil }
        let table = try rows(url, separator: "\t")
        return make(table.map { ($0[2], $0[1], $0[3]) }, truth: table.map { ($0[2], $0[4]) })
    }

    /// A dataset as `bench/accuracy.py` reads it, by that script's loader name and path
    /// (relative to the datasets folder): judgments (item, worker, label) in file order, and
    /// the truth its files give by item (none for the anaesthesia data, and AdultContent's
    /// comes from its README: the script's JSON carries those). Nil when a file is missing.
    static func benchJudgments(loader: String, path: String) throws -> (triples: [(String, String, String)], truth: [String: String])? {
        switch loader {
        case "answer_truth":
            guard let answers = file("\(path)/answer.csv"), let truth = file("\(path)/truth.csv") else { return nil }
            let pairs = try rows(truth, separator: ",").map { ($0[0], $0[1]) }
            return (try rows(answers, separator: ",").map { ($0[0], $0[1], $0[2]) }, Dictionary(pairs, uniquingKeysWith: { _, b in b }))
        case "snow":
            guard let url = file(path) else { return nil }
            let table = try rows(url, separator: "\t")
            return (table.map { ($0[2], $0[1], $0[3]) }, Dictionary(table.map { ($0[2], $0[4]) }, uniquingKeysWith: { _, b in b }))
        case "bluebirds":
            guard let labels = file("\(path)/labels.yaml"), let truth = file("\(path)/gt.yaml") else { return nil }
            var triples: [(String, String, String)] = []
            for (worker, answers) in try yamlMapping(labels) {
                guard case .mapping(let pairs) = answers.kind else { continue }
                for pair in pairs { triples.append((pair.key, worker, pair.value.scalar == "true" ? "1" : "0")) }
            }
            let pairs = try yamlMapping(truth).map { ($0.0, $0.1.scalar == "true" ? "1" : "0") }
            return (triples, Dictionary(pairs, uniquingKeysWith: { _, b in b }))
        case "anesthesia":
            // Observer 1's three ratings of a patient as three raters (`o1`, `o1.r2`, `o1.r3`).
            guard let url = file(path) else { return nil }
            return (try rows(url, separator: ",").map { ($0[0], $0[2] == "1" ? $0[1] : "\($0[1]).r\($0[2])", $0[3]) }, [:])
        case "get_another_label":
            guard let url = file(path) else { return nil }
            let text = try String(contentsOf: url, encoding: .utf8)
            let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            return (lines.map { $0.split(separator: "\t").map(String.init) }.map { ($0[1], $0[0], $0[2]) }, [:])
        default:
            Issue.record("unknown loader '\(loader)' for \(path)")
            return nil
        }
    }

    /// The top-level mapping of a YAML file, read with hitc's own YAML layer.
    static func yamlMapping(_ url: URL) throws -> [(String, YAMLNode)] {
        let source = SourceFile(path: url.path, bytes: [UInt8](try Data(contentsOf: url)))
        let composed = YAMLComposer().compose(source)
        guard let root = composed.root, case .mapping(let pairs) = root.kind else {
            Issue.record("\(url.path) is not a YAML mapping: \(composed.diagnostics.map(\.message))")
            return []
        }
        return pairs.map { ($0.key, $0.value) }
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
