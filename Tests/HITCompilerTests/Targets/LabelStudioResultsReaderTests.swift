import Foundation
import Testing
@testable import HITCompiler

/// `--format label_studio` and the JSON-document path under it: both export
/// shapes, aliases and labels, cancelled and hidden answers, hostile values
/// and located diagnostics, detection and forcing.
@Suite struct LabelStudioResultsReaderTests {
    static func questions(_ name: String = "grocery-search-relevance") throws -> [Question] {
        try AggregateReaderTests.questions(name)
    }

    static func read(_ text: String, name: String = "export.json", questions: [Question], format: ResultsFormat? = nil,
                     key: String? = "item_id", chunkSize: Int? = nil, maxRowBytes: Int? = nil) throws -> ResultsReader.Outcome {
        let url = Paths.temporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        var reader = ResultsReader(questions: questions, format: format)
        if let maxRowBytes { reader.limits.maxRowBytes = maxRowBytes }
        reader.itemKeyField = key
        if let chunkSize { reader.chunkSize = chunkSize }
        return reader.read(path: url.path, displayPath: name)
    }

    static func positions(_ outcome: ResultsReader.Outcome) -> [String] { AggregateReaderTests.positions(outcome) }

    static func result(_ q: String, _ value: String) -> String {
        #"{"from_name": "\#(q)", "to_name": "text", "type": "choices", "value": \#(value)}"#
    }

    /// Two tasks: aliases, a label, a number id, the annotator as an object, a cancelled annotation.
    static let export = """
        [
          {"id": 11, "data": {"item_id": "a1", "query": "milk", "hitc_gold": true},
           "annotations": [
             {"id": 1, "completed_by": 7, "lead_time": 12.5, "was_cancelled": false,
              "result": [\(result("relevance", #"{"choices": ["cant_judge"]}"#)),
                         {"from_name": "reason", "to_name": "text", "type": "textarea", "value": {"text": ["blurry", "photo"]}}]},
             {"id": 2, "completed_by": {"id": 8, "email": "ann@example.org"}, "lead_time": null,
              "result": [\(result("relevance", #"{"choices": ["Exact match"]}"#)),
                         {"from_name": "reason", "to_name": "text", "type": "textarea", "value": {"text": ["stale"]}}]},
             {"id": 3, "completed_by": 9, "was_cancelled": true, "result": [\(result("relevance", #"{"choices": ["nonsense"]}"#))]}
           ]},
          {"id": 12, "data": {"item_id": 1042}, "annotations": []}
        ]
        """

    @Test func jsonExportBecomesJudgments() throws {
        let outcome = try Self.read(Self.export, questions: try Self.questions())
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.format == .labelStudio)
        #expect(outcome.rows == 2)
        #expect(outcome.rejectedAssignments == 1)
        let store = outcome.store
        // relevance (cant_judge), reason ("blurry\nphoto"), relevance (exact from its label); the stale reason is hidden.
        #expect(store.count == 3)
        #expect(store.itemKey(0) == "a1")
        #expect(store.workerID(0) == "7" && store.workerID(1) == "ann@example.org")
        #expect(store.question == [0, 1, 0])
        #expect(Array(store.value[0..<1]) == [4] && store.value[2] == 0)
        #expect(store.text(store.value[1]) == "blurry\nphoto")
        #expect(store.seconds[0] == 12.5 && store.seconds[2].isNaN)
        #expect(outcome.blankAnswers == 1)
    }

    @Test func jsonMinExportBecomesJudgments() throws {
        let text = """
            [
              {"item_id": "a1", "query": "milk", "id": 11, "relevance": "cant_judge", "reason": "blurry",
               "annotator": "ann@example.org", "annotation_id": 1, "created_at": "2026-01-01", "lead_time": 3},
              {"item_id": "a1", "id": 11, "relevance": "Substitute", "annotator": 8, "annotation_id": 2, "lead_time": 4.5},
              {"item_id": "a2", "id": 12, "annotator": null, "annotation_id": null, "lead_time": null}
            ]
            """
        let outcome = try Self.read(text, questions: try Self.questions())
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.format == .labelStudio)
        #expect(outcome.store.count == 3)
        #expect(outcome.store.workerID(1) == "8")
        #expect(outcome.store.value[2] == 1)
        #expect(outcome.store.seconds == [3, 3, 4.5])
    }

    @Test func sameJudgmentsAcrossWindowEdges() throws {
        let questions = try Self.questions()
        let whole = try Self.read(Self.export, questions: questions)
        for chunk in [64, 100, 333] {
            let small = try Self.read(Self.export, questions: questions, chunkSize: chunk)
            #expect(small.diagnostics.isEmpty, "chunk \(chunk): \(small.diagnostics)")
            #expect(small.store.value == whole.store.value && small.store.item == whole.store.item, "chunk \(chunk)")
        }
    }

    @Test func badValuesAreLocatedAndNamed() throws {
        let text = """
            [
              {"id": 5, "data": {"item_id": "a1"}, "annotations": [
                {"id": 1, "completed_by": 7, "result": [\(Self.result("relevence", #"{"choices": ["exact"]}"#))]},
                {"id": 2, "completed_by": 7, "result": [\(Self.result("relevance", #"{"choices": ["exakt"]}"#))]},
                {"id": 3, "completed_by": 7, "lead_time": 1e999, "result": []},
                {"id": 4, "completed_by": 1.5, "result": []},
                {"id": 5, "completed_by": 7, "result": [\(Self.result("relevance", #"{"choices": ["exact", "substitute"]}"#))]},
                {"id": 6, "completed_by": [1], "result": "x"}
              ]},
              {"id": 6, "data": {"item_id": {"nested": 1}}, "annotations": []},
              {"id": 7, "data": {}, "annotations": []},
              {"id": 8, "data": {"item_id": "b"}, "annotations": [{"id": 9, "completed_by": 7, "result": [
                {"from_name": "relevance", "value": {"choices": [{"x": 1}]}}]}]},
              {"data": {"item_id": "c\\u0007"}, "annotations": [{"completed_by": 7, "result": [\(Self.result("relevance", #"{"choices": ["exact"]}"#))]}]}
            ]
            """
        let outcome = try Self.read(text, questions: try Self.questions())
        let messages = outcome.diagnostics.map(\.message)
        #expect(Self.positions(outcome) == ["3:59 E0503", "4:119 E0502", "5:47 E0504", "6:31 E0504", "7:119 E0502",
                                            "8:31 E0504", "10:33 E0504", "11:21 E0504", "13:41 E0502", "14:3 E0506"], "\(messages)")
        #expect(messages[0] == "task 1 (id 5), annotation 1, result 1: from_name 'relevence' is not a question of the spec")
        #expect(outcome.diagnostics[0].notes.first?.message == "did you mean 'relevance'?")
        #expect(messages[1].hasPrefix("task 1 (id 5), annotation 2, answer to 'relevance': 'exakt' is not an option"), "\(messages[1])")
        #expect(messages[2].hasPrefix("task 1 (id 5), annotation 3: lead_time is 1e999, not a number of seconds"), "\(messages[2])")
        #expect(messages[3].contains("annotation 4: the annotator (completed_by) is 1.5, a number with a fraction"), "\(messages[3])")
        #expect(messages[4].contains("give one value, not a list"), "\(messages[4])")
        #expect(messages[6] == "task 2 (id 6): data.item_id (the item key) must be a non-empty string or a whole number, not an object")
        #expect(messages[7] == "task 3 (id 7): data.item_id (the item key) is missing")
        #expect(messages[8].contains("expected strings or numbers, not an object"), "\(messages[8])")
        #expect(messages[9].hasPrefix("task 5, annotation 1, item 'c\\x07': holds U+0007"), "\(messages[9])")
        // Only the judgment whose item holds a control character was stored (its E0506 stops the run).
        #expect(outcome.store.count == 1)
    }

    @Test func syntaxErrorsAreLocatedAndTheNextElementRead() throws {
        let text = """
            [
              {"id": 1, "data": {"item_id": "a1"}, "annotations": [{"completed_by": 7, "result": [\(Self.result("relevance", #"{"choices": ["exact"]}"#))]}]},
              {"id": 2, "data": {"item_id": "a2" "x": 1}, "annotations": []},
              {"id": 3, "data": {"item_id": "a3", "item_id": "a4"}, "annotations": []},
              {"id": 4, "data": {"item_id": "a5"}, "annotations": [{"completed_by": 01}]},
              {"id": 5, "data": {"item_id": "a6"}, "annotations": [{"completed_by": 7, "result": [\(Self.result("relevance", #"{"choices": ["exact"]}"#))]}]}
            ]
            """
        let outcome = try Self.read(text, questions: try Self.questions())
        #expect(Self.positions(outcome) == ["3:38 E0405", "4:39 E0405", "5:73 E0405"], "\(outcome.diagnostics.map(\.message))")
        #expect(outcome.diagnostics[0].message == "element 2: expected ',' or '}' after the value")
        #expect(outcome.diagnostics[1].message == "element 3: key 'item_id' appears twice in one object")
        // The elements around them are read.
        #expect(outcome.rows == 5)
    }

    @Test func hostileDocuments() throws {
        let questions = try Self.questions()
        // Deep nesting: an error, no crash.
        let deep = "[{\"data\": " + String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000) + "}]"
        let nested = try Self.read(deep, questions: questions)
        #expect(Self.positions(nested) == ["1:74 E0405"], "\(nested.diagnostics.map(\.message))")
        // An element over the row limit.
        let long = "[{\"data\": {\"item_id\": \"" + String(repeating: "x", count: 5000) + "\"}, \"annotations\": []}]"
        let tooLong = try Self.read(long, questions: questions, chunkSize: 64, maxRowBytes: 1000)
        #expect(tooLong.diagnostics.map(\.code) == [.resultsRowTooLong])
        // Truncated.
        let truncated = try Self.read(String(Self.export.dropLast(40)), questions: questions)
        #expect(truncated.diagnostics.map(\.code) == [.malformedJSONLine], "\(truncated.diagnostics.map(\.message))")
        #expect(truncated.diagnostics.first?.message.contains("ends inside") == true)
        // Bad UTF-8.
        var bytes = Array("[{\"data\": {\"item_id\": \"".utf8) + [0xC3, 0x28] + Array("\"}, \"annotations\": []}]".utf8)
        let url = Paths.temporaryDirectory().appendingPathComponent("bad.json")
        try Data(bytes).write(to: url)
        var reader = ResultsReader(questions: questions)
        reader.itemKeyField = "item_id"
        #expect(reader.read(path: url.path, displayPath: "bad.json").diagnostics.map(\.code) == [.invalidUTF8])
        bytes.removeAll()
        // Not objects, an empty array.
        let scalars = try Self.read("[1, 2]", questions: questions)
        #expect(scalars.diagnostics.map(\.code) == [.unrecognisedResults])
        let empty = try Self.read("[]", questions: questions)
        #expect(empty.diagnostics.map(\.code) == [.emptyDataFile])
    }

    @Test func formatsAreForcedAndDetected() throws {
        let questions = try Self.questions()
        // A document without the .json name is detected by its '['.
        let detected = try Self.read(Self.export, name: "export.txt", questions: questions)
        #expect(detected.format == .labelStudio && !detected.hasErrors)
        // A JSON document forced onto a CSV format, and the Label Studio format onto CSV and JSON Lines.
        let mturk = try Self.read(Self.export, questions: questions, format: .mturk)
        #expect(mturk.diagnostics.map(\.code) == [.unrecognisedResults])
        #expect(mturk.diagnostics[0].message.contains("the mturk format is CSV"), "\(mturk.diagnostics[0].message)")
        let csv = try Self.read("item,worker,question,answer\na,w,relevance,exact\n", name: "r.csv", questions: questions,
                                format: .labelStudio)
        #expect(csv.diagnostics.map(\.message) == ["a Label Studio export is a JSON array (Label Studio's JSON or JSON-MIN export), not CSV"])
        let lines = try Self.read("{\"item\": \"a\"}\n", name: "r.jsonl", questions: questions, format: .labelStudio)
        #expect(lines.diagnostics.map(\.code) == [.unrecognisedResults])
        // Without data.key, and JSON-MIN with data.key 'id'.
        let noKey = try Self.read(Self.export, questions: questions, key: nil)
        #expect(noKey.diagnostics.map(\.code) == [.unrecognisedResults])
        let idKey = try Self.read(#"[{"id": 1, "relevance": "exact", "annotator": 1, "annotation_id": 1}]"#, questions: questions, key: "id")
        #expect(idKey.diagnostics.first?.message.contains("JSON-MIN export writes over") == true)
    }

    @Test func repeatedJudgmentsAreLocatedInTheDocument() throws {
        let text = """
            [
              {"id": 1, "data": {"item_id": "a1"}, "annotations": [
                {"id": 1, "completed_by": 7, "result": [\(Self.result("relevance", #"{"choices": ["exact"]}"#))]},
                {"id": 2, "completed_by": 7, "result": [\(Self.result("relevance", #"{"choices": ["substitute"]}"#))]}
              ]}
            ]
            """
        let outcome = try Self.read(text, questions: try Self.questions())
        #expect(Self.positions(outcome) == ["4:119 W0017"], "\(outcome.diagnostics.map(\.message))")
        #expect(outcome.repeatedJudgments == 1 && outcome.store.count == 1)
    }

    /// Mutated exports (bytes replaced, dropped or doubled with JSON's structural characters):
    /// every one is read or reported, never a crash, and the same through a tiny window.
    @Test func mutatedExportsNeverCrash() throws {
        let questions = try Self.questions()
        let original = Array(Self.export.utf8)
        let structural = Array(#"[]{}",:\ 0-e"#.utf8) + [0x0A, 0xC3, 0xFF]
        var random = SeededRandom(seed: 11)
        for round in 0..<150 {
            var bytes = original
            for _ in 0..<(1 + random.below(4)) {
                let at = random.below(bytes.count)
                switch random.below(3) {
                case 0: bytes[at] = structural[random.below(structural.count)]
                case 1: bytes.remove(at: at)
                default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 1 + random.below(40))], at: at)
                }
            }
            let url = Paths.temporaryDirectory().appendingPathComponent("m\(round).json")
            try Data(bytes).write(to: url)
            var reader = ResultsReader(questions: questions)
            reader.itemKeyField = "item_id"
            let whole = reader.read(path: url.path, displayPath: "m.json")
            reader.chunkSize = 64
            let small = reader.read(path: url.path, displayPath: "m.json")
            #expect(whole.diagnostics.map(\.message) == small.diagnostics.map(\.message), "round \(round)")
            #expect(whole.store.count == small.store.count, "round \(round)")
        }
    }
}
