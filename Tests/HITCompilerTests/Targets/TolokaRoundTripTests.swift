import Foundation
import Testing
@testable import HITCompiler

/// One spec, same labels on Toloka: the simulated round of `SimulatedRound`
/// (built with `targets.toloka`, batched, answered) written as Toloka's results
/// file and aggregated with `--format toloka` gives `labels.csv` byte for byte
/// as the MTurk path does.
///
/// The export has what Toloka's has: every `INPUT:` field of the task, the
/// answers as `OUTPUT:` (a multiple choice as the checkbox group's JSON object,
/// quoted with its quotes doubled on even pages and bare on odd ones, as pandas
/// reads both), `GOLDEN:` on control tasks, the `ASSIGNMENT:` columns with
/// times 95 seconds apart, one row per task of each assignment. Noise the
/// aggregation must not see: a stale answer to each question `visible_if`
/// hides, a rejected and a skipped assignment, a row delimiter.
@Suite(.serialized)
struct TolokaRoundTripTests {
    @Test(arguments: ["grocery-search-relevance", "product-categorisation", "answer-helpfulness"])
    func tolokaResultsGiveTheMTurkPathsLabels(_ name: String) throws {
        let round = try SimulatedRound.make(name, targets: ["toloka"])
        let tasks = try String(contentsOf: round.folder.appendingPathComponent("batch/toloka/tasks.tsv"), encoding: .utf8)
        #expect(tasks.hasPrefix("INPUT:"))
        let fields = round.spec.data.fields.map(\.name)
        let questions = round.questions
        let hasGold = !round.gold.items.isEmpty
        var header = fields.map { "INPUT:" + $0 } + questions.map { "OUTPUT:" + $0.id }
        if hasGold { header += questions.map { "GOLDEN:" + $0.id } }
        header += ["HINT:text", "ASSIGNMENT:link", "ASSIGNMENT:task_id", "ASSIGNMENT:assignment_id", "ASSIGNMENT:task_suite_id",
                   "ASSIGNMENT:worker_id", "ASSIGNMENT:status", "ASSIGNMENT:started", "ASSIGNMENT:submitted",
                   "ASSIGNMENT:accepted", "ASSIGNMENT:reward"]
        var lines = [header.map(TolokaTasksFile.cell).joined(separator: "\t")]
        var stale = 0
        var staleRandom = SeededRandom(seed: 7)
        let hiddenRule = HiddenAnswers(questions: questions)

        func output(_ q: Question, _ answer: String) -> String {
            guard q.kind.type is MultiChoiceQuestion else { return answer }
            let values = answer.isEmpty ? [] : answer.split(separator: "|").map(String.init)
            return values.isEmpty ? "" : TolokaChoiceSet.object(values)
        }

        func row(_ page: SimulatedRound.Page, _ item: SimulatedRound.PageItem, status: String, index: Int,
                 answers override: SimulatedRound.Answers? = nil) -> String {
            let quoted = page.hit % 2 == 0
            var answers = override ?? item.answers
            // Toloka may keep what a Toloker typed before a condition hid the question: a stale value.
            let shown = hiddenRule.shown { HiddenAnswers.values(ofAnswer: answers[questions[$0].id] ?? "") }
            for (k, q) in questions.enumerated() where !shown[k] && override == nil {
                answers[q.id] = SimulatedRound.randomAnswer(q, random: &staleRandom, avoiding: nil)
                stale += 1
            }
            let isGold = round.gold.keys.contains(item.key)
            var cells = fields.map { item.data[$0] ?? "" }
            cells += questions.map { output($0, answers[$0.id] ?? "") }
            if hasGold { cells += questions.map { isGold ? TolokaTasksFile.golden($0, round.truth[item.key]?[$0.id]) : "" } }
            let started = 1_714_564_800 + page.hit * 1000
            cells += ["", "https://platform.toloka.ai/task/\(page.assignment)", "task-\(page.hit)-\(index)", page.assignment,
                      "suite-\(page.hit)", page.worker, status, Self.time(started), Self.time(started + page.seconds), "", "0.45"]
            return cells.map { quoted || !$0.hasPrefix("{") ? TolokaTasksFile.cell($0) : $0 }.joined(separator: "\t")
        }

        for (p, page) in round.pages.enumerated() {
            for (k, item) in page.items.enumerated() {
                lines.append(row(page, item, status: p % 3 == 0 ? "APPROVED" : "SUBMITTED", index: k))
            }
            if p == 1 {
                // A rejected assignment of a worker who answered at random, and one skipped.
                var rejected = page
                rejected.worker = "W9"
                rejected.assignment = "REJ1"
                for (k, item) in page.items.enumerated() {
                    let wrong = SimulatedRound.wrong(item.answers, questions, random: &staleRandom)
                    lines.append(row(rejected, item, status: "REJECTED", index: k, answers: wrong))
                    lines.append(row(rejected, item, status: "SKIPPED", index: k, answers: [:]))
                }
                // The row delimiter some downloads have between assignments.
                lines.append(Array(repeating: "", count: header.count).joined(separator: "\t"))
            }
        }
        try round.write(lines.joined(separator: "\n") + "\n", to: "assignments.tsv")
        let toloka = try round.aggregate("assignments.tsv", output: "agg-toloka")
        #expect(toloka.status == 0, "\(toloka.stderr)")
        #expect(toloka.stdout.contains("(toloka format)"), "\(toloka.stdout)")
        let mine = String(decoding: try round.labels("agg-toloka"), as: UTF8.self).split(separator: "\n")
        let theirs = String(decoding: try round.labels("agg-mturk"), as: UTF8.self).split(separator: "\n")
        let differing = zip(mine, theirs).filter { $0 != $1 }.prefix(3).map { "toloka: \($0)\nmturk:  \($1)" }
        #expect(try round.labels("agg-toloka") == round.labels("agg-mturk"),
                "labels.csv differs from the MTurk path's (\(mine.count) vs \(theirs.count) lines):\n\(differing.joined(separator: "\n"))")
        #expect(try round.labels("agg-toloka").count > 100)
        let summary = try #require(try JSONSerialization.jsonObject(
            with: round.labels("agg-toloka", file: "summary.json")) as? [String: Any])
        #expect(summary["rejected_assignments"] as? Int == 2 * (round.pages[1].items.count))
        let hidden = questions.contains { !$0.visibleIf.isEmpty }
        #expect(!hidden || stale > 0, "the stale answers were written")
    }

    /// Seconds since 1970 as Toloka writes a time (UTC, no zone).
    static func time(_ seconds: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss.SSS"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
