import Foundation
import Testing
@testable import HITCompiler

/// The results readers: long CSV, long JSON Lines, MTurk batch results CSV;
/// located errors for bad input; chunk boundaries.
@Suite struct AggregateReaderTests {
    /// The questions of an example spec.
    static func questions(_ name: String) throws -> [Question] {
        let result = Pipeline.check(path: Paths.specs.appendingPathComponent("\(name)/spec.yaml").path)
        return try #require(result.spec).hit.questions
    }

    /// Writes `text` to a temporary file with the given name and reads it.
    static func read(_ text: String, name: String = "results.csv", questions: [Question], format: ResultsFormat? = nil,
                     chunkSize: Int? = nil) throws -> ResultsReader.Outcome {
        let url = Paths.temporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        var reader = ResultsReader(questions: questions, format: format)
        if let chunkSize { reader.chunkSize = chunkSize }
        return reader.read(path: url.path, displayPath: name)
    }

    /// "line:column code" of each diagnostic, for compact comparisons.
    static func positions(_ outcome: ResultsReader.Outcome) -> [String] {
        outcome.diagnostics.map { d in
            "\(d.range.map { "\($0.start.line):\($0.start.column)" } ?? "-") \(d.code.code)"
        }
    }

    @Test func longCSVBecomesColumns() throws {
        let questions = try Self.questions("grocery-search-relevance")
        let outcome = try Self.read(#"""
            item,worker,question,answer,seconds,assignment
            a1,w1,relevance,exact,30,as1
            a1,w2,relevance, substitute ,12.5,
            a2,w1,relevance,cant_judge,30,as1
            a2,w1,reason,"broken, ""404""",30,as1
            a2,w2,reason,,,
            """#, questions: questions)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.format == .long)
        let store = outcome.store
        #expect(store.count == 4)
        #expect(outcome.rows == 5)
        #expect(outcome.blankAnswers == 1)
        #expect(store.itemCount == 2 && store.workerCount == 2)
        #expect(store.item == [0, 0, 1, 1])
        #expect(store.worker == [0, 1, 0, 0])
        #expect(store.question == [0, 0, 0, 1])
        // Options: exact, substitute, complement, irrelevant, cant_judge.
        #expect(Array(store.value[0..<3]) == [0, 1, 4])
        #expect(store.text(store.value[3]) == "broken, \"404\"")
        #expect(store.seconds == [30, 12.5, 30, 30])
        #expect(store.assignment == [0, -1, 0, 0])
        #expect(store.itemKey(1) == "a2" && store.workerID(1) == "w2")
    }

    @Test func badAnswersAreLocatedErrors() throws {
        let questions = try Self.questions("grocery-search-relevance")
        let outcome = try Self.read(#"""
            item,worker,question,answer
            a1,w1,relevance,exactt
            a1,w2,relevanse,exact
            a1,,relevance,exact
            a1,w3,relevance,exact,extra
            "a2,w1,relevance,exact
            """#, questions: questions)
        #expect(Self.positions(outcome) == ["2:17 E0502", "3:7 E0503", "4:4 E0504", "5:23 E0404", "6:1 E0404"])
        let messages = outcome.diagnostics.map(\.message)
        #expect(messages[0].hasPrefix("row 1, answer to 'relevance': 'exactt' is not an option of 'relevance'"), "\(messages[0])")
        #expect(outcome.diagnostics[0].notes.first?.message == "did you mean 'exact'?")
        #expect(messages[1] == "row 2: question 'relevanse' is not defined by the spec")
        #expect(outcome.diagnostics[1].notes.first?.message == "did you mean 'relevance'?")
        #expect(messages[2] == "row 3: the worker is empty")
        #expect(messages[3] == "row 4 has 5 cells; the header has 4")
        #expect(outcome.hasErrors)
        #expect(outcome.store.count == 0)
        #expect(outcome.source != nil)
    }

    @Test func headerWithoutFormatIsE0501() throws {
        let questions = try Self.questions("grocery-search-relevance")
        let outcome = try Self.read("task,annotator,label\nt1,w1,exact\n", questions: questions)
        #expect(Self.positions(outcome) == ["1:1 E0501"])
        let forced = try Self.read("item,worker,answer\nt1,w1,exact\n", questions: questions, format: .long)
        #expect(forced.diagnostics.map(\.message) == ["the header has no column 'question', which the long format needs"])
    }

    @Test func scaleNumberAndMultiChoice() throws {
        let questions = try Self.questions("product-categorisation")
        let outcome = try Self.read(#"""
            {"item": "p1", "worker": "w1", "question": "dietary_tags", "answer": ["vegan", "vegetarian"], "seconds": 40}
            {"item": "p1", "worker": "w2", "question": "dietary_tags", "answer": "vegetarian|vegan"}
            {"item": 7, "worker": "w2", "question": "category", "answer": "other", "assignment": "as9"}
            {"item": "p1", "worker": "w3", "question": "dietary_tags", "answer": null}
            {"item": "p1", "worker": "w3", "question": "dietary_tags", "answer": ["vegan", "paleo"]}
            {"item": "p1", "worker": "w3", "question": "category", "answer": "dairy_eggs", "extra": 1}
            """#, name: "results.jsonl", questions: questions)
        #expect(Self.positions(outcome) == ["5:70 E0502", "6:80 W0012"], "\(outcome.diagnostics)")
        let store = outcome.store
        #expect(store.count == 4)
        #expect(outcome.blankAnswers == 1)
        #expect(store.value[0] == store.value[1], "the same set, in any order")
        #expect(store.setOptions[Int(store.value[0])] == [0, 1])
        #expect(store.itemKey(1) == "7")
        #expect(store.seconds[0] == 40 && store.seconds[1].isNaN)
    }

    /// The MTurk batch results shape of docs/platform-data-contract.md.
    static let mturkHeader = "HITId,HITTypeId,Title,Description,Keywords,Reward,CreationTime,MaxAssignments,RequesterAnnotation,AssignmentDurationInSeconds,AutoApprovalDelayInSeconds,Expiration,NumberOfSimilarHITs,LifetimeInSeconds,AssignmentId,WorkerId,AssignmentStatus,AcceptTime,SubmitTime,AutoApprovalTime,ApprovalTime,RejectionTime,RequesterFeedback,WorkTimeInSeconds,LifetimeApprovalRate,Last30DaysApprovalRate,Last7DaysApprovalRate,Input.items,Answer.item1,Answer.item1_relevance,Answer.item1_reason,Answer.item2,Answer.item2_relevance,Answer.item2_reason,Answer.hitc_seconds,Answer.hitc_feedback,Approve,Reject"

    static func mturkRow(hit: String, assignment: String, worker: String, status: String = "Submitted", workTime: String,
                         answers: [String], seconds: String) -> String {
        let head = [hit, "TYPE1", "Rate grocery search results", "Decide", "grocery", "$0.30", "Mon Nov 03 10:00:00 PST 2026", "3",
                    "BatchId:1;", "1200", "259200", "Mon Nov 10 10:00:00 PST 2026", "", "604800", assignment, worker, status,
                    "Mon Nov 03 10:05:00 PST 2026", "Mon Nov 03 10:06:00 PST 2026", "", "", "", "", workTime,
                    "0% (0/0)", "0% (0/0)", "0% (0/0)", "hitc1:W3siaXRlbV9pZCI6ImExIn1d"]
        return (head + answers + [seconds, "", "", ""]).map { CSVCell.quoted($0) }.joined(separator: ",")
    }

    @Test func mturkResultsMapSlotsToItems() throws {
        let questions = try Self.questions("grocery-search-relevance")
        let text = [Self.mturkHeader,
                    Self.mturkRow(hit: "H1", assignment: "A1", worker: "W1", workTime: "95",
                                  answers: ["a1", "exact", "", "gold-001", "cant_judge", "no image"], seconds: "61"),
                    Self.mturkRow(hit: "H1", assignment: "A2", worker: "W2", workTime: "14",
                                  answers: ["a1", "substitute", "", "gold-001", "exact", ""], seconds: ""),
                    Self.mturkRow(hit: "H1", assignment: "A3", worker: "W3", status: "Rejected", workTime: "3",
                                  answers: ["a1", "irrelevant", "", "gold-001", "irrelevant", ""], seconds: "3"),
                    Self.mturkRow(hit: "H2", assignment: "A4", worker: "W1", workTime: "50",
                                  answers: ["a2", "complement", "", "", "", ""], seconds: "48")].joined(separator: "\r\n")
        let outcome = try Self.read(text, questions: questions)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.format == .mturk)
        #expect(outcome.rejectedAssignments == 1)
        #expect(outcome.rows == 4)
        let store = outcome.store
        let judgments = (0..<store.count).map { j in
            [store.itemKey(Int(store.item[j])), store.workerID(Int(store.worker[j])), store.questions[Int(store.question[j])].id,
             store.questions[Int(store.question[j])].id == "reason" ? store.text(store.value[j])
                : store.questions[0].orderedValues![Int(store.value[j])],
             "\(store.seconds[j])"]
        }
        #expect(judgments == [["a1", "W1", "relevance", "exact", "61.0"],
                              ["gold-001", "W1", "relevance", "cant_judge", "61.0"],
                              ["gold-001", "W1", "reason", "no image", "61.0"],
                              ["a1", "W2", "relevance", "substitute", "14.0"],
                              ["gold-001", "W2", "relevance", "exact", "14.0"],
                              ["a2", "W1", "relevance", "complement", "48.0"]])
        #expect(store.assignment == [0, 0, 0, 1, 1, 2])
        #expect(outcome.blankAnswers == 6)
    }

    @Test func mturkAnswerColumnsNeedAnItemColumnAndAKnownQuestion() throws {
        let questions = try Self.questions("grocery-search-relevance")
        let outcome = try Self.read("WorkerId,AssignmentId,Answer.item1_relevance,Answer.item2,Answer.item2_relevence\nW1,A1,exact,a2,exact\n",
                                    questions: questions)
        #expect(Self.positions(outcome) == ["1:1 E0501", "1:59 E0503"])
        #expect(outcome.diagnostics.contains { $0.message == "the header has no column 'Answer.item1', which the MTurk batch results format needs" })
        #expect(outcome.diagnostics.contains { $0.notes.first?.message == "did you mean 'relevance'?" })
    }

    @Test func tinyChunksReadTheSameAsOneChunk() throws {
        let questions = try Self.questions("grocery-search-relevance")
        var lines = ["\u{FEFF}item,worker,question,answer,seconds"]
        for i in 0..<300 {
            let answer = ["exact", "substitute", "complement", "irrelevant"][i % 4]
            lines.append("item-\(i / 3),worker-\(i % 7),relevance,\(answer),\(i)")
            if i % 10 == 0 { lines.append("item-\(i / 3),worker-\(i % 7),reason,\"two\r\nlines, ünïcode\",\(i)") }
        }
        lines.append("item-x,worker-x,relevance,wrong,1")
        let text = lines.joined(separator: "\r\n") + "\r\n"
        let whole = try Self.read(text, questions: questions)
        let chunked = try Self.read(text, questions: questions, chunkSize: 64)
        #expect(whole.store.count == 330)
        #expect(chunked.store.item == whole.store.item)
        #expect(chunked.store.worker == whole.store.worker)
        #expect(chunked.store.value == whole.store.value)
        #expect(chunked.store.seconds == whole.store.seconds)
        #expect(chunked.store.text(chunked.store.value[1]) == "two\r\nlines, ünïcode")
        // 1 header line, 330 rows of which 30 span two lines: the bad row is on line 362.
        #expect(Self.positions(chunked) == ["362:27 E0502"])
        #expect(Self.positions(whole) == Self.positions(chunked))
    }

    @Test func invalidUTF8IsLocated() throws {
        let questions = try Self.questions("grocery-search-relevance")
        let url = Paths.temporaryDirectory().appendingPathComponent("bad.csv")
        var bytes = Array("item,worker,question,answer\na1,w1,relevance,exact\na2,w\u{E9}".utf8)
        bytes += [0xFF] + Array(",relevance,exact\n".utf8)
        try Data(bytes).write(to: url)
        let outcome = ResultsReader(questions: questions).read(path: url.path, displayPath: "bad.csv")
        #expect(Self.positions(outcome) == ["3:6 E0003"])
    }

    @Test func emptyAndMissingFiles() throws {
        let questions = try Self.questions("grocery-search-relevance")
        #expect(Self.positions(try Self.read("", questions: questions)) == ["- E0410"])
        let missing = ResultsReader(questions: questions).read(path: "/no/such/file.csv", displayPath: "file.csv")
        #expect(Self.positions(missing) == ["- E0402"])
    }
}
