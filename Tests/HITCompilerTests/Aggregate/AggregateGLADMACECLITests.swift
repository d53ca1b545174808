import Foundation
import Testing
@testable import HITCompiler

/// `hitc aggregate` with `glad` and `mace` end to end: `workers.csv` gets the
/// method's per-worker figure as `<question>.ability` / `<question>.competence`.
@Suite struct AggregateGLADMACECLITests {
    static func spec(method: String) -> String {
        """
        hitc: 1
        id: glad-mace-cli
        version: 1.0.0
        title: Figures test
        description: Three classes, four careful workers and one who always answers a.
        language: en
        data:
          key: item_id
          fields:
            item_id: { type: string }
            text: { type: text }
        hit:
          items_per_hit: 10
          reward: 0.50 USD
          estimated_seconds: 60
          layout:
            - text: text
            - question: label
          questions:
            label:
              type: single_choice
              prompt: Which class?
              options: [a, b, c]
        quality:
          judgments_per_item: 5
          aggregation:
            label: { method: \(method) }
        """
    }

    /// 60 items with truth cycling a, b, c; w1 to w4 answer the truth except
    /// every seventh judgment; w5 always answers a.
    static func results() -> String {
        let classes = ["a", "b", "c"]
        var lines = ["item,worker,question,answer"]
        var k = 0
        for i in 0..<60 {
            for w in 1...5 {
                k += 1
                let truth = i % 3
                let answer = w == 5 ? 0 : (k % 7 == 0 ? (truth + 1) % 3 : truth)
                lines.append("i\(i),w\(w),label,\(classes[answer])")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [("mace", "competence"), ("glad", "ability")])
    func workersCSVGetsTheFigure(_ method: String, _ figure: String) throws {
        let folder = Paths.temporaryDirectory()
        try Self.spec(method: method).write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        try Self.results().write(to: folder.appendingPathComponent("results.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        let agg = folder.appendingPathComponent("agg")
        let rows = try String(contentsOf: agg.appendingPathComponent("workers.csv"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let column = try #require(rows.first?.firstIndex(of: "label.\(figure)"), "header \(rows.first ?? [])")
        var values: [String: Double] = [:]
        for row in rows.dropFirst() { values[row[0]] = Double(row[column]) }
        #expect(values.count == 5)
        for w in 1...4 {
            #expect((values["w\(w)"] ?? -9) > (values["w5"] ?? 9), "\(method): w\(w) \(values["w\(w)"] ?? .nan) vs w5 \(values["w5"] ?? .nan)")
        }
        if method == "mace" {
            #expect((values["w5"] ?? 1) < 0.2 && (values["w1"] ?? 0) > 0.7, "\(values)")
        }
        let labels = try String(contentsOf: agg.appendingPathComponent("labels.csv"), encoding: .utf8).split(separator: "\n")
        #expect(labels.count == 61)
        #expect(labels.dropFirst().allSatisfy { $0.hasSuffix(",5,\(method),decided") }, "\(labels.prefix(3))")
        let expected = (0..<60).map { "i\($0),label,\(["a", "b", "c"][$0 % 3])," }
        #expect(zip(labels.dropFirst(), expected).allSatisfy { $0.hasPrefix($1) })
    }
}
