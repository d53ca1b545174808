import Foundation
import Testing
@testable import HITCompiler

/// The MTurk results path end to end, with the real `hitc` binary: build an
/// example bundle, `hitc batch` its sample data, decode every HIT's payload,
/// let simulated workers answer every slot in the shape of MTurk's batch
/// results CSV (the page's form field names as `Answer.*` columns, the batch
/// CSV's columns as `Input.*`), run `hitc aggregate`, and check the labels.
/// The same pages written as Prolific submissions (JSON Lines of what the page
/// sends) must give the same labels and worker scores.
///
/// Workers W1-W4 answer a simulated truth (W4 gets the first real item of
/// every other HIT wrong); W5 is a spammer who never gives the true answer,
/// gold included, and must be dropped by the spec's `gold.min_accuracy`.
@Suite(.serialized)
struct BatchEndToEndTests {
    /// A question's answer as the page submits it, for one item.
    typealias Answers = [String: String]

    @Test(arguments: ["grocery-search-relevance", "product-categorisation", "answer-helpfulness"])
    func mturkResultsPathGivesTheSimulatedTruth(_ name: String) throws {
        let folder = try BatchFixtures.specFolder(name)
        let checked = Pipeline.check(path: folder.appendingPathComponent("spec.yaml").path)
        let spec = try #require(checked.spec)
        let sample = try #require(spec.data.sample?.value)

        // 1. The bundle, as a requester would build it; its page takes the items from `${items}`.
        let build = try runHITC(["build", "spec.yaml", "-o", "out"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("out/\(name)/task.html"), encoding: .utf8)
        #expect(PageSafety.placeholderCount(page) == 1 && page.contains(PageSafety.itemsPlaceholder))

        // 2. The batch of the sample data.
        let batch = try runHITC(["batch", "spec.yaml", "--data", sample, "-o", "batch", "--seed", "2026"], in: folder)
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(batch.stderr.isEmpty, "\(batch.stderr)")
        let csv = try String(contentsOf: folder.appendingPathComponent("batch/mturk/batch.csv"), encoding: .utf8)
        let rows = BatchFixtures.csvRows(csv)
        #expect(rows.first == ["items", "hit", "item_keys"])
        let hits = Array(rows.dropFirst())
        let judgments = spec.quality?.judgmentsPerItem.value ?? 1
        #expect(batch.stdout.contains("\(hits.count) HITs"), "\(batch.stdout)")

        // 3. The truth: gold answers from the gold file, a seeded random truth for every other item.
        let gold = GoldPool(try #require(checked.checked))
        var random = SeededRandom(seed: 99)
        var truth: [String: Answers] = [:]
        for item in gold.items { truth[item.key] = Self.answers(spec.hit.questions, given: item.answers, random: &random) }

        // 4. Workers answer each HIT as the page would submit it.
        let workers = ["W1", "W2", "W3", "W4", "W5"]
        let slotsPerPage = spec.hit.itemsPerHit?.value ?? 1
        let questions = spec.hit.questions
        var answerColumns: [String] = []
        for n in 1...slotsPerPage {
            answerColumns.append("Answer.item\(n)")
            for q in questions { answerColumns.append("Answer.item\(n)_\(q.id)") }
        }
        answerColumns.append("Answer.hitc_seconds")
        if spec.communication?.feedback != nil { answerColumns.append("Answer.hitc_feedback") }
        let header = ["HITId", "HITTypeId", "Title", "Description", "Keywords", "Reward", "CreationTime", "MaxAssignments",
                      "RequesterAnnotation", "AssignmentDurationInSeconds", "AutoApprovalDelayInSeconds", "Expiration",
                      "NumberOfSimilarHITs", "LifetimeInSeconds", "AssignmentId", "WorkerId", "AssignmentStatus", "AcceptTime",
                      "SubmitTime", "AutoApprovalTime", "ApprovalTime", "RejectionTime", "RequesterFeedback",
                      "WorkTimeInSeconds", "LifetimeApprovalRate", "Last30DaysApprovalRate", "Last7DaysApprovalRate",
                      "Input.items", "Input.hit", "Input.item_keys"] + answerColumns + ["Approve", "Reject"]
        var results = [header.map(CSVCell.encode).joined(separator: ",")]
        var submissions: [String] = []
        // votes[item][question] = [(worker, answer)]
        var votes: [String: [String: [(String, String)]]] = [:]
        let keyField = try #require(spec.data.key?.value)
        for (h, row) in hits.enumerated() {
            let items = try #require(ItemPayload.decode(row[0]), "HIT \(h + 1): payload does not decode")
            #expect(items.count <= slotsPerPage)
            #expect(items.map { $0[keyField] ?? "" }.joined(separator: "|") == row[2])
            for item in items {
                let key = try #require(item[keyField])
                if truth[key] == nil { truth[key] = Self.answers(questions, given: [:], random: &random) }
            }
            // MaxAssignments distinct workers per HIT, rotating through the pool.
            let assigned = (0..<judgments).map { workers[(h + $0) % workers.count] }
            #expect(Set(assigned).count == judgments)
            for worker in assigned {
                var fields: [String: String] = ["Answer.hitc_seconds": "95", "Answer.hitc_feedback": ""]
                var firstReal = true
                for (slot, item) in items.enumerated() {
                    let key = item[keyField]!
                    var given = truth[key]!
                    let isGold = gold.keys.contains(key)
                    if worker == "W5" || (worker == "W4" && !isGold && firstReal && h % 2 == 0) {
                        given = Self.wrong(given, questions, random: &random)
                    }
                    if !isGold { firstReal = false }
                    fields["Answer.item\(slot + 1)"] = key
                    for q in questions {
                        let answer = given[q.id] ?? ""
                        fields["Answer.item\(slot + 1)_\(q.id)"] = answer
                        if !answer.isEmpty { votes[key, default: [:]][q.id, default: []].append((worker, answer)) }
                    }
                }
                let assignment = "A\(h + 1)\(worker)"
                var cells: [String] = ["HIT\(h + 1)", "TYPE1", spec.title?.value ?? "", "", "", "$0.45", "", String(judgments),
                                       "", "1200", "259200", "", "", "604800", assignment, worker, "Submitted", "", "", "",
                                       "", "", "", "95", "100%", "100%", "100%", row[0], row[1], row[2]]
                cells += answerColumns.map { fields[$0] ?? "" }
                cells += ["", ""]
                results.append(cells.map(CSVCell.encode).joined(separator: ","))
                // The same page as Prolific's submit_url receives it (form field names, plus Prolific's ids).
                var object: [String: String] = ["PROLIFIC_PID": worker, "STUDY_ID": "S1", "SESSION_ID": assignment]
                for column in answerColumns { object[String(column.dropFirst("Answer.".count))] = fields[column] ?? "" }
                let line = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                submissions.append(String(decoding: line, as: UTF8.self))
            }
        }
        try (results.joined(separator: "\r\n") + "\r\n").write(to: folder.appendingPathComponent("results.csv"),
                                                                 atomically: true, encoding: .utf8)

        // 5. Aggregate as a requester would.
        let aggregate = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg"], in: folder)
        #expect(aggregate.status == 0, "\(aggregate.stderr)")
        #expect(aggregate.stdout.contains("(mturk format)"), "\(aggregate.stdout)")
        let summary = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent("agg/summary.json"))) as? [String: Any])
        let dropped = (summary["dropped_workers"] as? [[String: Any]] ?? []).compactMap { $0["worker"] as? String }
        #expect(dropped == ["W5"], "the spammer fails gold and only the spammer is dropped")
        #expect(summary["rejected_assignments"] as? Int == 0)

        // 6. Labels: none for gold; every real item's labels are the truth where the kept votes are unanimous.
        let lines = try String(contentsOf: folder.appendingPathComponent("agg/labels.jsonl"), encoding: .utf8).split(separator: "\n")
        var labelled = Set<String>()
        var checkedLabels = 0
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let item = try #require(object["item"] as? String)
            let qid = try #require(object["question"] as? String)
            #expect(!gold.keys.contains(item), "gold item \(item) got a label")
            labelled.insert(item)
            let question = try #require(questions.first { $0.id == qid })
            if question.kind.type is TextQuestion { continue }
            let kept = (votes[item]?[qid] ?? []).filter { $0.0 != "W5" }.map(\.1)
            let label: String
            if let list = object["label"] as? [String] { label = list.joined(separator: "|") } else { label = object["label"] as? String ?? "" }
            let expected = truth[item]?[qid] ?? ""
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
        let realItems = Set(truth.keys).subtracting(gold.keys)
        #expect(labelled == realItems, "every real item has labels")
        #expect(checkedLabels * 2 >= realItems.count, "most labels were checked against the truth (\(checkedLabels))")

        // 7. The Prolific path: the same pages as submissions give the same labels and worker scores.
        try (submissions.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("submissions.jsonl"),
                                                               atomically: true, encoding: .utf8)
        let viaProlific = try runHITC(["aggregate", "spec.yaml", "--results", "submissions.jsonl", "-o", "agg-prolific"], in: folder)
        #expect(viaProlific.status == 0, "\(viaProlific.stderr)")
        #expect(viaProlific.stdout.contains("(submissions format)"), "\(viaProlific.stdout)")
        for file in ["labels.csv", "labels.jsonl", "workers.csv"] {
            let mturk = try Data(contentsOf: folder.appendingPathComponent("agg/\(file)"))
            let prolific = try Data(contentsOf: folder.appendingPathComponent("agg-prolific/\(file)"))
            #expect(mturk == prolific, "\(file) differs between the MTurk results and the Prolific submissions")
        }
    }

    /// A truth for one item: `given` answers (from the gold file) where present,
    /// else a random valid answer; questions hidden by `visible_if` stay empty.
    static func answers(_ questions: [Question], given: [String: String], random: inout SeededRandom) -> Answers {
        var out: Answers = [:]
        for q in questions {
            let visible = q.visibleIf.allSatisfy { condition in
                let other = (out[condition.question.value] ?? "").split(separator: "|").map(String.init)
                return condition.values.contains { other.contains($0.value) }
            }
            guard visible else { out[q.id] = ""; continue }
            if let written = given[q.id], !written.isEmpty {
                out[q.id] = AnswerKeys.pageAnswer(written, q) ?? written.trimmingCharacters(in: .whitespaces)
                continue
            }
            out[q.id] = randomAnswer(q, random: &random, avoiding: nil)
        }
        return out
    }

    /// A different answer to every choice, scale and number question (text kept).
    static func wrong(_ answers: Answers, _ questions: [Question], random: inout SeededRandom) -> Answers {
        var out = answers
        for q in questions {
            guard let current = answers[q.id], !current.isEmpty else { continue }
            if q.kind.type is TextQuestion { continue }
            out[q.id] = randomAnswer(q, random: &random, avoiding: current)
        }
        return out
    }

    static func randomAnswer(_ q: Question, random: inout SeededRandom, avoiding: String?) -> String {
        for _ in 0..<100 {
            let answer: String
            switch q.kind.type {
            case let single as SingleChoiceQuestion:
                let c = single.settings
                answer = c.options[random.below(c.options.count)].value
            case let multi as MultiChoiceQuestion:
                let c = multi.settings
                let most = min(c.options.count, c.maxSelected?.value ?? c.options.count)
                let count = max(c.minSelected?.value ?? 1, 1 + random.below(max(1, min(most, 3))))
                var values = c.options.map(\.value)
                random.shuffle(&values)
                let chosen = Set(values.prefix(count))
                answer = c.options.map(\.value).filter { chosen.contains($0) }.joined(separator: "|")
            case let s as ScaleQuestion:
                answer = String(s.min + random.below(s.max - s.min + 1))
            case let n as NumberQuestion:
                let low = Int(n.min ?? 0), high = Int(n.max ?? Double(low + 10))
                answer = String(low + random.below(max(1, high - low + 1)))
            default:
                answer = "note \(random.below(1000))"
            }
            if answer != avoiding { return answer }
        }
        return avoiding ?? ""
    }
}
