import Foundation
import Testing
@testable import HITCompiler

/// Keeps `docs/aggregation-accuracy.md` true: every hitc figure in
/// `bench/accuracy-expected.json` (written by `bench/accuracy.py` with that page) is
/// recomputed through the library, on the same spec, results and gold the script
/// gives the binary, and must agree to the fourth decimal. The methods and datasets
/// are read from the JSON, so a rerun of the script after a new method is merged
/// covers it with no change here. Datasets that do not ship need `HITC_DATASETS`.
@Suite struct AccuracyTableTests {
    /// `bench/accuracy-expected.json`.
    struct Expected: Decodable {
        struct Dataset: Decodable {
            var name: String
            var loader: String
            var path: String
            var classes: [String]
            var truth_kind: String
            /// Truth not in the dataset's files (AdultContent's, from its README).
            var truth: [String: String]?
            /// The reference labelling of a dataset without truth, one character per item p1, p2, ...
            var reference: String?
            var gold_items: [String]
        }

        struct Figure: Decodable, Sendable, CustomStringConvertible {
            var method: String
            var start: String?
            var dataset: String
            var accuracy: Double
            var right: Int
            var items: Int
            enum CodingKeys: String, CodingKey { case method, start = "init", dataset, accuracy, right, items }
            var description: String { "\(method)\(start.map { " init: \($0)" } ?? "") on \(dataset)" }
        }

        var datasets: [Dataset]
        var accuracies: [Figure]
    }

    static let expected: Expected? = {
        let url = Paths.root.appendingPathComponent("bench/accuracy-expected.json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(Expected.self, from: data)
    }()

    /// Whether the dataset's files ship in `Tests/Datasets/`.
    static func ships(_ name: String) -> Bool {
        guard let dataset = expected?.datasets.first(where: { $0.name == name }) else { return false }
        return FileManager.default.fileExists(atPath: AggregateDatasets.shipped.appendingPathComponent(dataset.path).path)
    }

    static let shippedFigures = (expected?.accuracies ?? []).filter { ships($0.dataset) }
    static let unshippedFigures = (expected?.accuracies ?? []).filter { !ships($0.dataset) }

    @Test func theTableIsThere() throws {
        let expected = try #require(Self.expected, "bench/accuracy-expected.json is missing or unreadable")
        #expect(!expected.accuracies.isEmpty)
        #expect(expected.accuracies.contains { $0.method == "dawid_skene" && $0.start == nil })
    }

    @Test(arguments: shippedFigures) func figureHolds(_ figure: Expected.Figure) throws {
        try expectFigure(figure)
    }

    @Test(.enabled(if: AggregateDatasets.hasUnshipped, AggregateDatasets.unshippedReason), arguments: unshippedFigures)
    func figureHoldsOnUnshippedData(_ figure: Expected.Figure) throws {
        try expectFigure(figure)
    }

    /// The spec `bench/accuracy.py` writes (its `SPEC`).
    static func spec(_ dataset: Expected.Dataset, method: String, gold: Bool) -> String {
        let options = dataset.classes.map { "\"\($0)\"" }.joined(separator: ", ")
        let id = dataset.name.lowercased().replacingOccurrences(of: "_", with: "-")
        return """
            hitc: 1
            id: accuracy-\(id)
            version: 1.0.0
            title: Accuracy table \(dataset.name)
            description: The \(dataset.name) dataset for the accuracy table (bench/accuracy.py).
            language: en
            data:
              key: item_id
              fields:
                item_id: { type: string }
            hit:
              items_per_hit: 10
              reward: 0.50 USD
              estimated_seconds: 60
              layout:
                - question: label
              questions:
                label:
                  type: single_choice
                  prompt: Which class?
                  options: [\(options)]
            quality:
              judgments_per_item: 3
            \(gold ? "  gold: { file: gold.csv, per_hit: 1 }\n" : "")  aggregation:
                label: { method: \(method)\(gold ? ", init: gold" : "") }

            """
    }

    func expectFigure(_ figure: Expected.Figure) throws {
        let expected = try #require(Self.expected)
        let dataset = try #require(expected.datasets.first { $0.name == figure.dataset })
        guard let (triples, fileTruth) = try AggregateDatasets.benchJudgments(loader: dataset.loader, path: dataset.path)
        else { return }
        var truth = fileTruth.merging(dataset.truth ?? [:]) { _, b in b }
        if let reference = dataset.reference {
            for (i, c) in reference.enumerated() { truth["p\(i + 1)"] = String(c) }
        }
        let gold = figure.start == "gold"
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.spec(dataset, method: figure.method, gold: gold)
            .write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        try ("item,worker,question,answer\n" + triples.map { "\($0.0),\($0.1),label,\($0.2)\n" }.joined())
            .write(to: folder.appendingPathComponent("results.csv"), atomically: true, encoding: .utf8)
        if gold {
            try ("item_id,label\n" + dataset.gold_items.map { "\($0),\(truth[$0] ?? "")\n" }.joined())
                .write(to: folder.appendingPathComponent("gold.csv"), atomically: true, encoding: .utf8)
        }
        let out = folder.appendingPathComponent("out")
        let run = AggregateRunner.run(specPath: folder.appendingPathComponent("spec.yaml").path,
                                      results: folder.appendingPathComponent("results.csv").path,
                                      options: AggregateOptions(outputDirectory: out.path))
        try #require(run.summary != nil, "\(figure): not aggregated: \(run.diagnostics.map(\.message)) \(run.failure ?? "")")
        let labelsText = try String(contentsOf: out.appendingPathComponent("labels.csv"), encoding: .utf8)
        // labels.csv's columns by name (no cell of these datasets needs quoting).
        let lines = labelsText.split(separator: "\n")
        let header = try #require(lines.first).split(separator: ",").map(String.init)
        let itemColumn = try #require(header.firstIndex(of: "item")), labelColumn = try #require(header.firstIndex(of: "label"))
        var labels: [String: String] = [:]
        for line in lines.dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            labels[String(cells[itemColumn])] = String(cells[labelColumn])
        }
        // Items with truth that have answers, in order of first appearance; with gold, not the gold ones.
        var seen = Set<String>()
        let goldItems = gold ? Set(dataset.gold_items) : []
        var right = 0, total = 0
        for (item, _, _) in triples where seen.insert(item).inserted {
            guard let answer = truth[item], !goldItems.contains(item) else { continue }
            total += 1
            if labels[item] == answer { right += 1 }
        }
        let accuracy = Double(right) / Double(max(total, 1))
        #expect(total == figure.items, "\(figure): \(total) items scored, the table has \(figure.items)")
        #expect(String(format: "%.4f", accuracy) == String(format: "%.4f", figure.accuracy),
                "\(figure): accuracy \(right)/\(total) = \(accuracy), the table has \(figure.right)/\(figure.items) = \(figure.accuracy); rerun bench/accuracy.py if the change is meant")
    }
}
