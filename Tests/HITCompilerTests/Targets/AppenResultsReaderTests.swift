import Foundation
import Testing
@testable import HITCompiler

/// `hitc aggregate --format appen`: an Appen full report read into judgments
/// (item from the `data.key` column, worker, seconds from the two times, a
/// multiple choice one option per line, `_tainted` rows rejected, hidden
/// answers dropped), and hostile rows as located diagnostics.
@Suite struct AppenResultsReaderTests {
    static let own = ["_unit_id", "_created_at", "_golden", "_id", "_missed", "_started_at", "_tainted", "_channel", "_trust",
                      "_worker_id", "_country", "_region", "_city", "_ip"]

    static func questions(_ name: String) throws -> [Question] { try AggregateReaderTests.questions(name) }

    /// Reads `rows` (cells by column name) under a header of Appen's columns and `columns`.
    static func read(_ rows: [[String: String]], columns: [String], questions: [Question], key: String? = "item_id",
                     format: ResultsFormat? = nil, name: String = "appen.csv") throws -> ResultsReader.Outcome {
        let header = own + columns
        let lines = [header.map(CSVCell.quoted).joined(separator: ",")]
            + rows.map { row in header.map { CSVCell.quoted(row[$0] ?? "") }.joined(separator: ",") }
        let url = Paths.temporaryDirectory().appendingPathComponent(name)
        try (lines.joined(separator: "\r\n") + "\r\n").write(to: url, atomically: true, encoding: .utf8)
        var reader = ResultsReader(questions: questions, format: format)
        reader.itemKeyField = key
        return reader.read(path: url.path, displayPath: name)
    }

    static func row(_ unit: String, worker: String, _ cells: [String: String] = [:]) -> [String: String] {
        ["_unit_id": "u-" + unit, "item_id": unit, "_worker_id": worker, "_started_at": "12/1/2026 10:00:00",
         "_created_at": "12/1/2026 10:01:35", "_tainted": "false", "_golden": "false", "_id": "j-\(unit)-\(worker)"]
            .merging(cells) { $1 }
    }

    /// (item, worker, question, answer as the labels show it, seconds) of each judgment, in order.
    static func judgments(_ outcome: ResultsReader.Outcome, _ questions: [Question]) -> [String] {
        let store = outcome.store
        return (0..<store.count).map { j in
            let q = questions[store.question(of: j)]
            let v = Int(store.value[j])
            let answer = switch q.kind.storage {
            case .option: q.orderedValues![v]
            case .optionSet: store.setOptions[v].map { q.orderedValues![$0] }.joined(separator: "|")
            case .decimal: NumberText.plain(store.numbers[v])
            case .string: store.text(Int32(v))
            }
            let seconds = store.seconds(of: j)
            return "\(store.itemKey(Int(store.item[j])))/\(store.workerID(Int(store.worker[j])))/\(q.id)=\(answer)"
                + (seconds.isNaN ? "" : "@\(Int(seconds))")
        }
    }

    @Test func aReportBecomesJudgmentsAndIsRecognisedByItsHeader() throws {
        let questions = try Self.questions("grocery-search-relevance")
        let rows = [
            Self.row("a1", worker: "W1", ["relevance": "exact"]),
            Self.row("a2", worker: "W1", ["relevance": "cant_judge", "reason": "Image is \"broken\", <b>x</b>"]),
            Self.row("a1", worker: "W2", ["relevance": "substitute", "_started_at": "2026-12-01T10:00:00Z",
                                          "_created_at": "2026-12-01T11:00:30+01:00"]),
            Self.row("a3", worker: "W9", ["relevance": "exact", "_tainted": "TRUE"]),
        ]
        for format in [nil, ResultsFormat.appen] {
            let outcome = try Self.read(rows, columns: ["relevance", "reason", "item_id", "query", "relevance_gold"],
                                        questions: questions, format: format)
            #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.message))")
            #expect(outcome.format == .appen)
            #expect(outcome.rejectedAssignments == 1)
            #expect(Self.judgments(outcome, questions) == [
                "a1/W1/relevance=exact@95", "a2/W1/relevance=cant_judge@95", "a2/W1/reason=Image is \"broken\", <b>x</b>@95",
                "a1/W2/relevance=substitute@30",
            ])
        }
    }

    @Test func aMultipleChoiceIsOneOptionPerLineAndAHiddenAnswerIsDropped() throws {
        let questions = try Self.questions("product-categorisation")
        let rows = [
            Self.row("p1", worker: "W1", ["category": "pantry", "dietary_tags": "vegan\ngluten_free\r\n", "other_category": "stale"]),
            Self.row("p2", worker: "W1", ["category": "other", "dietary_tags": "none_apply", "other_category": "dog food"]),
            Self.row("p3", worker: "W1", ["category": "pantry", "dietary_tags": "vegan|organic"]),
        ]
        let outcome = try Self.read(rows, columns: ["category", "other_category", "dietary_tags", "item_id"],
                                    questions: questions)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.message))")
        #expect(Self.judgments(outcome, questions) == [
            "p1/W1/category=pantry@95", "p1/W1/dietary_tags=vegan|gluten_free@95",
            "p2/W1/category=other@95", "p2/W1/other_category=dog food@95", "p2/W1/dietary_tags=none_apply@95",
            "p3/W1/category=pantry@95", "p3/W1/dietary_tags=vegan|organic@95",
        ])
        // The stale answer to the hidden question counts as blank.
        #expect(outcome.blankAnswers == 2)
    }

    @Test func hostileRowsAreLocatedDiagnostics() throws {
        let questions = try Self.questions("grocery-search-relevance")
        let huge = String(repeating: "9", count: 400)
        let rows = [
            Self.row("a1", worker: "W1", ["relevance": "<script>alert(1)</script>"]),
            Self.row("a2", worker: "W1", ["relevance": "exact", "_started_at": huge]),
            Self.row("a3", worker: "W1", ["relevance": "exact", "_created_at": "12/1/2026 09:00:00"]),
            Self.row("a4", worker: "W1", ["relevance": "exact", "_tainted": "maybe"]),
            Self.row("a5", worker: "", ["relevance": "exact"]),
            Self.row("", worker: "W2", ["relevance": "exact"]),
            Self.row("a7", worker: "W2", ["relevance": "exact", "_started_at": "2/30/2026 10:00:00"]),
            Self.row("a8", worker: "W2", ["relevance": "cant_judge", "reason": "bell \u{7}"]),
            Self.row("a9", worker: "W2", ["relevance": "exact\nsubstitute"]),
            Self.row("a10", worker: "W3", ["relevance": "exact", "_created_at": "12/1/2099 10:00:00"]),
        ]
        let outcome = try Self.read(rows, columns: ["relevance", "reason", "item_id"], questions: questions)
        let messages = outcome.diagnostics.map(\.message)
        #expect(messages.count == 10, "\(messages)")
        #expect(outcome.diagnostics.allSatisfy { $0.range != nil })
        #expect(messages.contains { $0.hasPrefix("row 1, answer to 'relevance'") })
        #expect(messages.contains { $0.hasPrefix("row 2: _started_at holds") })
        #expect(messages.contains("row 3: _created_at is before _started_at"))
        #expect(messages.contains("row 4: _tainted holds 'maybe', not true or false"))
        #expect(messages.contains("row 5: _worker_id is empty"))
        #expect(messages.contains("row 6: item_id is empty"))
        #expect(messages.contains { $0.hasPrefix("row 7: _started_at holds '2/30/2026") })
        #expect(messages.contains { $0.contains("U+0007") })
        #expect(messages.contains { $0.hasPrefix("row 9, answer to 'relevance'") })
        #expect(messages.contains("row 10: _created_at is more than 1000000000 seconds after _started_at"))
        // Only row 8's valid answer is a judgment.
        #expect(Self.judgments(outcome, questions) == ["a8/W2/relevance=cant_judge@95"])
    }

    @Test func aHeaderWithoutTheKeyColumnOrAnswersNamesWhatIsMissing() throws {
        let questions = try Self.questions("grocery-search-relevance")
        let noKey = try Self.read([Self.row("a1", worker: "W1", ["relevance": "exact"])], columns: ["relevance"],
                                  questions: questions)
        #expect(noKey.diagnostics.map(\.message) == ["the header has no column 'item_id', which the Appen full report format needs"])
        let noAnswers = try Self.read([Self.row("a1", worker: "W1")], columns: ["item_id", "query"], questions: questions)
        #expect(noAnswers.diagnostics.map(\.message) == ["the header has no answer columns: expected a column per question, named as in appen/cml.xml (e.g. relevance)"])
        // Without data.key, the unit is the item.
        let byUnit = try Self.read([Self.row("a1", worker: "W1", ["relevance": "exact"])], columns: ["relevance"],
                                   questions: questions, key: nil)
        #expect(Self.judgments(byUnit, questions) == ["u-a1/W1/relevance=exact@95"])
    }

    @Test func timesInEitherFormAreSecondsApart() {
        func s(_ text: String) -> Double? { AppenTimestamp.seconds(Substring(text)) }
        #expect(s("1/1/1970 00:00:00") == 0)
        #expect(s("1970-01-01T00:00:00Z") == 0)
        #expect(s("2026-12-01 10:00:00.250") == s("12/1/2026 10:00:00").map { $0 + 0.25 })
        #expect(s("2026-12-01T11:00:00+01:00") == s("12/1/2026 10:00"))
        #expect(s("2/29/2024 23:59:59") != nil)
        for bad in ["", "2/29/2023 10:00:00", "13/1/2026 10:00:00", "2026-12-01", "12/1/2026 24:00:00", "12/1/2026 10:00:00 junk",
                    "99999/1/2026 10:00:00", "2026-12-01T10:00:00+25:00"] {
            #expect(s(bad) == nil, "\(bad)")
        }
    }
}

/// A large Appen report read in parts on every core gives what one pass gives
/// (multiple-choice answers hold line breaks inside quoted cells).
@Suite struct AppenPartedReadingTests {
    static let categories = ["fresh_produce", "dairy_eggs", "pantry", "frozen", "other"]
    static let tags = ["vegan", "vegetarian", "gluten_free", "dairy_free", "organic"]

    static func report(rows: Int) -> String {
        var lines = ["_unit_id,_created_at,_golden,_id,_missed,_started_at,_tainted,_channel,_trust,_worker_id,category,other_category,dietary_tags,item_id"]
        for r in 0..<rows {
            let item = "p-\(r % 53)", worker = "W\(r / 53)"
            let category = categories[r % 5]
            let chosen = [tags[r % 5], tags[(r + 2) % 5]].joined(separator: r % 2 == 0 ? "\n" : "\r\n")
            let other = category == "other" ? "\"dog food, \"\"dry\"\"\"" : (r % 7 == 0 ? "stale" : "")
            lines.append("u\(r % 53),12/1/2026 10:0\(r % 10):30,false,\(r),,12/1/2026 10:00:00,\(r % 31 == 3 ? "true" : "false"),internal,0.9,"
                         + "\(worker),\(category),\(other),\"\(chosen)\",\(item)")
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func read(_ text: String, parted: Bool) throws -> ResultsReader.Outcome {
        let url = Paths.temporaryDirectory().appendingPathComponent("appen-large.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        var reader = ResultsReader(questions: try AggregateReaderTests.questions("product-categorisation"))
        reader.itemKeyField = "item_id"
        reader.fastPath = parted
        reader.fastParts = 3
        reader.fastPartBytes = 200
        return reader.read(path: url.path, displayPath: "appen-large.csv")
    }

    @Test func aReportInPartsIsWhatOnePassReads() throws {
        let text = Self.report(rows: 400)
        let one = try Self.read(text, parted: false)
        #expect(one.diagnostics.isEmpty, "\(one.diagnostics.prefix(3).map(\.message))")
        #expect(one.format == .appen && one.rows == 400 && one.rejectedAssignments > 10 && one.blankAnswers > 100)
        let url = Paths.temporaryDirectory().appendingPathComponent("appen-parted.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        var parted = PartedResultsReader(questions: try AggregateReaderTests.questions("product-categorisation"), forced: nil,
                                         limits: .default, chunkSize: 64, progress: nil, parts: 3, minimumPartBytes: 200)
        parted.itemKeyField = "item_id"
        #expect(parted.read(try InputFile(opening: url.path), jsonLines: false) != nil, "the parted reader takes the file")
        let inParts = try Self.read(text, parted: true)
        AggregateFastPathTests.expectSameStore(one, inParts)
        #expect(one.rejectedAssignments == inParts.rejectedAssignments && one.blankAnswers == inParts.blankAnswers)
    }
}
