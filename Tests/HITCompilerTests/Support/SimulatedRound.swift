import Foundation
import Testing
@testable import HITCompiler

/// One simulated round of work on an example spec, for the end-to-end tests of
/// every platform's results: the spec is built and its sample batched with the
/// real `hitc` binary, simulated workers answer every HIT as the page submits
/// it, and the answers are written as MTurk's batch results CSV and aggregated
/// (`agg-mturk/`). A platform's test writes the same `pages` in its own export
/// shape, aggregates it with `aggregate(_:format:output:)` and compares
/// `labels.csv` with `labels(_:)` of the MTurk path.
///
/// Workers W1-W4 answer a simulated truth (W4 gets the first real item of
/// every other HIT wrong); W5 is a spammer who never gives the true answer,
/// gold included, and must be dropped by the spec's `gold.min_accuracy`.
struct SimulatedRound {
    /// A question's answer as the page submits it (option value, `|`-joined
    /// options, scale point, number, text; "" when blank or hidden), by question id.
    typealias Answers = [String: String]

    /// One item on a page: its key, its data fields as the batch gave them, the worker's answers.
    struct PageItem {
        var key: String
        var data: [String: String]
        var answers: Answers
    }

    /// One submitted page (an assignment): a worker's answers to one HIT.
    struct Page {
        var hit: Int
        var assignment: String
        var worker: String
        var seconds: Int
        var items: [PageItem]
    }

    let folder: URL
    let spec: Spec
    let questions: [Question]
    /// `data.key`.
    let keyField: String
    let gold: GoldPool
    /// The simulated truth of every item (gold answers for gold items).
    let truth: [String: Answers]
    /// Every submitted page, in the order of the MTurk results file (HIT by HIT).
    let pages: [Page]
    /// The MTurk batch results CSV's rows (header first), for tests that read it.
    let mturkResults: [[String]]
    /// What `hitc build`, `hitc batch` and the MTurk path's `hitc aggregate` printed.
    var buildOutput, batchOutput, mturkAggregateOutput: ProcessOutput

    /// The spec's folder copied, `targets` added under its `targets:` (each as `{}`), built,
    /// batched (seed 2026), answered, written as `results.csv` (MTurk) and aggregated into `agg-mturk`.
    static func make(_ name: String, targets: [String] = []) throws -> SimulatedRound {
        let folder = try BatchFixtures.specFolder(name)
        let specURL = folder.appendingPathComponent("spec.yaml")
        if !targets.isEmpty {
            let text = try String(contentsOf: specURL, encoding: .utf8)
            try withTargets(text, targets).write(to: specURL, atomically: true, encoding: .utf8)
        }
        let checked = Pipeline.check(path: specURL.path)
        let spec = try #require(checked.spec, "\(checked.diagnostics)")
        let sample = try #require(spec.data.sample?.value)

        let build = try runHITC(["build", "spec.yaml", "-o", "out"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        let batch = try runHITC(["batch", "spec.yaml", "--data", sample, "-o", "batch", "--seed", "2026"], in: folder)
        #expect(batch.status == 0, "\(batch.stderr)")
        let csv = try String(contentsOf: folder.appendingPathComponent("batch/mturk/batch.csv"), encoding: .utf8)
        let rows = BatchFixtures.csvRows(csv)
        #expect(rows.first == ["items", "hit", "item_keys"])

        let gold = GoldPool(try #require(checked.checked))
        var simulation = Simulation(spec: spec, gold: gold)
        let keyField = try #require(spec.data.key?.value)
        let judgments = spec.quality?.judgmentsPerItem.value ?? 1
        for (h, row) in rows.dropFirst().enumerated() {
            let items = try #require(ItemPayload.decode(row[0]), "HIT \(h + 1): payload does not decode")
            #expect(items.map { $0[keyField] ?? "" }.joined(separator: "|") == row[2])
            simulation.answer(hit: h, items: items, keyField: keyField, judgments: judgments, batchRow: row)
        }
        var round = SimulatedRound(folder: folder, spec: spec, questions: spec.hit.questions, keyField: keyField, gold: gold,
                                   truth: simulation.truth, pages: simulation.pages, mturkResults: simulation.mturkRows,
                                   buildOutput: build, batchOutput: batch, mturkAggregateOutput: build)
        try round.write(round.mturkResults.map { $0.map(CSVCell.encode).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n",
                        to: "results.csv")
        round.mturkAggregateOutput = try round.aggregate("results.csv", output: "agg-mturk")
        #expect(round.mturkAggregateOutput.status == 0, "\(round.mturkAggregateOutput.stderr)")
        #expect(round.mturkAggregateOutput.stdout.contains("(mturk format)"), "\(round.mturkAggregateOutput.stdout)")
        return round
    }

    /// The spec's text with `keys` (each `{}`) added first under its block mapping `targets:`.
    static func withTargets(_ text: String, _ keys: [String]) -> String {
        let added = keys.map { "  \($0): {}\n" }.joined()
        guard let range = text.range(of: "\ntargets:\n") else { return text + "\ntargets:\n" + added }
        return text.replacingCharacters(in: range, with: "\ntargets:\n" + added)
    }

    /// Writes `text` as `name` in the round's folder.
    func write(_ text: String, to name: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// `hitc aggregate` of the results file `name` (format forced when given) into `output`.
    func aggregate(_ name: String, format: String? = nil, output: String) throws -> ProcessOutput {
        try runHITC(["aggregate", "spec.yaml", "--results", name, "-o", output] + (format.map { ["--format", $0] } ?? []),
                    in: folder, timeout: 60)
    }

    /// The bytes of a file `hitc aggregate` wrote (`labels.csv` by default) into `output`.
    func labels(_ output: String, file: String = "labels.csv") throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent("\(output)/\(file)"))
    }

    /// The pages' answers regrouped by item, for platforms whose export lists each item (a task,
    /// a unit) with the workers' answers to it: items in the order they first appear, each with
    /// (page, item on that page) in page order.
    var byItem: [(key: String, answers: [(page: Page, item: PageItem)])] {
        var order: [String] = []
        var grouped: [String: [(page: Page, item: PageItem)]] = [:]
        for page in pages {
            for item in page.items {
                if grouped[item.key] == nil { order.append(item.key) }
                grouped[item.key, default: []].append((page, item))
            }
        }
        return order.map { ($0, grouped[$0]!) }
    }

    /// The simulation's state while the pages are answered.
    private struct Simulation {
        let spec: Spec
        let gold: GoldPool
        var random = SeededRandom(seed: 99)
        var truth: [String: Answers] = [:]
        var pages: [Page] = []
        var mturkRows: [[String]]
        let answerColumns: [String]
        let workers = ["W1", "W2", "W3", "W4", "W5"]

        init(spec: Spec, gold: GoldPool) {
            self.spec = spec
            self.gold = gold
            for item in gold.items {
                truth[item.key] = SimulatedRound.answers(spec.hit.questions, given: item.answers, random: &random)
            }
            var columns: [String] = []
            for n in 1...(spec.hit.itemsPerHit?.value ?? 1) {
                columns.append("Answer.item\(n)")
                for q in spec.hit.questions { columns.append("Answer.item\(n)_\(q.id)") }
            }
            columns.append("Answer.hitc_seconds")
            if spec.communication?.feedback != nil { columns.append("Answer.hitc_feedback") }
            answerColumns = columns
            mturkRows = [["HITId", "HITTypeId", "Title", "Description", "Keywords", "Reward", "CreationTime", "MaxAssignments",
                          "RequesterAnnotation", "AssignmentDurationInSeconds", "AutoApprovalDelayInSeconds", "Expiration",
                          "NumberOfSimilarHITs", "LifetimeInSeconds", "AssignmentId", "WorkerId", "AssignmentStatus", "AcceptTime",
                          "SubmitTime", "AutoApprovalTime", "ApprovalTime", "RejectionTime", "RequesterFeedback",
                          "WorkTimeInSeconds", "LifetimeApprovalRate", "Last30DaysApprovalRate", "Last7DaysApprovalRate",
                          "Input.items", "Input.hit", "Input.item_keys"] + columns + ["Approve", "Reject"]]
        }

        /// MaxAssignments distinct workers answer HIT `h`, rotating through the pool.
        mutating func answer(hit h: Int, items: [[String: String]], keyField: String, judgments: Int, batchRow: [String]) {
            let questions = spec.hit.questions
            for item in items where truth[item[keyField]!] == nil {
                truth[item[keyField]!] = SimulatedRound.answers(questions, given: [:], random: &random)
            }
            for worker in (0..<judgments).map({ workers[(h + $0) % workers.count] }) {
                var page = Page(hit: h + 1, assignment: "A\(h + 1)\(worker)", worker: worker, seconds: 95, items: [])
                var fields: [String: String] = ["Answer.hitc_seconds": "95", "Answer.hitc_feedback": ""]
                var firstReal = true
                for (slot, item) in items.enumerated() {
                    let key = item[keyField]!
                    var given = truth[key]!
                    let isGold = gold.keys.contains(key)
                    if worker == "W5" || (worker == "W4" && !isGold && firstReal && h % 2 == 0) {
                        given = SimulatedRound.wrong(given, questions, random: &random)
                    }
                    if !isGold { firstReal = false }
                    fields["Answer.item\(slot + 1)"] = key
                    for q in questions { fields["Answer.item\(slot + 1)_\(q.id)"] = given[q.id] ?? "" }
                    page.items.append(PageItem(key: key, data: item, answers: given))
                }
                pages.append(page)
                mturkRows.append(["HIT\(h + 1)", "TYPE1", spec.title?.value ?? "", "", "", "$0.45", "", String(judgments),
                                  "", "1200", "259200", "", "", "604800", page.assignment, worker, "Submitted", "", "", "",
                                  "", "", "", "95", "100%", "100%", "100%"] + batchRow
                                 + answerColumns.map { fields[$0] ?? "" } + ["", ""])
            }
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
                var chosen = Set(values.prefix(count))
                // An exclusive option is chosen alone: with others picked, it is left out (as the page does).
                let alone = Set(c.options.filter(\.exclusive).map(\.value))
                if chosen.count > 1, !chosen.isDisjoint(with: alone) {
                    chosen.subtract(alone)
                    if chosen.isEmpty { chosen = [values.first { !alone.contains($0) } ?? values[0]] }
                }
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
