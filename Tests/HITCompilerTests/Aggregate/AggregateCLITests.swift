import Foundation
import Testing
@testable import HITCompiler

/// `hitc aggregate` end to end: a spec in a temporary folder, a small results
/// file, the output files' contents and the exit code; bad input gives located
/// errors, exit 1, no output and no crash.
@Suite(.serialized)
struct AggregateCLITests {
    /// A copy of an example spec (with its data) in a new temporary folder.
    static func specFolder(_ name: String) throws -> URL {
        let folder = Paths.temporaryDirectory()
        let source = Paths.specs.appendingPathComponent(name)
        for entry in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(entry), to: folder.appendingPathComponent(entry))
        }
        return folder
    }

    static func contents(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    func expectNoCrash(_ out: ProcessOutput) {
        for marker in ["Fatal error", "Stack dump", "backtrace", "Segmentation fault", "Illegal instruction"] {
            #expect(!out.stderr.contains(marker), "crash marker '\(marker)' in stderr: \(out.stderr)")
        }
        #expect(out.status < 128)
    }

    @Test func longFormatEndToEnd() throws {
        let folder = try Self.specFolder("grocery-search-relevance")
        // gold-001 is exact, gold-002 complement (data/gold.csv). w4 fails both and is dropped (min_accuracy 0.8).
        try #"""
            item,worker,question,answer,seconds,assignment
            a1,w1,relevance,exact,30,s1
            a1,w2,relevance,exact,31,s2
            a1,w3,relevance,exact,32,s3
            a1,w4,relevance,irrelevant,5,s4
            a2,w1,relevance,irrelevant,30,s1
            a2,w2,relevance,irrelevant,31,s2
            a2,w3,relevance,substitute,32,s3
            a3,w1,relevance,cant_judge,30,s1
            a3,w1,reason,"no image, ""404""",30,s1
            a3,w2,relevance,cant_judge,31,s2
            a3,w2,reason,broken link,31,s2
            a3,w3,relevance,cant_judge,32,s3
            gold-001,w1,relevance,exact,30,s1
            gold-001,w2,relevance,exact,31,s2
            gold-001,w3,relevance,exact,32,s3
            gold-001,w4,relevance,substitute,5,s4
            gold-002,w4,relevance,exact,5,s4
            gold-002,w3,relevance,complement,32,s3
            """#.write(to: folder.appendingPathComponent("results.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg"], in: folder)
        expectNoCrash(out)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.isEmpty, "\(out.stderr)")
        #expect(out.stdout.contains("Aggregated 18 judgments from results.csv (long format): 3 items, 2 gold items, 4 workers"), "\(out.stdout)")
        #expect(out.stdout.contains("Dropped 1 worker below gold min_accuracy: w4"))
        #expect(out.stdout.contains("Flagged 1 HIT faster than 20 s, by 1 worker"))
        let agg = folder.appendingPathComponent("agg")
        let labels = try Self.contents(agg.appendingPathComponent("labels.csv")).split(separator: "\n").map(String.init)
        #expect(labels.count == 5)
        #expect(labels[0] == "item,question,label,confidence,judgments,method,status")
        let rows = labels.dropFirst().map { $0.split(separator: ",", maxSplits: 2).map(String.init) }
        #expect(rows.map { $0[0] + " " + $0[1] } == ["a1 relevance", "a2 relevance", "a3 relevance", "a3 reason"])
        #expect(labels[1].hasPrefix("a1,relevance,exact,"))
        #expect(labels[1].hasSuffix(",3,dawid_skene,decided"), "w4's answer does not count")
        #expect(labels[2].hasPrefix("a2,relevance,irrelevant,"))
        #expect(labels[3].hasPrefix("a3,relevance,cant_judge,"))
        #expect(labels[4] == #"a3,reason,"[""no image, \""404\"""",""broken link""]",,2,collect,decided"#)
        let jsonl = try Self.contents(agg.appendingPathComponent("labels.jsonl")).split(separator: "\n")
        #expect(jsonl.count == 4)
        #expect(jsonl[3] == #"{"item":"a3","judgments":2,"label":["no image, \"404\"","broken link"],"method":"collect","question":"reason","status":"decided"}"#)
        for line in jsonl {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["item"] != nil)
        }
        let workers = try Self.contents(agg.appendingPathComponent("workers.csv")).split(separator: "\n").map(String.init)
        #expect(workers == [
            "worker,answers,gold_answers,gold_correct,gold_accuracy,agreement,median_seconds,fast_hits,flags,status,relevance.accuracy",
            "w1,5,1,1,1,1,30,0,,kept,0.814295",
            "w2,5,1,1,1,1,31,0,,kept,0.814295",
            "w3,5,2,2,1,0.666667,32,0,,kept,0.777175",
            "w4,3,2,0,0,0,5,1,fast;low_gold_accuracy,dropped,",
        ])
        let summaryData = try Data(contentsOf: agg.appendingPathComponent("summary.json"))
        let summary = try JSONDecoder().decode(AggregateSummary.self, from: summaryData)
        #expect(summary.judgments == 18 && summary.items == 3 && summary.goldItems == 2 && summary.workers == 4)
        #expect(summary.droppedWorkers.map(\.worker) == ["w4"])
        #expect(summary.droppedWorkers.first?.reason == "gold accuracy 0/2 is below min_accuracy 0.8")
        #expect(summary.fastWorkers == ["w4"] && summary.fastHits == 1)
        let relevance = try #require(summary.questions.first)
        #expect(relevance.method == "dawid_skene" && relevance.labels == 3 && relevance.judgments == 9)
        #expect(relevance.converged == true)
        let agreement = try #require(relevance.agreement)
        #expect(agreement.alphaLevel == "nominal")
        // Kept judgments: a1 exact×3, a2 irrelevant×2 + substitute, a3 cant_judge×3.
        let alpha = try #require(KrippendorffAlpha.alpha(units: [[0, 0, 0], [3, 3, 1], [4, 4, 4]], level: .nominal))
        #expect(agreement.krippendorffAlpha == QuestionAggregation.rounded(alpha))
        #expect(agreement.percentAgreement == QuestionAggregation.rounded(7.0 / 9.0))
        #expect(agreement.pass == (alpha >= 0.6))
        #expect(summary.agreement?.metric == "krippendorff_alpha")
        // Deterministic: a second run writes the same bytes.
        let again = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg2"], in: folder)
        #expect(again.status == 0)
        for name in AggregateWriter.fileNames {
            #expect(try Data(contentsOf: agg.appendingPathComponent(name))
                    == Data(contentsOf: folder.appendingPathComponent("agg2").appendingPathComponent(name)), "\(name)")
        }
    }

    @Test func defaultOutputFolderIsOutIdAggregate() throws {
        let folder = try Self.specFolder("grocery-search-relevance")
        try "item,worker,question,answer\na1,w1,relevance,exact\n".write(to: folder.appendingPathComponent("r.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "r.csv", "--quiet"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.isEmpty)
        let labels = folder.appendingPathComponent("out/grocery-search-relevance/aggregate/labels.csv")
        let text = try Self.contents(labels)
        #expect(text.hasPrefix("item,question,label,confidence,judgments,method,status\na1,relevance,exact,0.98"), "\(text)")
        #expect(text.hasSuffix(",1,dawid_skene,decided\n"))
    }

    @Test(arguments: [
        ("unknown question", "item,worker,question,answer\na1,w1,relevance,exact\na1,w2,relevanse,exact\n",
         "r.csv:3:7: error: row 2: question 'relevanse' is not defined by the spec [E0503]"),
        ("answer not an option", "item,worker,question,answer\na1,w1,relevance,exact\na1,w2,relevance,perfect\n",
         "r.csv:3:17: error: row 2, answer to 'relevance': 'perfect' is not an option of 'relevance'"),
        ("malformed CSV", "item,worker,question,answer\na1,w1,relevance,\"exact\nx\n",
         "r.csv:2:17: error: row 1: unterminated quoted cell"),
        ("wrong cell count", "item,worker,question,answer\na1,w1,relevance\n",
         "r.csv:2:16: error: row 1 has 3 cells; the header has 4 [E0404]"),
    ])
    func badInputIsALocatedErrorWithExitOne(_ name: String, _ text: String, _ expected: String) throws {
        let folder = try Self.specFolder("grocery-search-relevance")
        try text.write(to: folder.appendingPathComponent("r.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "r.csv", "-o", "agg"], in: folder)
        expectNoCrash(out)
        #expect(out.status == 1, "\(name)")
        #expect(out.stderr.contains(expected), "\(name): \(out.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("agg").path), "no output on errors")
        let json = try runHITC(["aggregate", "spec.yaml", "--results", "r.csv", "--diagnostics-format", "json"], in: folder)
        #expect(json.status == 1)
        #expect(json.stdout.contains("\"file\""), "\(json.stdout)")
    }

    @Test func badSubmissionsAreLocatedErrorsWithExitOne() throws {
        let folder = try Self.specFolder("grocery-search-relevance")
        try #"""
            {"item1": "a1", "item1_relevance": "exact", "item1_reason": "", "PROLIFIC_PID": "p1"}
            {"item1": "a1", "item1_relevance": "perfect", "item1_reason": "", "PROLIFIC_PID": "p2"}
            {"item1": "a1", "item1_relevance": "exact", "item1_reason": ""}
            """#.write(to: folder.appendingPathComponent("s.jsonl"), atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "s.jsonl", "-o", "agg"], in: folder)
        expectNoCrash(out)
        #expect(out.status == 1)
        #expect(out.stderr.contains("s.jsonl:2:36: error: row 2, answer to 'relevance': 'perfect' is not an option of 'relevance'"),
                "\(out.stderr)")
        #expect(out.stderr.contains("s.jsonl:3:1: error: row 3: no worker: a submission needs the key 'worker' (added by the host) or 'PROLIFIC_PID' [E0504]"),
                "\(out.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("agg").path), "no output on errors")
        try "item,worker,question,answer\na1,w1,relevance,exact\n".write(to: folder.appendingPathComponent("r.csv"),
                                                                          atomically: true, encoding: .utf8)
        let csv = try runHITC(["aggregate", "spec.yaml", "--results", "r.csv", "--format", "submissions"], in: folder)
        expectNoCrash(csv)
        #expect(csv.status == 1)
        #expect(csv.stderr.contains("submissions are JSON Lines (.jsonl or .ndjson), not CSV [E0501]"), "\(csv.stderr)")
    }

    @Test func usageErrorsAndBadSpecs() throws {
        let missing = try runHITC(["aggregate", "spec.yaml"])
        #expect(missing.status == 64)
        let folder = try Self.specFolder("grocery-search-relevance")
        let out = try runHITC(["aggregate", "nope.yaml", "--results", "r.csv"], in: folder)
        #expect(out.status == 1)
        #expect(out.stderr.contains("nope.yaml: error: no such file [E0001]"))
        let noResults = try runHITC(["aggregate", "spec.yaml", "--results", "none.csv"], in: folder)
        #expect(noResults.status == 1)
        #expect(noResults.stderr.contains("E0402"), "\(noResults.stderr)")
    }

    @Test func multiChoiceJSONLinesWithWeightedMajority() throws {
        let folder = try Self.specFolder("product-categorisation")
        // gold-01 is fresh_produce / vegan|vegetarian|gluten_free|dairy_free (data/gold.csv).
        try #"""
            {"item": "p1", "worker": "w1", "question": "category", "answer": "bakery", "seconds": 60}
            {"item": "p1", "worker": "w2", "question": "category", "answer": "bakery", "seconds": 60}
            {"item": "p1", "worker": "w3", "question": "category", "answer": "pantry", "seconds": 60}
            {"item": "p1", "worker": "w1", "question": "dietary_tags", "answer": ["vegan", "vegetarian"], "seconds": 60}
            {"item": "p1", "worker": "w2", "question": "dietary_tags", "answer": ["vegetarian"], "seconds": 60}
            {"item": "p1", "worker": "w3", "question": "dietary_tags", "answer": ["vegetarian", "organic"], "seconds": 60}
            {"item": "gold-01", "worker": "w3", "question": "category", "answer": "fresh_produce", "seconds": 60}
            {"item": "gold-01", "worker": "w1", "question": "category", "answer": "pantry", "seconds": 60}
            {"item": "gold-01", "worker": "w2", "question": "category", "answer": "pantry", "seconds": 60}
            """#.write(to: folder.appendingPathComponent("results.jsonl"), atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.jsonl", "-o", "agg"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        let labels = try Self.contents(folder.appendingPathComponent("agg/labels.csv"))
        // w1 and w2 fail gold and are dropped (min_accuracy 0.75): only w3 counts.
        #expect(labels == #"""
            item,question,label,confidence,judgments,method,status
            p1,category,pantry,1,1,weighted_majority,decided
            p1,dietary_tags,vegetarian|organic,1,1,majority,decided

            """#, "\(labels)")
    }
}
