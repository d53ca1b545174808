import Foundation
import Testing
@testable import HITCompiler

/// A worker's repeated judgments of one item and question: only the first
/// counts, the rest are left out and reported (W0017, `repeated_judgments`),
/// the same whichever reader reads the file.
@Suite struct AggregateRepeatedJudgmentsTests {
    typealias R = AggregateReaderTests

    /// A spec of one single-choice question aggregated by plain majority, no gold.
    static let spec = """
        hitc: 1
        id: repeats
        version: 1.0.0
        title: Repeated answers
        description: One question by majority vote, for the repeated-judgment tests.
        language: en
        data:
          key: item_id
          fields:
            item_id: { type: string }
            text: { type: text }
        hit:
          items_per_hit: 2
          reward: 0.50 USD
          estimated_seconds: 60
          layout:
            - text: text
            - question: label
          questions:
            label:
              type: single_choice
              prompt: Which class?
              options: [a, b]
        quality:
          judgments_per_item: 3
          aggregation:
            label: { method: majority }

        """

    /// A folder holding `spec.yaml` (the spec above) and `r.csv`.
    static func folder(results: String) throws -> URL {
        let folder = Paths.temporaryDirectory()
        try spec.write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        try results.write(to: folder.appendingPathComponent("r.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func oneWorkerAnsweringFiveTimesDoesNotOutvoteTwo() throws {
        let folder = try Self.folder(results: """
            item,worker,question,answer
            a1,w1,label,b
            a1,w1,label,b
            a1,w2,label,a
            a1,w1,label,b
            a1,w3,label,a
            a1,w1,label,b
            a1,w1,label,b

            """)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "r.csv", "-o", "agg"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.hasPrefix("""
            r.csv:3:13: warning: row 2: worker 'w1' answered 'label' about item 'a1' again, after row 1; only the first answer counts (4 repeated judgments in all) [W0017]
               3 | a1,w1,label,b
                 |             ^
              note: the first answer, row 1 (r.csv:2:13)
               2 | a1,w1,label,b
                 |             ^
              note: row 4: worker 'w1' answered 'label' about item 'a1' again, after row 1 (r.csv:5:13)

            """), "\(out.stderr)")
        #expect(out.stderr.contains("note: a file downloaded twice, a reposted HIT or a page sent twice repeats answers; --warnings-as-errors refuses such a file"))
        #expect(out.stdout.hasPrefix("Aggregated 3 judgments from r.csv (long format): 1 item, 0 gold items, 3 workers, 4 repeated judgments left out\n"),
                "\(out.stdout)")
        let labels = try String(contentsOf: folder.appendingPathComponent("agg/labels.csv"), encoding: .utf8)
        #expect(labels == "item,question,label,confidence,judgments,method,status\na1,label,a,0.666667,3,majority,decided\n")
        let summary = try JSONDecoder().decode(AggregateSummary.self,
                                               from: Data(contentsOf: folder.appendingPathComponent("agg/summary.json")))
        #expect(summary.repeatedJudgments == 4 && summary.judgments == 3 && summary.rows == 7)
        let workers = try String(contentsOf: folder.appendingPathComponent("agg/workers.csv"), encoding: .utf8)
        #expect(workers.contains("\nw1,1,0,0,,0,,0,,kept\n"), "w1 gave one judgment that counts: \(workers)")

        // Refused when warnings are errors: exit 1, nothing written. This spec's own lints
        // stop the run first, as in every command; a lint-free spec refused on its results'
        // repeats: `CLIWarningsAsErrorsTests`.
        let strict = try runHITC(["aggregate", "spec.yaml", "--results", "r.csv", "-o", "strict", "--warnings-as-errors"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("spec.yaml:3:10: error: the guidelines' changelog has no entry for version 1.0.0 [W0011]"),
                "\(strict.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("strict").path))
    }

    /// Judgments with repeats: worker `w<r % 5>` on item `it-<r % 7>`, so every
    /// pair comes back after 35 rows, with answers that differ from the first.
    static func judgments(_ count: Int) -> [(item: String, worker: String, answer: String)] {
        (0..<count).map { r in ("it-\(r % 7)", "w\(r % 5)", ["exact", "substitute", "irrelevant"][(r / 35 + r) % 3]) }
    }

    /// The same judgments in every results format.
    static func files(_ judgments: [(item: String, worker: String, answer: String)]) -> [(name: String, text: String)] {
        let plain = "item,worker,question,answer\n" + judgments.map { "\($0.item),\($0.worker),relevance,\($0.answer)\n" }.joined()
        let quoted = "item,worker,question,answer\n" + judgments.map { "\"\($0.item)\",\($0.worker),relevance,\($0.answer)\n" }.joined()
        let long = judgments.map { #"{"item": "\#($0.item)", "worker": "\#($0.worker)", "question": "relevance", "answer": "\#($0.answer)"}"# + "\n" }.joined()
        let submissions = judgments.map {
            #"{"item1": "\#($0.item)", "item1_relevance": "\#($0.answer)", "item1_reason": "", "worker": "\#($0.worker)"}"# + "\n"
        }.joined()
        let mturk = ([R.mturkHeader] + judgments.enumerated().map { k, j in
            R.mturkRow(hit: "H\(k)", assignment: "A\(k)", worker: j.worker, workTime: "30",
                       answers: [j.item, j.answer, "", "", "", ""], seconds: "")
        }).joined(separator: "\r\n") + "\r\n"
        return [("plain.csv", plain), ("quoted.csv", quoted), ("long.jsonl", long), ("pages.jsonl", submissions),
                ("mturk.csv", mturk)]
    }

    static func read(_ text: String, name: String, quick: Bool) throws -> ResultsReader.Outcome {
        let url = Paths.temporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        var reader = ResultsReader(questions: try R.questions("grocery-search-relevance"))
        reader.fastPath = quick
        reader.fastParts = 3
        reader.fastPartBytes = 300
        return reader.read(path: url.path, displayPath: "results")
    }

    /// (item, worker, answer) of every judgment kept, in order.
    static func kept(_ outcome: ResultsReader.Outcome) -> [String] {
        let store = outcome.store
        let options = store.questions[0].orderedValues!
        return (0..<store.count).map { j in
            "\(store.itemKey(Int(store.item[j]))) \(store.workerID(Int(store.worker[j]))) \(options[Int(store.value[j])])"
        }
    }

    @Test func everyReaderLeavesOutTheSameRepeats() throws {
        let all = Self.judgments(200)
        // The first judgment of each (item, worker) pair, in file order.
        var seen = Set<String>()
        let expected = all.filter { seen.insert("\($0.item) \($0.worker)").inserted }.map { "\($0.item) \($0.worker) \($0.answer)" }
        #expect(expected.count == 35)
        var messages: [String] = []
        for (name, text) in Self.files(all) {
            let one = try Self.read(text, name: name, quick: false)
            let quick = try Self.read(text, name: name, quick: true)
            AggregateFastPathTests.expectSameStore(quick, one)
            #expect(!one.hasErrors, "\(name): \(one.diagnostics.map(\.message))")
            #expect(Self.kept(one) == expected, "\(name)")
            #expect(one.repeatedJudgments == 165, "\(name)")
            let warning = try #require(one.diagnostics.first { $0.code == .repeatedJudgment }, "\(name)")
            #expect(warning.notes.count == 7, "\(name): the first answer, 4 more repeats, 'and 160 more', the advice")
            #expect(warning.notes[5].message == "and 160 more; summary.json counts them all (repeated_judgments)")
            messages.append(warning.message)
        }
        // Row 36 repeats row 1 in every format (one judgment per row).
        #expect(Set(messages) == ["row 36: worker 'w0' answered 'relevance' about item 'it-0' again, after row 1; only the first answer counts (165 repeated judgments in all)"])
    }

    @Test func aResultsFileDownloadedTwiceGivesTheLabelsOfOneDownload() throws {
        let judgments = Self.judgments(35)
        for (name, text) in Self.files(judgments) {
            // The second download's rows (without its header line) appended as they come.
            let bytes = Array(text.utf8)
            let rows = name.hasSuffix(".csv") ? bytes[(bytes.firstIndex(of: 0x0A)! + 1)...] : bytes[...]
            let twice = text + String(decoding: rows, as: UTF8.self)
            for quick in [false, true] {
                let once = try Self.read(text, name: name, quick: quick)
                let doubled = try Self.read(twice, name: name, quick: quick)
                #expect(once.repeatedJudgments == 0 && doubled.repeatedJudgments == 35, "\(name)")
                #expect(Self.kept(doubled) == Self.kept(once), "\(name)")
                #expect(doubled.diagnostics.map(\.code) == [.repeatedJudgment], "\(name)")
            }
        }
    }

    /// The plain rule, judgment by judgment: a set of the (item, worker, question) seen.
    static func bruteForce(_ store: JudgmentStore) -> [Int32] {
        var seen = Set<[Int]>()
        return (0..<store.count).filter { j in
            !seen.insert([Int(store.item[j]), Int(store.worker[j]), store.question(of: j)]).inserted
        }.map(Int32.init)
    }

    @Test(arguments: [1, 2, 70])
    func findingRepeatsEqualsThePlainRule(questionCount: Int) throws {
        let base = try R.questions("grocery-search-relevance")[0]
        let questions = (0..<questionCount).map { q -> Question in
            var copy = base
            copy.id = "q\(q)"
            return copy
        }
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<40 {
            var store = JudgmentStore(questions: questions)
            let n = Int.random(in: 2...400, using: &generator)
            let items = 1 + trial % 9, workers = 1 + trial % 6
            for k in 0..<n {
                // Half the trials in item order (the in-place pass), half shuffled (the counting sort).
                let item = trial % 2 == 0 ? k * items / n : Int.random(in: 0..<items, using: &generator)
                store.append(item: "i\(item)", worker: "w\(Int.random(in: 0..<workers, using: &generator))",
                             question: Int.random(in: 0..<questionCount, using: &generator), value: Int32(k % 5),
                             seconds: k % 3 == 0 ? Float(k) : .nan, assignment: k % 4 == 0 ? "a\(k)" : nil)
            }
            let expected = Self.bruteForce(store)
            let found = store.findRepeats(listing: 5)
            #expect(found.repeats == expected, "trial \(trial)")
            for (again, first) in zip(found.repeats, found.firsts) {
                let (a, f) = (Int(again), Int(first))
                #expect(f < a && store.item[f] == store.item[a] && store.worker[f] == store.worker[a]
                        && store.question(of: f) == store.question(of: a))
                #expect(!expected.contains(first), "the first answer is not itself a repeat")
            }
            #expect(found.firsts.count == min(5, expected.count))
            var removed = store
            removed.removeJudgments(at: found.repeats)
            let keptIndices = (0..<store.count).filter { !expected.contains(Int32($0)) }
            #expect(removed.item == keptIndices.map { store.item[$0] })
            #expect(removed.worker == keptIndices.map { store.worker[$0] })
            #expect(removed.value == keptIndices.map { store.value[$0] })
            #expect(removed.question == (store.question.isEmpty ? [] : keptIndices.map { store.question[$0] }))
            #expect(removed.seconds.map(\.bitPattern) == (store.seconds.isEmpty ? [] : keptIndices.map { store.seconds[$0].bitPattern }))
            #expect(removed.assignment == (store.assignment.isEmpty ? [] : keptIndices.map { store.assignment[$0] }))
        }
    }
}
