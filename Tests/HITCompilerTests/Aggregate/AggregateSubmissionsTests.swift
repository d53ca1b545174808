import Foundation
import Testing
@testable import HITCompiler

/// JSON Lines of submitted pages (the objects the task page sends to a generic
/// or Prolific `submit_url`) read as judgments, with located problems.
@Suite struct AggregateSubmissionsTests {
    typealias R = AggregateReaderTests

    static func read(_ text: String, format: ResultsFormat? = nil, name: String = "submissions.jsonl") throws -> ResultsReader.Outcome {
        try R.read(text, name: name, questions: try R.questions("grocery-search-relevance"), format: format)
    }

    @Test func prolificSubmissionsBecomeJudgments() throws {
        let outcome = try Self.read(#"""
            {"item1": "a1", "item1_relevance": "exact", "item1_reason": "", "item2": "a2", "item2_relevance": "cant_judge", "item2_reason": "no photo", "hitc_seconds": "61", "hitc_feedback": "", "PROLIFIC_PID": "p1", "STUDY_ID": "s", "SESSION_ID": "x1"}
            {"item1": "a1", "item1_relevance": " substitute ", "item1_reason": null, "item2": "a2", "item2_relevance": "exact", "item2_reason": "", "hitc_seconds": 14, "PROLIFIC_PID": "p2", "STUDY_ID": "s", "SESSION_ID": "x2"}

            """#)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.message))")
        #expect(outcome.format == .submissions && outcome.rows == 2)
        let store = outcome.store
        #expect(store.count == 5)
        #expect(outcome.blankAnswers == 3)
        #expect((0..<store.itemCount).map(store.itemKey) == ["a1", "a2"])
        #expect((0..<store.workerCount).map(store.workerID) == ["p1", "p2"])
        #expect(store.item == [0, 1, 1, 0, 1])
        #expect(store.worker == [0, 0, 0, 1, 1])
        #expect(store.seconds == [61, 61, 61, 14, 14])
        #expect(store.assignmentCount == 2)
        #expect(store.assignment == [0, 0, 0, 1, 1])
    }

    @Test func aGenericHostNamesTheWorkerAndEachLineIsOneAssignment() throws {
        let outcome = try Self.read(#"""
            {"item1": "a1", "item1_relevance": "exact", "item1_reason": "", "hitc_seconds": "30", "worker": "alice"}
            {"item1": "a2", "item1_relevance": "exact", "item1_reason": "", "hitc_seconds": "31", "worker": "alice"}
            {"item1": "a1", "item1_relevance": "irrelevant", "item1_reason": "", "worker": 7, "PROLIFIC_PID": "ignored"}
            """#)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.message))")
        #expect((0..<outcome.store.workerCount).map(outcome.store.workerID) == ["alice", "7"])
        #expect(outcome.store.assignmentCount == 3, "each line is one assignment")
    }

    @Test func problemsAreLocated() throws {
        let outcome = try Self.read(#"""
            {"item1": "a1", "item1_relevance": "exact", "hitc_seconds": "30"}
            {"item1": "a1", "item1_relevanse": "exact", "worker": "w1"}
            {"item1": "a1", "item1_relevanse": "exact", "item1_relevance": "exactt", "worker": "w1"}
            {"item2_relevance": "exact", "worker": "w1"}
            {"item1": "a1", "worker": "w1", "note": "x"}
            {"item1": "a1", "item1_relevance": "exact", "worker": "w1", "hitc_seconds": "soon"}
            {"item1": "a1", "item1_relevance": "exact", "worker": "w1", "item1": "a2"}
            """#)
        #expect(R.positions(outcome) == ["1:1 E0504", "2:17 E0503", "3:64 E0502", "4:1 E0504", "5:1 E0504", "5:33 W0012",
                                         "6:77 E0504", "7:61 E0405"], "\(outcome.diagnostics.map(\.message))")
        let messages = outcome.diagnostics.map(\.message)
        #expect(messages[0] == "row 1: no worker: a submission needs the key 'worker' (added by the host) or 'PROLIFIC_PID'")
        #expect(messages[1] == "row 2: key 'item1_relevanse' answers question 'relevanse', which the spec does not define")
        #expect(outcome.diagnostics[1].notes.first?.message == "did you mean 'relevance'?")
        #expect(messages[2].hasPrefix("row 3, answer to 'relevance': 'exactt' is not an option"), "\(messages[2])")
        #expect(messages[3] == "row 4: item2 names no item, but item2_relevance holds an answer")
        #expect(messages[4] == "row 5: no answers: a submission has keys item<N>_<question> (e.g. item1_relevance)")
        #expect(messages[6] == "row 6: 'hitc_seconds' must be a number of seconds (0 to 1000000000)")
        #expect(outcome.store.count == 0)
    }

    @Test func theFormatFollowsTheFirstLineOrTheOption() throws {
        let submission = #"{"item1": "a1", "item1_relevance": "exact", "worker": "w1"}"# + "\n"
        let long = #"{"item": "a1", "worker": "w1", "question": "relevance", "answer": "exact"}"# + "\n"
        #expect(try Self.read(submission).format == .submissions)
        #expect(try Self.read(long).format == .long)
        // A long line in a file of submissions answers nothing; forced long, a submission lacks its keys.
        let mixed = try Self.read(submission + long)
        #expect(mixed.format == .submissions)
        #expect(R.positions(mixed) == ["2:1 E0504", "2:2 W0012"])
        let forced = try Self.read(submission, format: .long)
        #expect(forced.format == .long && forced.diagnostics.first?.code == .incompleteJudgment)
        let csv = try Self.read("item,worker,question,answer\na1,w1,relevance,exact\n", format: .submissions, name: "r.csv")
        #expect(csv.diagnostics.map(\.message) == ["submissions are JSON Lines (.jsonl or .ndjson), not CSV"])
    }

    @Test(arguments: [true, false])
    func largeSubmissionFilesAreReadInPartsAlike(prolific: Bool) throws {
        var lines: [String] = []
        for r in 0..<600 {
            let answers = ["exact", "substitute", "complement", "irrelevant", "cant_judge"]
            // Prolific lines name their session; a generic host's lines only their worker (each line is one assignment).
            let who = prolific ? #""PROLIFIC_PID": "p\#(r % 13)", "STUDY_ID": "s", "SESSION_ID": "x\#(r)""# : #""worker": "w\#(r % 13)""#
            lines.append(#"{"item1": "it-\#(r % 37)", "item1_relevance": "\#(answers[r % 5])", "item1_reason": "", "item2": "it-\#((r * 3) % 37)", "item2_relevance": "\#(r % 9 == 0 ? "" : answers[(r / 5) % 5])", "item2_reason": "", "hitc_seconds": "\#(20 + r % 40)", \#(who)}"#)
        }
        let text = "\u{FEFF}" + lines.joined(separator: "\n") + "\n"
        let one = try PartedResultsReaderTests.read(text, name: "results.jsonl", parted: false)
        #expect(one.diagnostics.map(\.code) == [.repeatedJudgment] && one.format == .submissions && one.rows == 600)
        #expect(one.repeatedJudgments > 0)
        #expect(one.store.assignmentCount == 600)
        #expect(try PartedResultsReaderTests.partedTakes(text, name: "results.jsonl", parts: 3))
        for (parts, chunk) in [(2, 4 << 20), (5, 31)] {
            let parted = try PartedResultsReaderTests.read(text, name: "results.jsonl", parted: true, parts: parts, chunkSize: chunk)
            PartedResultsReaderTests.expectSame(parted, one)
            #expect(parted.store.assignmentCount == 600)
        }
    }

    @Test func aLongFormatLineWithAnItemNKeyIsStillLongFormat() throws {
        let text = #"""
            {"item": "a1", "worker": "w1", "question": "relevance", "answer": "exact", "item2": "x"}
            {"item": "a2", "worker": "w1", "question": "relevance", "answer": "exact"}
            """#
        let outcome = try Self.read(text)
        #expect(outcome.format == .long && outcome.store.count == 2)
        #expect(outcome.diagnostics.map(\.code) == [.unknownColumn])
        // A line with neither shape's keys does not decide the format.
        let late = try Self.read("{}\n" + #"{"item1": "a1", "item1_relevance": "exact", "worker": "w1"}"#)
        #expect(late.format == .submissions && late.store.count == 1)
        #expect(late.diagnostics.first?.range?.start.line == 1)
    }
}
