import Foundation
import Testing
@testable import HITCompiler

/// A pairwise question end to end: `hitc build` shows the two sides, `hitc
/// aggregate --data` writes `ranking.csv` next to the labels.
@Suite(.serialized)
struct PairwiseCLITests {
    static let spec = """
        hitc: 1
        id: pairwise-test
        version: 1.0.0
        title: Which answer is better?
        description: Compare two answers.
        language: en
        data:
          key: pair_id
          fields:
            pair_id: { type: string }
            answer_a: { type: text }
            answer_b: { type: markdown }
            model_a: { type: string }
            model_b: { type: string }
        hit:
          items_per_hit: 2
          reward: 0.20 USD
          estimated_seconds: 30
          layout:
            - question: better
          questions:
            better:
              type: pairwise
              prompt: Which answer is better?
              left: answer_a
              right: answer_b
              left_id: model_a
              right_id: model_b
              answers: { left: A is better, right: B is better, tie: About the same }
              keys: { tie: t }
        guidelines:
          summary: Read both, pick the better.
          examples:
            - item: { pair_id: ex, answer_a: "<script>alert(1)</script>", answer_b: "**bold**", model_a: m1, model_b: m2 }
              answers: { better: right }
              why: B is an answer.
        quality:
          judgments_per_item: 3
          aggregation:
            better: { method: METHOD }
        targets:
          generic: { submit_url: "https://labels.example.com/submit" }

        """

    // Ids with a comma, a quote and markup: they must come back intact in ranking.csv.
    static let data = #"""
        pair_id,answer_a,answer_b,model_a,model_b
        p1,x,y,"model, large","say ""hi"""
        p2,x,y,"say ""hi""",<b>m3</b>
        p3,x,y,<b>m3</b>,"model, large"
        p4,x,y,"model, large","model, large"

        """#

    static let results = """
        item,worker,question,answer
        p1,w1,better,left
        p1,w2,better,left
        p1,w3,better,right
        p2,w1,better,left
        p2,w2,better,tie
        p3,w1,better,right
        p3,w2,better,right
        p4,w1,better,left
        unknown,w1,better,left

        """

    static func folder(method: String) throws -> URL {
        let folder = Paths.temporaryDirectory()
        try spec.replacingOccurrences(of: "METHOD", with: method)
            .write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        try data.write(to: folder.appendingPathComponent("items.csv"), atomically: true, encoding: .utf8)
        try results.write(to: folder.appendingPathComponent("results.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test(arguments: ["bradley_terry", "noisy_bt"])
    func aggregateWritesTheRankingNextToTheLabels(method: String) throws {
        let folder = try Self.folder(method: method)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "--data", "items.csv", "-o", "agg", "-q"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        let agg = folder.appendingPathComponent("agg")
        let ranking = try String(contentsOf: agg.appendingPathComponent("ranking.csv"), encoding: .utf8)
        let rows = try CSVTestParser.rows(ranking)
        #expect(rows.first == ["object", "score", "rank", "wins", "losses", "ties", "comparisons"])
        // p1: "model, large" beat "say \"hi\"" 2-1; p2: "say \"hi\"" beat <b>m3</b> once, drew once; p3: "model, large"
        // beat <b>m3</b> twice; p4 compares an object with itself and "unknown" has no data row: both left out.
        let byObject = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0) })
        #expect(Set(byObject.keys) == ["model, large", "say \"hi\"", "<b>m3</b>"])
        #expect(byObject["model, large"]?[3...6] == ["4", "1", "0", "5"])
        #expect(byObject["say \"hi\""]?[3...6] == ["2", "2", "1", "5"])
        #expect(byObject["<b>m3</b>"]?[3...6] == ["0", "3", "1", "4"])
        #expect(rows.dropFirst().map(\.[0]) == ["model, large", "say \"hi\"", "<b>m3</b>"])
        #expect(rows.dropFirst().map(\.[2]) == ["1", "2", "3"])
        let summary = try String(contentsOf: agg.appendingPathComponent("summary.json"), encoding: .utf8)
        #expect(summary.contains("\"self_comparisons\" : 1"))
        #expect(summary.contains("\"unknown_items\" : 1"))
        let labels = try String(contentsOf: agg.appendingPathComponent("labels.csv"), encoding: .utf8)
        #expect(labels.contains("p1,better,left,"))
        #expect(labels.contains("p3,better,right,"))
        if method == "noisy_bt" {
            let workers = try String(contentsOf: agg.appendingPathComponent("workers.csv"), encoding: .utf8)
            #expect(workers.hasPrefix("worker,") && workers.split(separator: "\n")[0].hasSuffix(",better.skill"))
        }
    }

    @Test func aggregateWithoutTheDataFileSaysWhatIsMissing() throws {
        let folder = try Self.folder(method: "bradley_terry")
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg"], in: folder)
        #expect(out.status == 1)
        #expect(out.stderr.contains("question 'better' ranks the objects it compares: give the data file the items came from with --data FILE"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("agg").path))
    }

    @Test func theSummaryNamesTheRankingFile() throws {
        let folder = try Self.folder(method: "bradley_terry")
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "--data", "items.csv", "-o", "agg"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasSuffix("agg/summary.json, agg/ranking.csv, agg/report.html\n"), "\(out.stdout)")
    }

    @Test func majorityLabelsWithoutARankingOrDataFile() throws {
        let folder = try Self.folder(method: "majority")
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg", "-q"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("agg/ranking.csv").path))
    }

    @Test func buildShowsTheSidesAndEscapesTheExample() throws {
        let folder = try Self.folder(method: "bradley_terry")
        let out = try runHITC(["build", "spec.yaml", "-o", "out", "-q"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        let task = try String(contentsOf: folder.appendingPathComponent("out/pairwise-test/task.html"), encoding: .utf8)
        #expect(task.contains(#"<div class="hitc-pair-text" data-field="answer_a"></div>"#))
        #expect(task.contains(#"data-field="answer_b" data-markdown="true""#))
        #expect(task.contains(#"aria-keyshortcuts="t""#))
        let guidelines = try String(contentsOf: folder.appendingPathComponent("out/pairwise-test/guidelines.html"), encoding: .utf8)
        #expect(guidelines.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!guidelines.contains("<script>alert(1)"))
        #expect(guidelines.contains("<strong>bold</strong>"))
    }
}
