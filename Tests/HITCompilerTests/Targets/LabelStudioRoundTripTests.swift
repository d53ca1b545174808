import Foundation
import Testing
@testable import HITCompiler

/// One spec, same labels on Label Studio: the simulated answers of a round
/// (`SimulatedRound`) written as Label Studio's JSON export (tasks from the
/// batch's `label_studio/tasks.json`, one annotation per worker and item) and
/// as its JSON-MIN export, aggregated with the real `hitc`, give `labels.csv`
/// byte for byte as the MTurk path's. The JSON export also carries what
/// Label Studio adds and the reader must leave out: a cancelled annotation,
/// labels instead of aliases from one annotator, a stale answer to a question
/// `visible_if` hides, and the annotator as an object.
@Suite(.serialized)
struct LabelStudioRoundTripTests {
    @Test(arguments: ["grocery-search-relevance", "product-categorisation", "answer-helpfulness"])
    func labelStudioExportsGiveTheMTurkLabels(_ name: String) throws {
        let round = try SimulatedRound.make(name, targets: ["label_studio"])
        let tasksURL = round.folder.appendingPathComponent("batch/label_studio/tasks.json")
        let imported = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: tasksURL)) as? [[String: Any]])
        var dataByKey: [String: [String: Any]] = [:]
        for task in imported {
            let data = try #require(task["data"] as? [String: Any])
            dataByKey[try #require(data[round.keyField] as? String)] = data
        }

        let export = try Self.jsonExport(round, dataByKey)
        try round.write(export, to: "export.json")
        let json = try round.aggregate("export.json", output: "agg-ls")
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains("(label_studio format)"), "\(json.stdout)")
        #expect(try round.labels("agg-ls") == round.labels("agg-mturk"), "JSON export: labels.csv differs from the MTurk path's")
        let summary = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: round.folder.appendingPathComponent("agg-ls/summary.json"))) as? [String: Any])
        #expect(summary["rejected_assignments"] as? Int == 1, "the cancelled annotation is counted rejected")

        let min = try Self.jsonMinExport(round, dataByKey)
        try round.write(min, to: "export-min.json")
        let minRun = try round.aggregate("export-min.json", format: "label_studio", output: "agg-ls-min")
        #expect(minRun.status == 0, "\(minRun.stderr)")
        #expect(try round.labels("agg-ls-min") == round.labels("agg-mturk"), "JSON-MIN export: labels.csv differs from the MTurk path's")
        // The stale answer to a hidden question (in the JSON export only) is dropped: as many judgments as JSON-MIN's.
        let minSummary = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: round.folder.appendingPathComponent("agg-ls-min/summary.json"))) as? [String: Any])
        #expect(summary["judgments"] as? Int == minSummary["judgments"] as? Int)
        #expect(summary["blank_answers"] as? Int == minSummary["blank_answers"] as? Int)
        if round.questions.contains(where: { !$0.visibleIf.isEmpty }) { #expect(Self.staleWritten(round)) }
    }

    /// The value of a result for `answer` (as the page submits it) to `question`;
    /// `labels`: choices given by their labels, as a config without aliases would export them.
    static func value(_ answer: String, _ question: Question, labels: Bool) -> [String: Any] {
        if let choice = question.choice {
            let values = answer.split(separator: "|").map(String.init)
            return ["choices": values.map { v in labels ? choice.options.first { $0.value == v }!.label : v }]
        }
        switch question.kind.type {
        case is ScaleQuestion: return ["choices": [answer]]
        case is NumberQuestion: return ["number": Int(answer) ?? Double(answer)!]
        default: return ["text": [answer]]
        }
    }

    static func encode(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]), as: UTF8.self)
    }

    static func workerID(_ worker: String) -> Int { Int(worker.dropFirst()) ?? 0 }

    /// The JSON export: a task per item, an annotation per worker's answers to it.
    static func jsonExport(_ round: SimulatedRound, _ dataByKey: [String: [String: Any]]) throws -> String {
        var tasks: [[String: Any]] = []
        var annotationID = 0
        var staleWritten = false
        for (t, entry) in round.byItem.enumerated() {
            var annotations: [[String: Any]] = []
            for (page, item) in entry.answers {
                annotationID += 1
                var results: [[String: Any]] = []
                for q in round.questions {
                    var answer = item.answers[q.id] ?? ""
                    if answer.isEmpty, !q.visibleIf.isEmpty, !staleWritten, page.worker == "W3" {
                        // A value kept after its question was hidden: must be dropped.
                        answer = SimulatedRound.randomAnswer(q, random: &stale, avoiding: nil)
                        staleWritten = true
                    }
                    guard !answer.isEmpty else { continue }
                    results.append(["id": "r\(annotationID)\(q.id)", "from_name": q.id, "to_name": "text",
                                    "type": q.choice != nil || q.kind.type is ScaleQuestion ? "choices"
                                        : q.kind.type is NumberQuestion ? "number" : "textarea",
                                    "origin": "manual", "value": value(answer, q, labels: page.worker == "W2")])
                }
                let completedBy: Any = page.worker == "W1"
                    ? ["id": workerID(page.worker), "email": "w1@example.org", "first_name": "", "last_name": ""]
                    : workerID(page.worker)
                annotations.append(["id": annotationID, "completed_by": completedBy, "result": results,
                                    "was_cancelled": false, "ground_truth": false, "lead_time": page.seconds,
                                    "created_at": "2026-12-06T10:00:00.000000Z", "task": t + 1, "prediction": [:] as [String: Any]])
            }
            if t == 0 {
                // A cancelled annotation with an answer that is not valid: skipped, counted rejected.
                annotations.append(["id": 99_999, "completed_by": 42, "was_cancelled": true, "lead_time": 3.5,
                                    "result": [["from_name": round.questions[0].id, "to_name": "text", "type": "choices",
                                                "value": ["choices": ["no such option"]]]]])
            }
            tasks.append(["id": t + 1, "data": try #require(dataByKey[entry.key]), "annotations": annotations,
                          "predictions": [] as [Any], "meta": [:] as [String: Any], "project": 1,
                          "total_annotations": annotations.count, "cancelled_annotations": t == 0 ? 1 : 0])
        }
        return try encode(tasks)
    }

    nonisolated(unsafe) static var stale = SeededRandom(seed: 7)

    /// Whether the JSON export got a stale answer (W3 answering an item where a `visible_if` question is hidden).
    static func staleWritten(_ round: SimulatedRound) -> Bool {
        round.byItem.contains { entry in
            entry.answers.contains { page, item in
                page.worker == "W3" && round.questions.contains { !$0.visibleIf.isEmpty && (item.answers[$0.id] ?? "").isEmpty }
            }
        }
    }

    /// The JSON-MIN export: a record per annotation, as label-studio-sdk's converter writes it.
    static func jsonMinExport(_ round: SimulatedRound, _ dataByKey: [String: [String: Any]]) throws -> String {
        var records: [[String: Any]] = []
        var annotationID = 0
        for (t, entry) in round.byItem.enumerated() {
            for (page, item) in entry.answers {
                annotationID += 1
                var record = try #require(dataByKey[entry.key])
                record["id"] = t + 1
                for q in round.questions {
                    let answer = item.answers[q.id] ?? ""
                    guard !answer.isEmpty else { continue }
                    // prettify_result: one choice or text as itself, else the value object; a number in a list.
                    let v = value(answer, q, labels: false)
                    if let choices = v["choices"] as? [String], choices.count == 1 {
                        record[q.id] = choices[0]
                    } else if let texts = v["text"] as? [String], texts.count == 1 {
                        record[q.id] = texts[0]
                    } else if v["number"] != nil {
                        record[q.id] = [v]
                    } else {
                        record[q.id] = v
                    }
                }
                record["annotator"] = "\(page.worker.lowercased())@example.org"
                record["annotation_id"] = annotationID
                record["created_at"] = "2026-12-06T10:00:00.000000Z"
                record["updated_at"] = "2026-12-06T10:00:00.000000Z"
                record["lead_time"] = Double(page.seconds)
                records.append(record)
            }
        }
        return try encode(records)
    }
}
