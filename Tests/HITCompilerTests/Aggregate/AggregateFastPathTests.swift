import Foundation
import Testing
@testable import HITCompiler

/// The quick ways through aggregation give what the general ones give: the
/// parallel reader of plain long CSV, number formatting, one-pass nominal
/// agreement, the label table.
@Suite struct AggregateFastPathTests {
    static func questions() throws -> [Question] {
        try AggregateReaderTests.questions("answer-helpfulness")
    }

    /// A plain long-format file: scale and choice answers, blanks, times,
    /// assignments, a byte-order mark, CRLF and empty lines, non-ASCII ids.
    static func plainFile(rows: Int) -> String {
        var lines = ["\u{FEFF}item,worker,question,answer,seconds,assignment"]
        for r in 0..<rows {
            let item = r % 7 == 0 ? "itém-\(r / 5)" : "item-\(r / 5)"
            let worker = "w\((r * 7919) % 23)"
            switch r % 4 {
            case 0: lines.append("\(item),\(worker),helpful_a, \(1 + r % 5) ,\(r % 40),as\(r / 10)")
            case 1: lines.append("\(item),\(worker),preference,\(["a", "b", "tie"][r % 3]),,as\(r / 10)")
            case 2: lines.append("\(item),\(worker),helpful_b,,12.5,")
            default: lines.append("\(item),\(worker), helpful_b ,\(1 + r % 3),\(r % 9),as\(r / 10)")
            }
            if r % 50 == 0 { lines.append("") }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func read(_ text: String, fast: Bool, parts: Int = 2, chunkSize: Int = 4 << 20) throws -> ResultsReader.Outcome {
        let url = Paths.temporaryDirectory().appendingPathComponent("results.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        var reader = ResultsReader(questions: try questions())
        reader.fastPath = fast
        reader.fastParts = parts
        reader.fastPartBytes = 100
        reader.chunkSize = chunkSize
        return reader.read(path: url.path, displayPath: "results.csv")
    }

    static func expectSameStore(_ a: ResultsReader.Outcome, _ b: ResultsReader.Outcome) {
        #expect(a.store.item == b.store.item)
        #expect(a.store.worker == b.store.worker)
        #expect(a.store.value == b.store.value)
        #expect(a.store.question == b.store.question)
        #expect(a.store.seconds.map(\.bitPattern) == b.store.seconds.map(\.bitPattern))
        #expect(a.store.assignment == b.store.assignment)
        #expect((0..<a.store.itemCount).map(a.store.itemKey) == (0..<b.store.itemCount).map(b.store.itemKey))
        #expect((0..<a.store.workerCount).map(a.store.workerID) == (0..<b.store.workerCount).map(b.store.workerID))
        #expect(a.store.assignmentCount == b.store.assignmentCount)
        #expect((0..<a.store.texts.count).map { a.store.text(Int32($0)) } == (0..<b.store.texts.count).map { b.store.text(Int32($0)) })
        #expect(a.store.setOptions == b.store.setOptions)
        #expect(a.store.numbers.map(\.bitPattern) == b.store.numbers.map(\.bitPattern))
        #expect(a.rows == b.rows && a.blankAnswers == b.blankAnswers && a.format == b.format)
        #expect(a.repeatedJudgments == b.repeatedJudgments)
        #expect(a.diagnostics == b.diagnostics)
    }

    @Test func parallelReaderReadsWhatTheFullReaderReads() throws {
        let text = Self.plainFile(rows: 3000)
        let full = try Self.read(text, fast: false)
        #expect(full.diagnostics.isEmpty && full.store.count > 2000)
        let url = Paths.temporaryDirectory().appendingPathComponent("plain.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let file = try InputFile(opening: url.path)
        for parts in [1, 2, 3] {
            let direct = LongCSVFastReader(questions: try Self.questions(), chunkSize: 100, progress: nil, parts: parts,
                                           minimumPartBytes: 100)
            #expect(direct.read(file) != nil, "the fast reader gave up on a plain file")
        }
        for (parts, chunk) in [(1, 4 << 20), (2, 4 << 20), (3, 64), (4, 7)] {
            Self.expectSameStore(try Self.read(text, fast: true, parts: parts, chunkSize: chunk), full)
        }
    }

    @Test func anythingUnusualGoesToTheFullReader() throws {
        let plain = Self.plainFile(rows: 40)
        let cases = [
            plain + "x,w1,helpful_a,\"3\",,\r\n",           // a quote
            plain + "x,w1,helpful_a,9,,\r\n",               // off the scale
            plain + "x,w1,errors_a,2,,\r\n",                // a number question
            plain + "x,w1,comment,fine,,\r\n",              // a text question
            plain + "x,w1,nope,1,,\r\n",                    // unknown question
            plain + "x,,helpful_a,1,,\r\n",                 // no worker
            plain + "x,w1,helpful_a,1,soon,\r\n",           // seconds not a number
            plain + "x,w1,helpful_a,1,\r\n",                // a cell short
            plain + "x,w1,helpful_a,1,,\rx,w1,helpful_a,1,,\r\n", // a lone CR
            "item,worker,question,answer,note\na,w1,helpful_a,1,x\n", // an unknown column
            plain + "x,w1,helpful_a,1,,a\u{85}b\r\n",       // a NEL, a line break for positions
            "item,worker,question,answer\r\n",              // no rows
        ]
        for text in cases {
            let url = Paths.temporaryDirectory().appendingPathComponent("odd.csv")
            try text.write(to: url, atomically: true, encoding: .utf8)
            let file = try InputFile(opening: url.path)
            let fast = LongCSVFastReader(questions: try Self.questions(), chunkSize: 64, progress: nil, parts: 2,
                                         minimumPartBytes: 100)
            #expect(fast.read(file) == nil, "\(text.suffix(40))")
            Self.expectSameStore(try Self.read(text, fast: true), try Self.read(text, fast: false))
        }
    }

    @Test func numbersAsBytesEqualSwiftsShortestForm() {
        var values = (0...2_000_000).map { Double($0) / 1_000_000 }
        values += [1e-7, 0.000999, 1.0 / 3, 123.5, 999_999_999.999999, 1e9, 1e9 + 0.5, 12_345_678.25, -0.5, 2.5e-5]
        for x in values {
            var bytes: [UInt8] = []
            JSONBytes.appendNumber(x, to: &bytes)
            if String(decoding: bytes, as: UTF8.self) != JSONBytes.number(x) {
                Issue.record("\(x): \(String(decoding: bytes, as: UTF8.self)) != \(JSONBytes.number(x))")
                return
            }
        }
        for n in [0, 7, 10, 99, 100, 12_345, 1_000_000, Int(Int32.max), -3] {
            var bytes: [UInt8] = []
            JSONBytes.appendInteger(n, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(n))
        }
    }

    @Test func nominalAgreementInOnePassEqualsTheThreeMeasures() {
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<200 {
            let equalSizes = trial % 3 == 0
            let units = (0..<(1 + trial % 17)).map { _ -> [Double] in
                let m = equalSizes ? 2 + trial % 4 : Int.random(in: 0...6, using: &generator)
                return (0..<m).map { _ in Double(Int.random(in: 0...(trial % 5), using: &generator)) }
            }
            let data = UnitValues(units: units)
            let figures = NominalAgreement.measure(data)
            #expect(figures.alpha?.bitPattern == KrippendorffAlpha.alpha(data, level: .nominal)?.bitPattern)
            #expect(figures.fleissKappa?.bitPattern == AgreementMeasures.fleissKappa(data)?.bitPattern)
            #expect(figures.percentAgreement?.bitPattern == AgreementMeasures.percentAgreement(data)?.bitPattern)
        }
    }

    @Test func dawidSkeneGivesTheSameBitsOnAnyNumberOfThreads() {
        var generator = SystemRandomNumberGenerator()
        for classes in [2, 3, 4, 6] {
            var items: [Int32] = [], workers: [Int32] = [], labels: [Int32] = []
            for i in 0..<3000 {
                let truth = Int32(i % classes)
                for _ in 0..<Int.random(in: 1...7, using: &generator) {
                    let w = Int32.random(in: 0..<40, using: &generator)
                    items.append(Int32(i))
                    workers.append(w)
                    labels.append(w % 5 == 0 ? Int32.random(in: 0..<Int32(classes), using: &generator) : truth)
                }
            }
            let data = CategoricalJudgments(itemCount: 3001, workerCount: 40, classCount: classes,
                                            items: items, workers: workers, labels: labels)
            var model = DawidSkene()
            model.tasks = 1
            let one = model.run(data)
            for tasks in [2, 3] {
                model.tasks = tasks
                let many = model.run(data)
                #expect(many.logLikelihoods.map(\.bitPattern) == one.logLikelihoods.map(\.bitPattern))
                #expect(many.posteriors.map(\.bitPattern) == one.posteriors.map(\.bitPattern))
                #expect(many.priors.map(\.bitPattern) == one.priors.map(\.bitPattern))
                #expect(many.labels.label == one.labels.label)
            }
        }
    }

    @Test func judgmentsInItemOrderAreGroupedAsTheyAre() throws {
        let questions = try AggregateReaderTests.questions("grocery-search-relevance")
        for order in [["a", "a", "b", "b", "b", "c"], ["a", "b", "a", "c", "b", "b"]] {
            var store = JudgmentStore(questions: questions)
            for (k, item) in order.enumerated() { store.append(item: item, worker: "w\(k % 4)", question: 0, value: Int32(k % 3)) }
            let scores = WorkerScores(store: store, gold: nil, minAccuracy: nil, minSeconds: nil)
            let (grouped, answered) = CategoricalJudgments.kept(store, question: 0, classCount: 4, scores: scores)
            let expected = CategoricalJudgments(itemCount: store.itemCount, workerCount: store.workerCount, classCount: 4,
                                                items: store.item, workers: store.worker, labels: store.value)
            #expect(grouped.start == expected.start && grouped.worker == expected.worker && grouped.label == expected.label)
            #expect(answered == [true, true, true])
        }
    }

    @Test func labelTableKeepsRows() {
        let rows = [
            LabelRow(item: "a", question: "q", status: .tie, label: .value("x"), confidence: 0.5, judgments: 2, method: "majority"),
            LabelRow(item: "b", question: "q", status: .undecided, label: nil, confidence: 0.25, judgments: 4,
                     method: "majority", best: .value("y")),
            LabelRow(item: "a", question: "t", status: .decided, label: .list(["p", "q"]), confidence: nil, judgments: 2,
                     method: "collect"),
            LabelRow(item: "c", question: "q", status: .noAnswers, label: nil, confidence: nil, judgments: 0, method: "majority"),
        ]
        #expect(LabelTable(rows: rows).rows == rows)
    }
}
