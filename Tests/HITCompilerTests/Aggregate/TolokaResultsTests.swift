import Foundation
import Testing
@testable import HITCompiler

/// `--format toloka`: Toloka's results file (TSV: INPUT:*, OUTPUT:*, GOLDEN:*,
/// ASSIGNMENT:*), recognised by its header and read tab-separated.
@Suite struct TolokaResultsTests {
    /// kind → detail (when kind is a or b) → why (when detail is x); tags (multi choice) → note (when tags has t2).
    static let questions = HiddenAnswersTests.questions

    static func read(_ lines: [[String]], name: String = "results.tsv", questions: [Question] = questions,
                     dataKey: String? = "id", format: ResultsFormat? = nil, chunkSize: Int? = nil) throws -> ResultsReader.Outcome {
        try read(lines.map { $0.joined(separator: "\t") }.joined(separator: "\n") + "\n", name: name, questions: questions,
                 dataKey: dataKey, format: format, chunkSize: chunkSize)
    }

    static func read(_ text: String, name: String = "results.tsv", questions: [Question] = questions,
                     dataKey: String? = "id", format: ResultsFormat? = nil, chunkSize: Int? = nil) throws -> ResultsReader.Outcome {
        let url = Paths.temporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        var reader = ResultsReader(questions: questions, format: format)
        reader.itemKeyField = dataKey
        if let chunkSize { reader.chunkSize = chunkSize }
        return reader.read(path: url.path, displayPath: name)
    }

    static let header = ["INPUT:id", "INPUT:title", "OUTPUT:kind", "OUTPUT:detail", "OUTPUT:why", "OUTPUT:tags", "OUTPUT:note",
                         "GOLDEN:kind", "HINT:text", "ASSIGNMENT:link", "ASSIGNMENT:assignment_id", "ASSIGNMENT:worker_id",
                         "ASSIGNMENT:status", "ASSIGNMENT:started", "ASSIGNMENT:submitted"]

    static func row(_ id: String, kind: String = "", detail: String = "", why: String = "", tags: String = "", note: String = "",
                    gold: String = "", assignment: String = "as1", worker: String = "w1", status: String = "APPROVED",
                    started: String = "2024-05-01T12:00:00", submitted: String = "2024-05-01T12:00:30.5") -> [String] {
        [id, "Title \(id)", kind, detail, why, tags, note, gold, "", "https://toloka.ai/task/\(assignment)", assignment, worker,
         status, started, submitted]
    }

    static func answers(_ outcome: ResultsReader.Outcome) -> [String] {
        let store = outcome.store
        return (0..<store.count).map { j in
            let q = questions[store.question(of: j)]
            let value: String
            switch q.kind.storage {
            case .option: value = q.orderedValues![Int(store.value[j])]
            case .optionSet: value = store.setOptions[Int(store.value[j])].map { q.orderedValues![$0] }.joined(separator: "|")
            case .string: value = store.text(store.value[j])
            case .decimal: value = "\(store.numbers[Int(store.value[j])])"
            }
            return "\(store.itemKey(Int(store.item[j]))) \(store.workerID(Int(store.worker[j]))) \(q.id)=\(value)"
        }
    }

    @Test func aResultsFileIsRecognisedAndEveryAnswerRead() throws {
        let outcome = try Self.read([Self.header,
            Self.row("i1", kind: "a", detail: "x", why: "because \"so\"", tags: #"{"t2":true,"t1":true}"#, note: "n"),
            Self.row("i2", kind: "c", tags: #"{"t1":true,"t2":false}"#, gold: "c"),
            Self.row("i1", kind: "b", detail: "y", tags: "{}", assignment: "as2", worker: "w2", status: "SUBMITTED"),
        ])
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.format == .toloka)
        #expect(outcome.rows == 3 && outcome.rejectedAssignments == 0)
        #expect(Self.answers(outcome) == [
            "i1 w1 kind=a", "i1 w1 detail=x", "i1 w1 why=because \"so\"", "i1 w1 tags=t1|t2", "i1 w1 note=n",
            "i2 w1 kind=c", "i2 w1 tags=t1",
            "i1 w2 kind=b", "i1 w2 detail=y",
        ])
        // submitted − started; the same assignment on two rows.
        #expect(outcome.store.seconds(of: 0) == 30.5 && outcome.store.seconds(of: 1) == 30.5)
        #expect((0..<7).allSatisfy { outcome.store.assignment(of: $0) == 0 } && outcome.store.assignment(of: 8) == 1)
    }

    @Test func answersToHiddenQuestionsAreDroppedAsBlank() throws {
        // kind c hides detail (a stale "x"), so why is hidden too; tags without t2 hides note.
        let outcome = try Self.read([Self.header,
            Self.row("i1", kind: "c", detail: "x", why: "stale", tags: #"{"t1":true}"#, note: "stale"),
        ])
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(Self.answers(outcome) == ["i1 w1 kind=c", "i1 w1 tags=t1"])
        #expect(outcome.blankAnswers == 3)
    }

    @Test func rejectedAndUnsubmittedAssignmentsAreSkippedAndCounted() throws {
        let outcome = try Self.read([Self.header,
            Self.row("i1", kind: "a", status: "REJECTED"),
            Self.row("i2", status: "SKIPPED"),
            Self.row("i3", status: "EXPIRED"),
            Self.row("i4", kind: "b", status: "ACCEPTED"),
            // The row delimiter between assignments: no item, no answer.
            ["", "", "", "", "", "", "", "", "", "https://toloka.ai/task/as9", "as9", "w9", "APPROVED", "", ""],
        ])
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.rejectedAssignments == 3)
        #expect(Self.answers(outcome) == ["i4 w1 kind=b"])
        #expect(outcome.store.count == 1 && outcome.store.seconds(of: 0) == 30.5)
    }

    @Test func taskRowsTakeTheAssignmentOfTheRowDelimiterAfterThem() throws {
        // Downloaded with a row delimiter (Toloka's sample file): the task rows name no
        // assignment; the delimiter row after them does.
        func task(_ id: String, kind: String) -> [String] {
            Self.row(id, kind: kind, assignment: "", worker: "", status: "", started: "", submitted: "")
        }
        func delimiter(_ assignment: String, _ worker: String, _ status: String) -> [String] {
            ["", "", "", "", "", "", "", "", "", "https://toloka.ai/task/\(assignment)", assignment, worker, status,
             "2024-05-01T12:00:00", "2024-05-01T12:01:00"]
        }
        let outcome = try Self.read([Self.header,
            task("i1", kind: "a"), task("i2", kind: "b"), delimiter("as1", "w1", "APPROVED"),
            task("i1", kind: "c"), task("i2", kind: "c"), delimiter("as2", "w2", "REJECTED"),
            task("i3", kind: "a"), delimiter("as3", "w3", "SUBMITTED"),
            task("i4", kind: "b"),                                                   // 10: no delimiter after it
        ])
        #expect(Self.answers(outcome) == ["i1 w1 kind=a", "i2 w1 kind=b", "i3 w3 kind=a"])
        #expect(outcome.rejectedAssignments == 2)
        #expect(outcome.store.seconds(of: 0) == 60 && outcome.store.assignment(of: 2) == 1)
        #expect(outcome.diagnostics.map { "\($0.range?.start.line ?? 0) \($0.code.code)" } == ["10 E0504"])
        #expect(outcome.diagnostics.first?.message.hasPrefix("row 9: ASSIGNMENT:worker_id is empty") == true,
                "\(outcome.diagnostics.map(\.message))")
    }

    @Test func aJSONArrayIsAlsoAMultipleChoiceAnswer() throws {
        let outcome = try Self.read([Self.header, Self.row("i1", kind: "a", tags: #"[ "t2" , "t\u0031" ]"#)])
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(Self.answers(outcome) == ["i1 w1 kind=a", "i1 w1 tags=t1|t2"])
    }

    @Test func quotedCellsHoldTabsLineBreaksAndQuotes() throws {
        let text = Self.header.joined(separator: "\t") + "\n"
            + ["i1", "\"a\ttitle\nover two lines\"", "a", "x", "\"tab\there, \"\"quoted\"\"\nand a line\"", "", "", "", "",
               "", "as1", "w1", "APPROVED", "", ""].joined(separator: "\t") + "\r\n"
            + ["i2", "t", "b", "", "", "\"{\"\"t1\"\":true}\"", "", "", "", "", "as1", "w1", "APPROVED", "", ""].joined(separator: "\t") + "\n"
        for chunk in [nil, 7, 16] {
            let outcome = try Self.read(text, chunkSize: chunk)
            #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
            #expect(Self.answers(outcome) == ["i1 w1 kind=a", "i1 w1 detail=x", "i1 w1 why=tab\there, \"quoted\"\nand a line",
                                              "i2 w1 kind=b", "i2 w1 tags=t1"])
        }
    }

    @Test func hostileRowsAreLocatedDiagnostics() throws {
        let deep = String(repeating: "[", count: 100_000)
        let outcome = try Self.read([Self.header,
            Self.row("i1", kind: "zzz"),                                           // 2: not an option
            Self.row("i2", kind: "a", tags: deep),                                  // 3: nested arrays
            Self.row("i3", kind: "a", tags: #"{"t1":1}"#),                          // 4: not true/false
            Self.row("i4", kind: "a", tags: #"{"t9":true}"#),                       // 5: not an option
            Self.row("i5", kind: "a", status: "<script>"),                          // 6: unknown status
            Self.row("i6", kind: "a", started: "yesterday"),                        // 7: not a time
            Self.row("i7", kind: "a", started: "2024-05-01T12:00:31"),              // 8: negative seconds
            Self.row("", kind: "a"),                                                // 9: no item
            Self.row("i8", kind: "a", worker: ""),                                  // 10: no worker
            Self.row("i9", kind: "a", detail: "x", why: "bell\u{7}"),               // 11: a forbidden character
            Self.row("i10", kind: "a") + ["extra"],                                 // 12: one cell too many
            Self.row("i11", kind: "a", started: "99999-01-01T00:00:00"),            // 13: not a time
        ])
        let found = outcome.diagnostics.map { "\($0.range?.start.line ?? 0) \($0.code.code)" }
        #expect(found == ["2 E0502", "3 E0502", "4 E0502", "5 E0502", "6 E0504", "7 E0504", "8 E0504", "9 E0504", "10 E0504",
                          "11 E0506", "12 E0404", "13 E0504"], "\(outcome.diagnostics.map(\.message))")
        // Every diagnostic is located in its row's cell, and the messages say what to do.
        #expect(outcome.diagnostics.allSatisfy { $0.range != nil })
        #expect(outcome.diagnostics[8].message.contains("no row delimiter after it names the assignment"))
        #expect(outcome.diagnostics[4].message.contains("\"<script>\"") || outcome.diagnostics[4].message.contains("'<script>'"))
    }

    @Test func theHeaderNamesWhatIsMissing() throws {
        // No data.key: the item cannot be found.
        let noKey = try Self.read([Self.header, Self.row("i1", kind: "a")], dataKey: nil)
        #expect(noKey.diagnostics.map(\.code) == [.unrecognisedResults])
        #expect(noKey.diagnostics.first?.message.contains("data.key") == true)
        // No worker column, and an OUTPUT column for a question the spec lacks.
        let header = Self.header.map { $0 == "ASSIGNMENT:worker_id" ? "ASSIGNMENT:reward" : $0 == "OUTPUT:note" ? "OUTPUT:notes" : $0 }
        let outcome = try Self.read([header, Self.row("i1", kind: "a")])
        #expect(outcome.diagnostics.map(\.code) == [.unrecognisedResults, .unknownResultsQuestion])
        #expect(outcome.diagnostics.contains { $0.message.contains("ASSIGNMENT:worker_id") })
        #expect(outcome.diagnostics.contains { $0.notes.contains { $0.message.contains("'note'") } })
        // Columns that are neither Toloka's nor hitc's: one warning.
        let extra = try Self.read([Self.header + ["mine"], Self.row("i1", kind: "a") + ["x"]])
        #expect(extra.diagnostics.map(\.code) == [.unknownColumn])
    }

    @Test func theFormatIsFoundByExtensionOrByTabsAndForcedOtherFormatsRefuseTabs() throws {
        let lines = [Self.header, Self.row("i1", kind: "a")]
        // Tab-separated without the .tsv extension: found by its header line.
        let txt = try Self.read(lines, name: "results.txt")
        #expect(txt.diagnostics.isEmpty && txt.format == .toloka)
        // The same header comma-separated is read too (a converted export).
        let csv = try Self.read(lines.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n", name: "results.csv")
        #expect(csv.diagnostics.isEmpty && csv.format == .toloka && Self.answers(csv) == ["i1 w1 kind=a"])
        // MTurk's format is comma-separated only.
        let mturk = try Self.read([["WorkerId", "Answer.item1", "Answer.item1_kind"], ["w1", "i1", "a"]], format: .mturk)
        #expect(mturk.diagnostics.map(\.code) == [.unrecognisedResults])
        #expect(mturk.diagnostics.first?.message.contains("tab-separated") == true)
        // --format toloka on JSON Lines is refused.
        let jsonl = try Self.read("{\"item\":\"i1\"}\n", name: "results.jsonl", format: .toloka)
        #expect(jsonl.diagnostics.map(\.code) == [.unrecognisedResults])
    }

    @Test func timesAreISO8601() {
        func seconds(_ text: String) -> Double? {
            var text = text
            return text.withByteSpan { TolokaTime.seconds($0) }
        }
        #expect(seconds("1970-01-01T00:00:00") == 0)
        #expect(seconds("2016-03-03T13:36:46.4") == 1_457_012_206.4)
        #expect(seconds("2016-03-03 13:36:46Z") == 1_457_012_206)
        #expect(seconds("2016-03-03T15:36:46+02:00") == 1_457_012_206)
        #expect(seconds("2016-02-30T00:00:00") == nil)
        #expect(seconds("2016-03-03T13:36") == nil)
        #expect(seconds("2016-03-03T13:36:46.") == nil)
        #expect(seconds("2016-03-03T13:36:46+2") == nil)
    }
}
