import Foundation
import Testing
@testable import HITCompiler

/// One spec, the same labels on Appen: an example spec built and batched with
/// `targets.appen`, the simulated round's answers written as Appen's full
/// report (one row per unit and contributor, the units' data, a multiple
/// choice one option per line, stale answers left in hidden questions, a
/// tainted contributor's rows, times in both forms), aggregated with the format
/// detected: `labels.csv` byte-identical to the MTurk path's.
@Suite(.serialized) struct AppenRoundTripTests {
    static let own = ["_unit_id", "_created_at", "_golden", "_id", "_missed", "_started_at", "_tainted", "_channel", "_trust",
                      "_worker_id", "_country", "_region", "_city", "_ip"]

    @Test(arguments: ["grocery-search-relevance", "product-categorisation", "answer-helpfulness"])
    func theFullReportGivesTheMTurkPathsLabels(_ name: String) throws {
        let round = try SimulatedRound.make(name, targets: ["appen"])
        let units = try String(contentsOf: round.folder.appendingPathComponent("batch/appen/units.csv"), encoding: .utf8)
        #expect(units.hasPrefix(round.spec.data.fields.map { AppenNames.name($0.name) }.joined(separator: ",")))
        // One unit per item, gold items once each as test questions.
        let rows = BatchFixtures.csvRows(units)
        let header = try #require(rows.first)
        let keyColumn = try #require(header.firstIndex(of: AppenNames.name(round.keyField)))
        let golden = try #require(header.firstIndex(of: "_golden"))
        let keys = rows.dropFirst().map { $0[keyColumn] }
        #expect(Set(keys).count == keys.count && Set(keys).isSuperset(of: round.byItem.map(\.key)))
        #expect(Set(rows.dropFirst().filter { $0[golden] == "TRUE" }.map { $0[keyColumn] }) == round.gold.keys)
        for question in round.questions where question.kind.storage == .optionSet {
            guard let column = header.firstIndex(of: AppenNames.gold(question.id)) else { continue }
            let expected = round.gold.items.compactMap { $0.answers[question.id] }
            #expect(rows.dropFirst().map { $0[column] }.filter { !$0.isEmpty }.count == expected.filter { !$0.isEmpty }.count)
            #expect(rows.dropFirst().contains { $0[column].contains("\n") }, "a multiple choice's gold lists its options one per line")
        }
        try round.write(Self.report(round), to: "appen-report.csv")
        let aggregated = try round.aggregate("appen-report.csv", output: "agg-appen")
        #expect(aggregated.status == 0, "\(aggregated.stderr)")
        #expect(aggregated.stdout.contains("(appen format)"), "\(aggregated.stdout)")
        #expect(try round.labels("agg-appen") == round.labels("agg-mturk"))
        #expect(try round.labels("agg-appen").count > 100)
    }

    /// The round's pages as Appen's full report, unit by unit.
    static func report(_ round: SimulatedRound) -> String {
        let questions = round.questions
        let fields = round.spec.data.fields.map(\.name)
        let answered = Set(round.gold.items.flatMap(\.answers.keys))
        let goldColumns = questions.filter { answered.contains($0.id) }.map { AppenNames.gold($0.id) }
        let header = own + questions.map { AppenNames.name($0.id) } + fields.map(AppenNames.name) + goldColumns
        let hidden = HiddenAnswers(questions: questions)
        var lines = [header.map(CSVCell.quoted).joined(separator: ",")]
        var judgment = 0
        for (unit, (key, answers)) in round.byItem.enumerated() {
            for (page, item) in answers {
                judgment += 1
                let started = 36_000 + page.hit * 600 + judgment
                let iso = judgment % 2 == 0
                let shown = hidden.shown { HiddenAnswers.values(ofAnswer: item.answers[questions[$0].id] ?? "") }
                var cells: [String: String] = [
                    "_unit_id": String(1_000 + unit), "_id": String(5_000 + judgment), "_worker_id": page.worker,
                    "_started_at": time(started, iso: iso), "_created_at": time(started + page.seconds, iso: iso),
                    "_golden": round.gold.keys.contains(key) ? "true" : "false", "_missed": "", "_tainted": "false",
                    "_channel": "internal", "_trust": "0.9", "_country": "USA", "_region": "CA", "_city": "Oakland", "_ip": "192.0.2.1",
                ]
                for (q, question) in questions.enumerated() {
                    let answer = item.answers[question.id] ?? ""
                    // A hidden question keeps a stale value, as a platform may: the reader drops it.
                    let stale = shown[q] || !answer.isEmpty ? answer : staleAnswer(question)
                    cells[AppenNames.name(question.id)] = question.kind.storage == .optionSet
                        ? stale.split(separator: "|").joined(separator: "\n") : stale
                }
                for field in fields { cells[AppenNames.name(field)] = item.data[field] ?? "" }
                lines.append(header.map { CSVCell.quoted(cells[$0] ?? "") }.joined(separator: ","))
            }
        }
        // A contributor Appen has since tainted: the rows are skipped, whatever they say.
        if let (key, answers) = round.byItem.first, let (_, item) = answers.first {
            var cells = ["_unit_id": "1000", "_id": "9999", "_worker_id": "W9", "_tainted": "true",
                         "_started_at": time(40_000, iso: false), "_created_at": time(40_010, iso: false)]
            for question in questions { cells[AppenNames.name(question.id)] = staleAnswer(question) }
            for field in fields { cells[AppenNames.name(field)] = item.data[field] ?? "" }
            cells[AppenNames.name(round.keyField)] = key
            lines.append(header.map { CSVCell.quoted(cells[$0] ?? "") }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A valid answer the truth does not give: the last option or point, a number, a text.
    static func staleAnswer(_ question: Question) -> String {
        if let values = question.orderedValues, let last = values.last { return last }
        return question.kind.storage == .decimal ? "1" : "stale"
    }

    /// Seconds after 2026-12-01T00:00:00Z as `M/D/YYYY H:MM:SS` or ISO 8601.
    static func time(_ seconds: Int, iso: Bool) -> String {
        let day = 1 + seconds / 86_400, h = seconds % 86_400 / 3600, m = seconds % 3600 / 60, s = seconds % 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return iso ? "2026-12-\(two(day))T\(two(h)):\(two(m)):\(two(s))Z" : "12/\(day)/2026 \(h):\(two(m)):\(two(s))"
    }
}
