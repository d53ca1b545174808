import Foundation
import Testing
@testable import HITCompiler

/// Results files made to hurt: a header of 200,000 columns, a row longer than
/// the limit, a JSON line of 100,000 keys, pages naming slot 10,000, NUL bytes,
/// mixed line ends and byte-order marks, brackets nested deep, ids written as
/// numbers, control characters in worker ids. Each is read in time and memory
/// proportional to it, or is a located error; never a crash or a hang.
@Suite(.serialized)
struct AggregateHostileResultsTests {
    typealias R = AggregateReaderTests

    static func questions() throws -> [Question] { try R.questions("grocery-search-relevance") }

    static func read(_ text: String, name: String, maxRowBytes: Int = DataLimits.default.maxRowBytes,
                     quick: Bool = true) throws -> ResultsReader.Outcome {
        let url = Paths.temporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        var reader = ResultsReader(questions: try questions(), limits: DataLimits(maxRowBytes: maxRowBytes))
        reader.fastPath = quick
        reader.fastPartBytes = 256
        reader.chunkSize = 512
        return reader.read(path: url.path, displayPath: name)
    }

    @Test func aHeaderOf200000ColumnsIsRead() throws {
        // Long format: the four columns, then 199,996 that are ignored (W0012).
        let extra = (0..<199_996).map { "c\($0)" }
        let long = "item,worker,question,answer," + extra.joined(separator: ",") + "\n"
            + "a1,w1,relevance,exact" + String(repeating: ",", count: extra.count) + "\n"
        let outcome = try Self.read(long, name: "wide.csv")
        #expect(outcome.store.count == 1)
        #expect(outcome.diagnostics.map(\.message) == ["ignored columns 'c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9' and 199986 more: not used by the long format"])
        #expect(outcome.diagnostics.first?.range?.start == SourceLocation(line: 1, column: 29))
        // MTurk: 200,000 columns, the last an answer to a question the spec lacks.
        let filler = (0..<199_996).map { "Input.f\($0)" }
        let mturk = "WorkerId," + filler.joined(separator: ",") + ",Answer.item1,Answer.item1_relevance,Answer.item1_nope\n"
            + "W1" + String(repeating: ",", count: filler.count) + ",a1,exact,x\n"
        let refused = try Self.read(mturk, name: "wide-mturk.csv")
        #expect(refused.diagnostics.map(\.message) == ["header: column 'Answer.item1_nope' answers question 'nope', which the spec does not define"])
        let column = 1 + "WorkerId,".count + filler.joined(separator: ",").count + ",Answer.item1,Answer.item1_relevance,".count
        #expect(refused.diagnostics.first?.range?.start == SourceLocation(line: 1, column: column))
    }

    @Test func aRowLongerThanTheLimitIsAnErrorNotAWholeFileInMemory() throws {
        let row = String(repeating: "x", count: 3000)
        let cases = [
            // A quote that never closes makes the rest of the file one cell.
            ("open.csv", "item,worker,question,answer\na1,w1,relevance,exact\na2,w1,reason,\"\(row)\na3,w2,relevance,exact\n", 3),
            ("long.jsonl", #"{"item": "a1", "worker": "w1", "question": "relevance", "answer": "exact"}"# + "\n\n"
                + #"{"item": "a2", "worker": "w1", "question": "reason", "answer": "\#(row)"}"# + "\n", 3),
            ("mturk.csv", R.mturkHeader + "\r\n" + R.mturkRow(hit: "H1", assignment: "A1", worker: "W1", workTime: "30",
                                                               answers: ["a1", "exact", row, "", "", ""], seconds: "") + "\r\n", 2),
        ]
        for (name, text, line) in cases {
            for quick in [true, false] {
                let outcome = try Self.read(text, name: name, maxRowBytes: 1024, quick: quick)
                #expect(outcome.diagnostics.map(\.message) == ["the row starting here is longer than 1024 bytes, the most a results row may hold; reading stopped"],
                        "\(name)")
                #expect(outcome.diagnostics.first?.code == .resultsRowTooLong)
                #expect(outcome.diagnostics.first?.range?.start == SourceLocation(line: line, column: 1), "\(name)")
                #expect(outcome.source == nil, "a row too long is not quoted")
            }
            // Under the limit the same file is read (or, for the open quote, reported as such).
            let roomy = try Self.read(text, name: name, maxRowBytes: 1 << 20)
            #expect(!roomy.diagnostics.contains { $0.code == .resultsRowTooLong }, "\(name)")
        }
    }

    @Test func aRowOver16MiBIsE0505ThroughTheBinary() throws {
        let folder = try AggregateCLITests.specFolder("grocery-search-relevance")
        var text = #"{"item": "a1", "worker": "w1", "question": "relevance", "answer": "exact"}"# + "\n"
        text += #"{"item": "a2", "worker": "w1", "question": "reason", "answer": ""# + String(repeating: "y", count: 17 << 20) + "\"}\n"
        try text.write(to: folder.appendingPathComponent("r.jsonl"), atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "r.jsonl", "-o", "agg"], in: folder, timeout: 120)
        #expect(out.status == 1)
        #expect(out.stderr == """
            r.jsonl:2:1: error: the row starting here is longer than 16 MiB, the most a results row may hold; reading stopped [E0505]
              note: a line break or a closing quote may be missing

            """, "\(out.stderr.prefix(500))")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("agg").path))
    }

    @Test func aJSONLineOf100000KeysIsRead() throws {
        let keys = (0..<100_000).map { #""k\#($0)": 1"# }.joined(separator: ", ")
        let outcome = try Self.read(#"{"item": "a1", "worker": "w1", "question": "relevance", "answer": "exact", \#(keys)}"# + "\n",
                                    name: "keys.jsonl")
        #expect(outcome.store.count == 1)
        #expect(outcome.diagnostics.map(\.message) == ["ignored columns 'k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9' and 99990 more: not used by the long format"])
        // The same key 100,000 times: one line, at most 100 messages, then a count.
        let twice = (0..<100_000).map { _ in #""item": "a1""# }.joined(separator: ", ")
        let repeated = try Self.read(#"{\#(twice), "worker": "w1", "question": "relevance", "answer": "exact"}"# + "\n",
                                     name: "same.jsonl")
        #expect(repeated.diagnostics.count == 101)
        #expect(repeated.diagnostics[0].message == "row 1: key 'item' appears twice in one object")
        #expect(repeated.diagnostics[0].range?.start == SourceLocation(line: 1, column: 16))
        #expect(repeated.diagnostics.last?.message == "99899 more problems in this file not shown (E0405 ×99899); only the first 100 are listed")
    }

    @Test func pagesNamingHighSlotsAreRead() throws {
        // Each line names slot 10,000 only: reading costs its keys, not 10,000 slots a line.
        let lines = (0..<3000).map { r in
            #"{"item10000": "it-\#(r % 50)", "item10000_relevance": "exact", "item9999_relevance": "", "worker": "w\#(r)"}"#
        }
        let outcome = try Self.read(lines.joined(separator: "\n") + "\n", name: "pages.jsonl")
        #expect(!outcome.hasErrors, "\(outcome.diagnostics.map(\.message))")
        #expect(outcome.store.count == 3000 && outcome.store.itemCount == 50 && outcome.blankAnswers == 3000)
        let mturk = "WorkerId,Answer.item10000,Answer.item10000_relevance\n"
            + (0..<3000).map { "w\($0),it-\($0 % 50),exact\n" }.joined()
        let rows = try Self.read(mturk, name: "slots.csv")
        #expect(rows.diagnostics.isEmpty && rows.store.count == 3000 && rows.format == .mturk)
    }

    @Test func nulBytesLineEndsAndByteOrderMarks() throws {
        // A NUL in an item key is E0506 (no output may carry it), located; CR, LF and CRLF mixed; the quick
        // path gives up on NUL, the full reader locates it.
        let mixed = "\u{FEFF}item,worker,question,answer\r\na\u{0}1,w1,relevance,exact\ra2,w2,relevance,substitute\na3,w3,relevance,exact\r\n"
        let quick = try Self.read(mixed, name: "mixed.csv")
        let full = try Self.read(mixed, name: "mixed.csv", quick: false)
        AggregateFastPathTests.expectSameStore(quick, full)
        #expect(R.positions(full) == ["2:1 E0506"], "\(full.diagnostics.map(\.message))")
        // Line ends of every kind: the rows after the refused one are read as rows.
        let clean = try Self.read(mixed.replacingOccurrences(of: "a\u{0}1", with: "a1"), name: "mixed.csv", quick: false)
        #expect(clean.diagnostics.isEmpty && clean.store.count == 3)
        #expect((0..<clean.store.itemCount).map(clean.store.itemKey) == ["a1", "a2", "a3"])
        // A second file pasted in, byte-order mark and header included: its header is a bad row, located.
        let pasted = "item,worker,question,answer\na1,w1,relevance,exact\n\u{FEFF}item,worker,question,answer\na2,w1,relevance,exact\n"
        let twice = try Self.read(pasted, name: "pasted.csv")
        #expect(R.positions(twice) == ["3:14 E0503"], "the mark is one column")
        #expect(twice.diagnostics.first?.message == "row 2: question 'question' is not defined by the spec")
        // In JSON Lines a mark starts no object; an escaped NUL is E0506 too; a lone CR does not end a line.
        let json = "{\"item\": \"a\\u00001\", \"worker\": \"w1\", \"question\": \"relevance\", \"answer\": \"exact\"}\n"
            + "\u{FEFF}{\"item\": \"a2\", \"worker\": \"w1\", \"question\": \"relevance\", \"answer\": \"exact\"}\n"
            + "{\"item\": \"a3\", \"worker\": \"w1\", \"question\": \"relevance\", \"answer\": \"exact\"}\r{\"item\": \"a4\"}\n"
        let lines = try Self.read(json, name: "marks.jsonl")
        #expect(R.positions(lines) == ["1:10 E0506", "2:1 E0405", "4:1 E0405"], "\(lines.diagnostics.map(\.message))")
    }

    @Test func bracketsNestedDeepAreOneSyntaxError() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let outcome = try Self.read(#"{"item": "a1", "worker": "w1", "question": "relevance", "answer": \#(deep)}"# + "\n",
                                    name: "deep.jsonl")
        #expect(R.positions(outcome) == ["1:68 E0405"])
        #expect(outcome.diagnostics.first?.message == "row 1: a list may only hold strings")
        let objects = String(repeating: #"{"a": "#, count: 50_000)
        let nested = try Self.read(#"{"item": \#(objects)}"# + "\n", name: "objects.jsonl")
        #expect(R.positions(nested) == ["1:10 E0405"])
    }

    /// The messages for ids written as JSON numbers with more than one spelling.
    static func spelling(_ row: Int, _ key: String, _ number: String) -> String {
        "row \(row): '\(key)' is \(number), a JSON number with a fraction or an exponent, which other spellings of the same number (1, 1.0, 1e0) would not match; write the id as a string or as a plain whole number"
    }

    @Test func idsWrittenAsNumbersHaveOneSpelling() throws {
        // As item keys in data files: a plain whole number names the id spelled by it, like the string.
        let outcome = try Self.read("""
            {"item": 1, "worker": "w1", "question": "relevance", "answer": "exact"}
            {"item": "1", "worker": 7, "question": "relevance", "answer": "exact"}
            {"item": -12, "worker": 9007199254740991, "question": "relevance", "answer": "exact", "assignment": 2041}

            """, name: "ids.jsonl")
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.message))")
        let store = outcome.store
        #expect((0..<store.itemCount).map(store.itemKey) == ["1", "-12"])
        #expect((0..<store.workerCount).map(store.workerID) == ["w1", "7", "9007199254740991"])
        #expect(store.item == [0, 0, 1])
        let pages = try Self.read(#"{"item1": 5, "item1_relevance": "exact", "PROLIFIC_PID": 42, "SESSION_ID": 10}"# + "\n",
                                  name: "pages.jsonl")
        #expect(pages.diagnostics.isEmpty && pages.store.itemKey(0) == "5" && pages.store.workerID(0) == "42")

        // Any other spelling could name the same item as another: refused, located, in every reader.
        let text = """
            {"item": 1.0, "worker": "w1", "question": "relevance", "answer": "exact"}
            {"item": "a", "worker": 1e0, "question": "relevance", "answer": "exact"}
            {"item": -0, "worker": "w1", "question": "relevance", "answer": "exact"}
            {"item": "a", "worker": 9007199254740992, "question": "relevance", "answer": "exact"}
            {"item": "a", "worker": "w2", "question": "relevance", "answer": "exact", "assignment": 1.5}

            """
        for quick in [false, true] {
            let bad = try Self.read(text, name: "bad.jsonl", quick: quick)
            #expect(R.positions(bad) == ["1:10 E0504", "2:25 E0504", "3:10 E0504", "4:25 E0504", "5:89 E0504"])
            #expect(bad.diagnostics.map(\.message) == [
                Self.spelling(1, "item", "1.0"),
                Self.spelling(2, "worker", "1e0"),
                "row 3: 'item' is -0, the number 0 written another way; write it as 0 or as a string",
                "row 4: 'worker' is 9007199254740992, a JSON number beyond 9007199254740991, which JSON readers round; write the id as a string",
                Self.spelling(5, "assignment", "1.5"),
            ])
            #expect(bad.store.count == 0)
        }
        let badPage = try Self.read(#"{"item1": 2.0, "item1_relevance": "exact", "worker": "w1"}"# + "\n", name: "page.jsonl")
        #expect(badPage.diagnostics.map(\.message) == [Self.spelling(1, "item1", "2.0")])
        #expect(badPage.store.count == 0)
    }

    @Test func numberIDsThroughTheBinary() throws {
        let folder = try AggregateCLITests.specFolder("grocery-search-relevance")
        try """
            {"item": 1, "worker": "w1", "question": "relevance", "answer": "exact"}
            {"item": 1.0, "worker": "w2", "question": "relevance", "answer": "exact"}

            """.write(to: folder.appendingPathComponent("r.jsonl"), atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "r.jsonl", "-o", "agg"], in: folder)
        #expect(out.status == 1)
        #expect(out.stderr.hasPrefix("r.jsonl:2:10: error: \(Self.spelling(2, "item", "1.0")) [E0504]\n"), "\(out.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("agg").path))
        try """
            {"item": 1, "worker": "w1", "question": "relevance", "answer": "exact"}
            {"item": "1", "worker": 2, "question": "relevance", "answer": "exact"}

            """.write(to: folder.appendingPathComponent("r.jsonl"), atomically: true, encoding: .utf8)
        let good = try runHITC(["aggregate", "spec.yaml", "--results", "r.jsonl", "-o", "agg"], in: folder)
        #expect(good.status == 0, "\(good.stderr)")
        let labels = try String(contentsOf: folder.appendingPathComponent("agg/labels.csv"), encoding: .utf8)
        #expect(labels.hasPrefix("item,question,label,confidence,judgments,method,status\n1,relevance,exact,"), "\(labels)")
        #expect(labels.split(separator: "\n").count == 2, "one item, not two")
    }

    @Test func workerIDsReachTheTerminalEscaped() throws {
        let folder = try AggregateCLITests.specFolder("grocery-search-relevance")
        // The worker fails both gold items (data/gold.csv: exact, complement) and is dropped: named in the summary.
        // Control characters in ids are refused (E0506); a bidi override is a character results may hold.
        let evil = "w\u{202E}x"
        try """
            item,worker,question,answer
            gold-001,\(evil),relevance,irrelevant
            gold-002,\(evil),relevance,irrelevant
            a1,w2,relevance,exact

            """.write(to: folder.appendingPathComponent("r.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "r.csv", "-o", "agg"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Dropped 1 worker below gold min_accuracy: w\\u{202E}x\n"), "\(out.stdout)")
        #expect(!out.stdout.unicodeScalars.contains { $0.value == 0x202E }, "the override is escaped")
    }
}
