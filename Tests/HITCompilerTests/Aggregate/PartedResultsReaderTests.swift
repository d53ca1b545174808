import Foundation
import Testing
@testable import HITCompiler

/// `PartedResultsReader`: MTurk results and JSON Lines read in parts on every
/// core give exactly what one pass gives, whatever the answers, and anything
/// to report goes to the one-pass reader.
@Suite struct PartedResultsReaderTests {
    typealias R = AggregateReaderTests

    static let relevance = ["exact", "substitute", "complement", "irrelevant", "cant_judge"]

    /// MTurk results of `rows` assignments, every cell quoted as MTurk writes
    /// them; titles with doubled quotes and line breaks (so a line break is
    /// often inside a quoted cell), rejected assignments, blank answers, a
    /// byte-order mark. `reason` answers only when `withText`.
    static func mturkFile(rows: Int, withText: Bool = false) -> String {
        var lines = ["\u{FEFF}" + R.mturkHeader]
        for r in 0..<rows {
            var cells = R.mturkRow(hit: "H\(r / 3)", assignment: "A\(r)", worker: "W\((r * 31) % 17)",
                                   status: r % 29 == 5 ? "Rejected" : "Submitted", workTime: "\(20 + r % 50)",
                                   answers: ["it-\(r % 41)", r % 13 == 0 ? "" : relevance[r % 5],
                                             withText && r == rows - 2 ? "blurry photo" : "",
                                             "it-\((r * 7) % 41)", relevance[(r / 2) % 5], ""],
                                   seconds: r % 4 == 0 ? "" : "\(30 + r % 20)")
            if r % 3 == 0 {
                // Title: a quoted cell with a doubled quote and a line break (CRLF or LF).
                cells = cells.replacingOccurrences(of: "Rate grocery search results",
                                                   with: "\"Rate \"\"grocery\"\"\(r % 2 == 0 ? "\r\n" : "\n")search results\"")
            }
            lines.append(cells)
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The same judgments as JSON Lines of the long format.
    static func jsonLinesFile(rows: Int) -> String {
        var lines: [String] = []
        for r in 0..<rows {
            let answer = r % 11 == 0 ? "null" : "\"\(relevance[r % 5])\""
            let seconds = r % 3 == 0 ? "" : ", \"seconds\": \(10 + r % 30)"
            lines.append(#"{"item": "it-\#(r % 37)", "worker": "w\#((r * 13) % 19)", "question": "relevance", "answer": \#(answer)\#(seconds), "assignment": "as\#(r / 4)"}"#)
            if r % 40 == 0 { lines.append("") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func read(_ text: String, name: String, parted: Bool, parts: Int = 3, chunkSize: Int = 4 << 20) throws -> ResultsReader.Outcome {
        let url = Paths.temporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        var reader = ResultsReader(questions: try R.questions("grocery-search-relevance"))
        reader.fastPath = parted
        reader.fastParts = parts
        reader.fastPartBytes = 200
        reader.chunkSize = chunkSize
        return reader.read(path: url.path, displayPath: name)
    }

    /// Whether the parted reader itself takes the file (rather than giving up).
    static func partedTakes(_ text: String, name: String, parts: Int) throws -> Bool {
        let url = Paths.temporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        let file = try InputFile(opening: url.path)
        let reader = PartedResultsReader(questions: try R.questions("grocery-search-relevance"), forced: nil, limits: .default,
                                         chunkSize: 64, progress: nil, parts: parts, minimumPartBytes: 200)
        return reader.read(file, jsonLines: name.hasSuffix(".jsonl")) != nil
    }

    static func expectSame(_ a: ResultsReader.Outcome, _ b: ResultsReader.Outcome) {
        AggregateFastPathTests.expectSameStore(a, b)
        #expect(a.rejectedAssignments == b.rejectedAssignments)
    }

    @Test func mturkResultsInPartsAreWhatOnePassReads() throws {
        let text = Self.mturkFile(rows: 300)
        let one = try Self.read(text, name: "results.csv", parted: false)
        // Workers meet items again (and one page shows an item twice): repeats are left out alike.
        #expect(one.diagnostics.map(\.code) == [.repeatedJudgment], "\(one.diagnostics.prefix(3).map(\.message))")
        #expect(one.format == .mturk && one.rows == 300 && one.rejectedAssignments > 5 && one.blankAnswers > 20)
        #expect(one.repeatedJudgments > 50)
        for parts in [2, 3, 8] {
            #expect(try Self.partedTakes(text, name: "results.csv", parts: parts), "gave up with \(parts) parts")
        }
        for (parts, chunk) in [(2, 4 << 20), (3, 97), (8, 7)] {
            Self.expectSame(try Self.read(text, name: "results.csv", parted: true, parts: parts, chunkSize: chunk), one)
        }
    }

    @Test func jsonLinesInPartsAreWhatOnePassReads() throws {
        let text = Self.jsonLinesFile(rows: 500)
        let one = try Self.read(text, name: "results.jsonl", parted: false)
        #expect(one.diagnostics.isEmpty, "\(one.diagnostics.map(\.message))")
        #expect(one.format == .long && one.rows == 500 && one.blankAnswers > 40)
        #expect(try Self.partedTakes(text, name: "results.jsonl", parts: 4))
        for (parts, chunk) in [(2, 4 << 20), (4, 50), (8, 7)] {
            Self.expectSame(try Self.read(text, name: "results.jsonl", parted: true, parts: parts, chunkSize: chunk), one)
        }
    }

    @Test func everyAnswerTypeIsMergedAcrossParts() throws {
        // Scale, number, single choice and text (answer-helpfulness); option sets (product-categorisation).
        var helpfulness: [String] = []
        for r in 0..<500 {
            let worker = "w\(r % 11)", item = "q\(r % 29)"
            switch r % 4 {
            case 0: helpfulness.append(#"{"item": "\#(item)", "worker": "\#(worker)", "question": "helpful_a", "answer": \#(1 + r % 5)}"#)
            case 1: helpfulness.append(#"{"item": "\#(item)", "worker": "\#(worker)", "question": "errors_a", "answer": "\#(r % 7).5"}"#)
            case 2: helpfulness.append(#"{"item": "\#(item)", "worker": "\#(worker)", "question": "preference", "answer": "\#(["a", "b", "tie"][r % 3])"}"#)
            default: helpfulness.append(#"{"item": "\#(item)", "worker": "\#(worker)", "question": "comment", "answer": "note \#(r % 17)"}"#)
            }
        }
        var tags: [String] = []
        let options = ["vegan", "vegetarian", "gluten_free", "dairy_free", "organic"]
        for r in 0..<500 {
            let chosen = [options[r % 5], options[(r % 5 + 1 + (r / 5) % 4) % 5]].map { "\"\($0)\"" }.joined(separator: ", ")
            tags.append(#"{"item": "p\#(r % 31)", "worker": "w\#(r % 9)", "question": "dietary_tags", "answer": [\#(chosen)]}"#)
        }
        for (spec, lines) in [("answer-helpfulness", helpfulness), ("product-categorisation", tags)] {
            let text = lines.joined(separator: "\n") + "\n"
            let url = Paths.temporaryDirectory().appendingPathComponent("typed.jsonl")
            try text.write(to: url, atomically: true, encoding: .utf8)
            var reader = ResultsReader(questions: try R.questions(spec))
            reader.fastPath = false
            let one = reader.read(path: url.path, displayPath: "typed.jsonl")
            // The option sets repeat workers on items: those repeats are left out alike.
            #expect(one.diagnostics.allSatisfy { $0.code == .repeatedJudgment }, "\(spec): \(one.diagnostics.prefix(3).map(\.message))")
            #expect(one.store.count + one.repeatedJudgments == 500)
            reader.fastPath = true
            reader.fastPartBytes = 200
            for parts in [2, 5] {
                reader.fastParts = parts
                Self.expectSame(reader.read(path: url.path, displayPath: "typed.jsonl"), one)
            }
            let file = try InputFile(opening: url.path)
            let parted = PartedResultsReader(questions: try R.questions(spec), forced: nil, limits: .default, chunkSize: 64,
                                             progress: nil, parts: 4, minimumPartBytes: 200)
            #expect(parted.read(file, jsonLines: true) != nil, "\(spec)")
        }
    }

    @Test func anythingToReportGoesToOnePass() throws {
        let mturk = Self.mturkFile(rows: 120)
        let jsonl = Self.jsonLinesFile(rows: 200)
        let badRow = R.mturkRow(hit: "H9", assignment: "A999", worker: "W1", workTime: "30",
                                answers: ["it-1", "exactt", "", "it-2", "exact", ""], seconds: "")
        let cases: [(String, String)] = [
            (mturk + badRow + "\r\n", "results.csv"),                        // an answer that is not an option, at the end
            (jsonl + #"{"item": "x", "worker": "w1", "question": "relevance", "answer": "exact", "note": 1}"# + "\n", "results.jsonl"),
            (jsonl + "{\"item\": \"x\", \"worker\": \"w1\"\n", "results.jsonl"), // a broken last line
        ]
        for (text, name) in cases {
            #expect(try !Self.partedTakes(text, name: name, parts: 3), "\(name): \(text.suffix(60))")
            let one = try Self.read(text, name: name, parted: false)
            let parted = try Self.read(text, name: name, parted: true)
            Self.expectSame(parted, one)
            #expect(parted.diagnostics.map(\.range) == one.diagnostics.map(\.range))
        }
    }

    @Test func dataStartsAfterTheHeadersLineBreakWhateverItIs() throws {
        // A quoted header cell sends the file past the quick long-CSV reader to the parted one.
        for terminator in ["\n", "\r\n", "\r"] {
            var text = "item,worker,question,\"answer\"" + terminator
            for r in 0..<400 { text += "it-\(r),w\(r % 7),relevance,\(Self.relevance[r % 5])\n" }
            let one = try Self.read(text, name: "results.csv", parted: false)
            #expect(one.diagnostics.isEmpty && one.rows == 400, "\(terminator.debugDescription)")
            #expect(try Self.partedTakes(text, name: "results.csv", parts: 3), "\(terminator.debugDescription)")
            Self.expectSame(try Self.read(text, name: "results.csv", parted: true), one)
            #expect(try Self.read(text, name: "results.csv", parted: true).store.itemKey(0) == "it-0")
        }
    }

    @Test func ignoredColumnsAreStillReported() throws {
        var text = "item,worker,question,answer,note\n"
        for r in 0..<400 { text += "it-\(r),w\(r % 7),relevance,\(Self.relevance[r % 5]),x\n" }
        #expect(try !Self.partedTakes(text, name: "results.csv", parts: 3))
        let parted = try Self.read(text, name: "results.csv", parted: true)
        #expect(parted.diagnostics.map(\.code) == [.unknownColumn])
        Self.expectSame(parted, try Self.read(text, name: "results.csv", parted: false))
    }

    @Test func csvCutsNeverFallInsideAQuotedCell() throws {
        // Every other line break is inside a quoted cell.
        var text = "a,b\r\n"
        for r in 0..<400 { text += "\"x\(r)\ny\",\"say \"\"hi\"\"\"\r\n" }
        let url = Paths.temporaryDirectory().appendingPathComponent("quoted.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let file = try InputFile(opening: url.path)
        let bytes = Array(text.utf8)
        let cuts = PartedResultsReader.cuts(file, start: 5, end: bytes.count, count: 7, quoted: true)
        #expect(cuts.count == 8)
        for cut in cuts.dropFirst().dropLast() {
            #expect(bytes[cut - 1] == 0x0A && bytes[cut] == 0x22, "cut at \(cut)")
            #expect(bytes[5..<cut].filter { $0 == 0x22 }.count % 2 == 0, "cut at \(cut) is inside quotes")
        }
        #expect(PartedResultsReader.countQuotes(file, 0..<bytes.count) == bytes.filter { $0 == 0x22 }.count)
    }
}
