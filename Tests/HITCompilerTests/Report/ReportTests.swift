import Foundation
import Testing
@testable import HITCompiler

/// `report.html` from `hitc aggregate`: golden pages of the examples' simulated
/// rounds, its numbers against `summary.json` and `workers.csv`, hostile ids
/// kept as text, `--no-report`, and a report that cannot be written.
@Suite struct ReportTests {
    /// The golden report of each example's simulated round (`Tests/GoldenReports/<example>/report.html`);
    /// `HITC_UPDATE_GOLDEN=1` rewrites it.
    @Test(arguments: ["grocery-search-relevance", "product-categorisation", "answer-helpfulness"])
    func goldenReport(_ name: String) throws {
        let round = try SimulatedRound.make(name)
        let page = try String(contentsOf: round.folder.appendingPathComponent("agg-mturk/report.html"), encoding: .utf8)
        let golden = Paths.root.appendingPathComponent("Tests/GoldenReports/\(name)/report.html")
        if Paths.updatingGoldens {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try page.write(to: golden, atomically: true, encoding: .utf8)
            Issue.record("rewrote \(golden.path); review the diff and run again without HITC_UPDATE_GOLDEN")
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if page != expected {
            let a = page.split(separator: "\n", omittingEmptySubsequences: false)
            let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            Issue.record("report.html of \(name) differs from the golden at line \(first + 1):\n got: \(first < a.count ? a[first] : "<end>")\nwant: \(first < b.count ? b[first] : "<end>")")
        }
        #expect(round.mturkAggregateOutput.stdout.contains("agg-mturk/report.html"), "the summary lists report.html")
    }

    /// Every number of the batch table, the agreement tables and the workers to review equals
    /// the one in `summary.json` or `workers.csv` of the same run.
    @Test(arguments: ["grocery-search-relevance", "product-categorisation", "answer-helpfulness"])
    func numbersMatchTheOutputFiles(_ name: String) throws {
        let round = try SimulatedRound.make(name)
        let folder = round.folder.appendingPathComponent("agg-mturk")
        let page = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        let summary = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent("summary.json"))) as? [String: Any])
        let batch = ReportPageReader.keyedValues(page, table: "id=\"batch\"")
        var compared = 0
        for key in ["judgments", "items", "gold_items", "workers", "blank_answers", "rejected_assignments",
                    "repeated_judgments", "fast_hits"] {
            let want = try #require(summary[key] as? Int, "\(key) in summary.json")
            #expect(batch[key] == String(want), "batch row \(key)")
            compared += 1
        }
        #expect(batch["dropped_workers"] == String((summary["dropped_workers"] as? [Any])?.count ?? -1))
        for question in summary["questions"] as? [[String: Any]] ?? [] {
            guard let qid = question["question"] as? String, let agreement = question["agreement"] as? [String: Any] else { continue }
            let shown = ReportPageReader.keyedValues(page, table: "data-agreement=\"\(qid)\"")
            for key in ["krippendorff_alpha", "percent_agreement", "fleiss_kappa"] {
                guard let want = agreement[key] as? Double else { continue }
                let got = try #require(shown[key].flatMap(Double.init), "\(qid) \(key) shown")
                #expect(got == want, "\(qid) \(key)")
                compared += 1
            }
            #expect(shown["pairable_items"] == (agreement["pairable_items"] as? Int).map(String.init))
        }
        // Workers to review: each row's numbers are its workers.csv cells.
        let csv = try String(contentsOf: folder.appendingPathComponent("workers.csv"), encoding: .utf8)
        var rows: [String: [String]] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            rows[cells[0]] = cells
        }
        let review = ReportPageReader.reviewRows(page)
        #expect(review.count == min(rows.count, ReportBuilder.reviewRows))
        for (worker, values) in review {
            let cells = try #require(rows[worker], "worker \(worker) in workers.csv")
            // #, answers, gold_answers, gold_correct, gold_accuracy, agreement, median_seconds, fast_hits
            #expect(Array(values.dropFirst()) == Array(cells[1...7]), "worker \(worker)")
            #expect(values.first == String(review.firstIndex { $0.0 == worker }! + 1))
            compared += 1
        }
        #expect(review.first?.0 == "W5", "the dropped spammer is the first to review")
        #expect(compared > 10)
    }

    /// Ids from the results file are text in the page: markup escaped, never obeyed.
    @Test func hostileIDsAreText() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let long = String(repeating: "w", count: 5000)
        let hostile = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "\u{202E}evil", long, "a&b'c"]
        var lines = ["item,worker,question,answer"]
        for (k, id) in hostile.enumerated() {
            let quoted = "\"" + id.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            lines.append("\(quoted),\(quoted),label,a")
            lines.append("\(quoted),w\(k),label,b")
            lines.append("i\(k),\(quoted),label,c")
        }
        let result = try ReportFixture.run(lines, in: folder)
        #expect(result.failure == nil && result.wroteReport)
        let page = try String(contentsOf: folder.appendingPathComponent("out/report.html"), encoding: .utf8)
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(page.contains("a&amp;b&#39;c"))
        #expect(page.contains("\u{202E}evil"), "a bidirectional control stays text")
        #expect(page.contains(long), "a long id is shown whole in the tables")
    }

    /// `--no-report` (`AggregateOptions.report = false`) writes every other file and no report.
    @Test func noReportWritesNone() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ReportFixture.run(["item,worker,question,answer", "i1,w1,label,a", "i1,w2,label,a"], in: folder,
                                           report: false)
        #expect(result.failure == nil && !result.wroteReport)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).sorted()
        #expect(files == ["labels.csv", "labels.jsonl", "summary.json", "workers.csv"])
        #expect(AggregateWriter.fileNames(of: try #require(result.summary), report: false).contains("report.html") == false)
    }

    /// The command line: `--no-report` writes no report and the summary does not list one; without it, it does.
    @Test func noReportFlagOnTheCommandLine() throws {
        let folder = try BatchAggregateStreamTests.aggregateFolder(results: BatchAggregateStreamTests.goodResults)
        defer { try? FileManager.default.removeItem(at: folder) }
        let off = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "off", "--no-report"], in: folder)
        #expect(off.status == 0, "\(off.stderr)")
        #expect(off.stdout.hasSuffix("Wrote off/labels.csv, off/labels.jsonl, off/workers.csv, off/summary.json\n"), "\(off.stdout)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("off/report.html").path))
        let on = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "on"], in: folder)
        #expect(on.status == 0, "\(on.stderr)")
        #expect(on.stdout.hasSuffix("on/summary.json, on/report.html\n"), "\(on.stdout)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("on/report.html").path))
    }

    /// A report that cannot be written (a folder in its place) fails the run cleanly, as another file would.
    @Test func unwritableReportFails() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out/report.html/inside"),
                                                withIntermediateDirectories: true)
        let result = try ReportFixture.run(["item,worker,question,answer", "i1,w1,label,a"], in: folder)
        let failure = try #require(result.failure)
        #expect(failure.contains("cannot write"))
        #expect(!result.wroteReport && result.summary == nil)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
        #expect(!left.contains { $0.hasPrefix(".report.html.tmp") }, "no temporary file is left: \(left)")
    }

    /// The lowest-agreement items: the share of agreeing judgment pairs, lowest first, unanimous items left out.
    @Test func lowestAgreementItems() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = ["same": "aaa", "third": "aab", "none": "abcd", "half": "aabb"]
        var lines = ["item,worker,question,answer"]
        for key in ["same", "third", "none", "half"] {
            for (w, a) in answers[key]!.enumerated() { lines.append("\(key),w\(w),label,\(a)") }
        }
        _ = try ReportFixture.run(lines, in: folder)
        let page = try String(contentsOf: folder.appendingPathComponent("out/report.html"), encoding: .utf8)
        let start = try #require(page.range(of: "data-lowest=\"label\""))
        let table = page[start.upperBound...].prefix { _ in true }
        let body = String(table[..<table.range(of: "</table>")!.lowerBound])
        let rows = body.components(separatedBy: "<tr><th scope=\"row\"><bdi>").dropFirst().map { row in
            (String(row.prefix { $0 != "<" }), ReportPageReader.attribute("data-value", in: row))
        }
        #expect(rows.map(\.0) == ["none", "third", "half"])
        #expect(rows.map { $0.1.count > 1 ? $0.1[1] : "" } == ["0", ReportNumber.exact(1.0 / 3), ReportNumber.exact(2.0 / 6)])
    }

    /// A Dawid-Skene question's confusion matrix is the fit's expected counts: every judgment counted once.
    @Test func dawidSkeneConfusionCountsEveryJudgment() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = ["item,worker,question,answer"]
        for i in 0..<30 {
            for w in 0..<4 { lines.append("i\(i),w\(w),label,\(["a", "b", "c", "d"][(i + (w == 3 ? 1 : 0)) % 4])") }
        }
        let result = try ReportFixture.run(lines, in: folder, method: "dawid_skene")
        #expect(result.failure == nil)
        let page = try String(contentsOf: folder.appendingPathComponent("out/report.html"), encoding: .utf8)
        #expect(page.contains("data-chart=\"confusion\""))
        #expect(page.contains("expected counts of Dawid-Skene"))
        let totals = ReportPageReader.confusionTotals(page)
        #expect(totals.count == 4)
        #expect(abs(totals.reduce(0, +) - 120) < 1e-6, "the expected counts add up to the 120 judgments: \(totals)")
    }
}

/// The figures added for multi choice and number questions, and bidirectional isolation.
@Suite struct ReportFigureTests {
    static let multi = "type: multi_choice\n      prompt: Which tags?\n      options: [a, b, c]"

    /// A multi choice gets a per-option confusion against the aggregated labels (majority, no gold),
    /// with the counts of ticked / missed / extra / left unticked per option.
    @Test func multiChoiceConfusionAgainstLabels() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // i1: a|b, a|b, a  -> label {a, b} (b 2 of 3); i2: c, c, a|c -> label {c}.
        let lines = ["item,worker,question,answer", "i1,w1,label,a|b", "i1,w2,label,a|b", "i1,w3,label,a",
                     "i2,w1,label,c", "i2,w2,label,c", "i2,w3,label,a|c"]
        let result = try ReportFixture.run(lines, in: folder, question: Self.multi)
        #expect(result.failure == nil && result.wroteReport)
        let page = try String(contentsOf: folder.appendingPathComponent("out/report.html"), encoding: .utf8)
        let table = try #require(ReportPageReader.chartRows(page, kind: "option-confusion"))
        // a: has on i1 (3 ticked), not on i2 (1 extra, 2 unticked); b: has on i1 (2 ticked, 1 missed), not on i2 (3 unticked);
        // c: not on i1 (3 unticked), has on i2 (3 ticked).
        #expect(table == [["3", "0", "1", "2"], ["2", "1", "0", "3"], ["3", "0", "0", "3"]])
        #expect(page.contains("against the aggregated label"))
    }

    /// With Dawid-Skene, the per-option figure is its fits' expected counts: every option's row adds up to the judgments.
    @Test func multiChoiceConfusionFromDawidSkene() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = ["item,worker,question,answer"]
        for i in 0..<12 {
            for w in 0..<4 { lines.append("i\(i),w\(w),label,\(w == 3 ? "b" : i % 2 == 0 ? "a|c" : "b")") }
        }
        let result = try ReportFixture.run(lines, in: folder, method: "dawid_skene", question: Self.multi)
        #expect(result.failure == nil && result.wroteReport)
        let page = try String(contentsOf: folder.appendingPathComponent("out/report.html"), encoding: .utf8)
        let table = try #require(ReportPageReader.chartRows(page, kind: "option-confusion"))
        #expect(table.count == 3)
        for row in table {
            let total = row.compactMap(Double.init).reduce(0, +)
            #expect(abs(total - 48) < 1e-6, "\(row)")
        }
        #expect(page.contains("Dawid-Skene&#39;s yes/no fit of each option"))
    }

    /// A number question gets a histogram of its aggregated values, bins by Freedman–Diaconis.
    @Test func numberHistogram() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = ["item,worker,question,answer"]
        let values = (0..<40).map { Double($0 * $0 % 37) }
        for (i, v) in values.enumerated() { for w in 0..<2 { lines.append("i\(i),w\(w),label,\(Int(v))") } }
        let number = "type: number\n      prompt: How many?\n      min: 0\n      max: 100"
        let result = try ReportFixture.run(lines, in: folder, method: "median", question: number)
        #expect(result.failure == nil && result.wroteReport)
        let page = try String(contentsOf: folder.appendingPathComponent("out/report.html"), encoding: .utf8)
        let rows = try #require(ReportPageReader.chartRows(page, kind: "value-histogram"))
        let (bins, _) = QuestionPart.binning(values.sorted())
        #expect(rows.map { $0.first } == bins.map { String($0.count) })
        #expect(rows.compactMap { $0.first.flatMap(Int.init) }.reduce(0, +) == 40)
        // 40 values 0…36, IQR of the sorted values; FD width 2·IQR/∛40 gives ceil(36 / width) bins.
        let sorted = values.sorted()
        func quantile(_ p: Double) -> Double {
            let h = 39 * p, a = Int(h)
            return sorted[a] + (h - Double(a)) * (sorted[min(a + 1, 39)] - sorted[a])
        }
        let width = 2 * (quantile(0.75) - quantile(0.25)) / Foundation.cbrt(40)
        #expect(bins.count == Int((36 / width).rounded(.up)))
        #expect(QuestionPart.binning([2, 2, 2]).0.count == 1)
        let extreme = QuestionPart.binning([-Double.greatestFiniteMagnitude, 0, 1, Double.greatestFiniteMagnitude]).0
        #expect(extreme.map(\.count).reduce(0, +) == 4 && extreme.allSatisfy { $0.lower.isFinite && ($0.upper ?? 0).isFinite })
        #expect(QuestionPart.binning((0..<100000).map { Double($0 % 1000) }).0.count == 30, "capped at 30")
    }

    /// Values from the data are isolated: every U+202E of the page is inside a `<bdi>`, an SVG `<text>`
    /// (isolated by the style), a non-rendered `<title>`/`<desc>`, or an attribute.
    @Test func dataIsBidiIsolated() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let evil = "\u{202E}evil"
        let lines = ["item,worker,question,answer", "\(evil),\(evil),label,a", "\(evil),w1,label,b",
                     "i1,\(evil),label,c", "i1,w1,label,c", "i2,w2,label,a", "i2,w1,label,b"]
        let result = try ReportFixture.run(lines, in: folder)
        #expect(result.failure == nil && result.wroteReport)
        let page = try String(contentsOf: folder.appendingPathComponent("out/report.html"), encoding: .utf8)
        #expect(page.contains("figure.chart svg text{unicode-bidi:isolate}") || page.contains("figure.chart svg text { unicode-bidi: isolate; }"))
        var seen = 0
        var rest = page[...]
        while let hit = rest.range(of: "\u{202E}") {
            seen += 1
            let before = page[..<hit.lowerBound]
            let open = try #require(before.lastIndex(of: "<"))
            let tag = page[open..<hit.lowerBound]
            let inAttribute = !tag.contains(">")
            let allowed = ["<bdi>", "<text ", "<title ", "<desc "].contains { tag.hasPrefix($0) }
            #expect(inAttribute || allowed, "U+202E after \(tag.prefix(40))")
            rest = page[hit.upperBound...]
        }
        #expect(seen >= 3)
    }
}

/// A small spec and a long-format results file, aggregated in process.
enum ReportFixture {
    static let singleChoice = "type: single_choice\n      prompt: Which class?\n      options: [a, b, c, d]"

    /// `question`: the `label` question's YAML, lines after the first indented 6 spaces (as `singleChoice`).
    static func run(_ lines: [String], in folder: URL, report: Bool = true, method: String = "majority",
                    question: String = singleChoice) throws -> AggregateRunResult {
        let spec = """
        hitc: 1
        id: report-test
        version: 1.0.0
        title: Report test
        description: A four-class task.
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
              \(question)
        quality:
          judgments_per_item: 3
          aggregation:
            label: { method: \(method) }

        """
        let specURL = folder.appendingPathComponent("spec.yaml")
        try spec.write(to: specURL, atomically: true, encoding: .utf8)
        let results = folder.appendingPathComponent("results.csv")
        try (lines.joined(separator: "\n") + "\n").write(to: results, atomically: true, encoding: .utf8)
        var options = AggregateOptions(outputDirectory: folder.appendingPathComponent("out").path)
        options.report = report
        return AggregateRunner.run(specPath: specURL.path, results: results.path, options: options)
    }
}

/// Reads numbers back out of `report.html` (its contract: docs/report.md).
enum ReportPageReader {
    /// The `data-value` of each `<tr data-key="…">` row of the table whose start tag holds `marker`.
    static func keyedValues(_ page: String, table marker: String) -> [String: String] {
        guard let start = page.range(of: marker), let end = page.range(of: "</table>", range: start.upperBound..<page.endIndex) else { return [:] }
        var values: [String: String] = [:]
        for row in page[start.upperBound..<end.lowerBound].components(separatedBy: "<tr data-key=\"").dropFirst() {
            let key = String(row.prefix { $0 != "\"" })
            values[key] = attribute("data-value", in: row).first
        }
        return values
    }

    /// Each row of `<table id="workers-to-review">`: the worker and its cells' `data-value`s (empty for an empty cell).
    static func reviewRows(_ page: String) -> [(String, [String])] {
        guard let start = page.range(of: "id=\"workers-to-review\""),
              let end = page.range(of: "</table>", range: start.upperBound..<page.endIndex) else { return [] }
        return page[start.upperBound..<end.lowerBound].components(separatedBy: "<tr data-worker=\"").dropFirst().map { row in
            let worker = unescape(String(row.prefix { $0 != "\"" }))
            let cells = row.components(separatedBy: "<td").dropFirst().prefix(8).map { cell in
                attribute("data-value", in: String(cell.prefix { $0 != ">" })).first ?? ""
            }
            return (worker, Array(cells))
        }
    }

    /// The row totals of the first confusion table.
    static func confusionTotals(_ page: String) -> [Double] {
        guard let start = page.range(of: "data-chart=\"confusion\""),
              let body = page.range(of: "<tbody>", range: start.upperBound..<page.endIndex),
              let end = page.range(of: "</tbody>", range: body.upperBound..<page.endIndex) else { return [] }
        return page[body.upperBound..<end.lowerBound].split(separator: "\n").compactMap { row in
            attribute("data-value", in: String(row)).last.flatMap(Double.init)
        }
    }

    /// The `data-value`s of each body row of the numbers table of the first chart of `kind`; nil without one.
    static func chartRows(_ page: String, kind: String) -> [[String]]? {
        guard let start = page.range(of: "data-chart=\"\(kind)\""),
              let body = page.range(of: "<tbody>", range: start.upperBound..<page.endIndex),
              let end = page.range(of: "</tbody>", range: body.upperBound..<page.endIndex) else { return nil }
        return page[body.upperBound..<end.lowerBound].split(separator: "\n").map { attribute("data-value", in: String($0)) }
    }

    static func attribute(_ name: String, in text: String) -> [String] {
        text.components(separatedBy: "\(name)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
