import Foundation
import Testing
@testable import HITCompiler

/// The MTurk results path end to end, with the real `hitc` binary
/// (`SimulatedRound`: build an example bundle, `hitc batch` its sample data,
/// decode every HIT's payload, let simulated workers answer every slot in the
/// shape of MTurk's batch results CSV, run `hitc aggregate`), and check the
/// labels against the simulated truth. The same pages written as Prolific
/// submissions (JSON Lines of what the page sends) must give the same labels
/// and worker scores.
@Suite(.serialized)
struct BatchEndToEndTests {
    @Test(arguments: ["grocery-search-relevance", "product-categorisation", "answer-helpfulness"])
    func mturkResultsPathGivesTheSimulatedTruth(_ name: String) throws {
        // 1-5. Built, batched, answered as MTurk's results CSV and aggregated (`SimulatedRound`).
        let round = try SimulatedRound.make(name)
        let folder = round.folder
        let page = try String(contentsOf: folder.appendingPathComponent("out/\(name)/task.html"), encoding: .utf8)
        #expect(PageSafety.placeholderCount(page) == 1 && page.contains(PageSafety.itemsPlaceholder))
        #expect(round.batchOutput.stderr.isEmpty, "\(round.batchOutput.stderr)")
        let hits = round.mturkResults.count - 1
        let judgments = round.spec.quality?.judgmentsPerItem.value ?? 1
        #expect(round.batchOutput.stdout.contains("\(hits / judgments) HITs"), "\(round.batchOutput.stdout)")
        let summary = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent("agg-mturk/summary.json"))) as? [String: Any])
        let dropped = (summary["dropped_workers"] as? [[String: Any]] ?? []).compactMap { $0["worker"] as? String }
        #expect(dropped == ["W5"], "the spammer fails gold and only the spammer is dropped")
        #expect(summary["rejected_assignments"] as? Int == 0)

        // 6. Labels: none for gold; every real item's labels are the truth where the kept votes are unanimous.
        var votes: [String: [String: [(String, String)]]] = [:]
        for p in round.pages {
            for item in p.items {
                for (qid, answer) in item.answers where !answer.isEmpty { votes[item.key, default: [:]][qid, default: []].append((p.worker, answer)) }
            }
        }
        let lines = try String(contentsOf: folder.appendingPathComponent("agg-mturk/labels.jsonl"), encoding: .utf8).split(separator: "\n")
        var labelled = Set<String>()
        var checkedLabels = 0
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let item = try #require(object["item"] as? String)
            let qid = try #require(object["question"] as? String)
            #expect(!round.gold.keys.contains(item), "gold item \(item) got a label")
            labelled.insert(item)
            let question = try #require(round.questions.first { $0.id == qid })
            if question.kind.type is TextQuestion { continue }
            let kept = (votes[item]?[qid] ?? []).filter { $0.0 != "W5" }.map(\.1)
            let label: String
            if let list = object["label"] as? [String] { label = list.joined(separator: "|") } else { label = object["label"] as? String ?? "" }
            let expected = round.truth[item]?[qid] ?? ""
            if kept.count >= 2, Set(kept).count == 1 {
                #expect(kept[0] == expected)
                if let a = Double(label), let b = Double(expected) {
                    #expect(a == b, "\(item) \(qid)")
                } else {
                    #expect(label == expected, "\(item) \(qid): kept votes \(kept)")
                }
                checkedLabels += 1
            } else if kept.count >= 3, Set(kept).count == 2, kept.filter({ $0 == expected }).count * 2 > kept.count,
                      question.choice != nil || question.orderedValues != nil {
                // A clear majority for the truth: never the wrong label (at worst undecided by min_confidence).
                #expect(label == expected || label == "undecided" || Double(label) != nil, "\(item) \(qid): \(kept) → \(label)")
            }
        }
        let realItems = Set(round.truth.keys).subtracting(round.gold.keys)
        #expect(labelled == realItems, "every real item has labels")
        #expect(checkedLabels * 2 >= realItems.count, "most labels were checked against the truth (\(checkedLabels))")

        // 7. The Prolific path: the same pages as submissions give the same labels and worker scores.
        var submissions: [String] = []
        for p in round.pages {
            var object: [String: String] = ["PROLIFIC_PID": p.worker, "STUDY_ID": "S1", "SESSION_ID": p.assignment,
                                            "hitc_seconds": String(p.seconds)]
            if round.spec.communication?.feedback != nil { object["hitc_feedback"] = "" }
            for (slot, item) in p.items.enumerated() {
                object["item\(slot + 1)"] = item.key
                for q in round.questions { object["item\(slot + 1)_\(q.id)"] = item.answers[q.id] ?? "" }
            }
            let line = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            submissions.append(String(decoding: line, as: UTF8.self))
        }
        try round.write(submissions.joined(separator: "\n") + "\n", to: "submissions.jsonl")
        let viaProlific = try round.aggregate("submissions.jsonl", output: "agg-prolific")
        #expect(viaProlific.status == 0, "\(viaProlific.stderr)")
        #expect(viaProlific.stdout.contains("(submissions format)"), "\(viaProlific.stdout)")
        for file in ["labels.csv", "labels.jsonl", "workers.csv"] {
            #expect(try round.labels("agg-mturk", file: file) == round.labels("agg-prolific", file: file),
                    "\(file) differs between the MTurk results and the Prolific submissions")
        }
    }

    /// The harness the platforms' round-trip tests stand on: the same judgments regrouped item by
    /// item (as Label Studio, Toloka and Appen export them), in the long format, give the same labels.
    @Test(arguments: ["grocery-search-relevance", "product-categorisation", "answer-helpfulness"])
    func judgmentsRegroupedByItemGiveTheSameLabels(_ name: String) throws {
        let round = try SimulatedRound.make(name)
        var rows = ["item,worker,question,answer,seconds,assignment"]
        for (key, answers) in round.byItem {
            for (page, item) in answers {
                for q in round.questions {
                    let answer = item.answers[q.id] ?? ""
                    rows.append([key, page.worker, q.id, answer, String(page.seconds), page.assignment].map(CSVCell.encode)
                        .joined(separator: ","))
                }
            }
        }
        try round.write(rows.joined(separator: "\n") + "\n", to: "long.csv")
        let long = try round.aggregate("long.csv", format: "long", output: "agg-long")
        #expect(long.status == 0, "\(long.stderr)")
        #expect(try round.labels("agg-long") == round.labels("agg-mturk"))
        #expect(try round.labels("agg-long").count > 100)
    }
}
