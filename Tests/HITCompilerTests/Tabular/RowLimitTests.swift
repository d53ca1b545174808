import Foundation
import Testing
@testable import HITCompiler

/// One row limit for every file read a row at a time (`DataLimits.maxRowBytes`):
/// results files (E0505) and data files (E0411) are read by the same
/// `DataRowReader` through the same `DataWindow`, which never grows past one
/// row of that limit. Blank lines take no room, and a results file that
/// changes while it is read is an error, as a data file is.
@Suite(.serialized)
struct RowLimitTests {
    typealias R = AggregateReaderTests

    /// Reads `text` (written as `name`) as results with `limits`, a window of `chunk` bytes.
    static func read(_ text: String, name: String, limits: DataLimits, chunk: Int = 512,
                     progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> ResultsReader.Outcome {
        let url = Paths.temporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        var reader = ResultsReader(questions: try R.questions("grocery-search-relevance"), limits: limits, progress: progress)
        reader.chunkSize = chunk
        reader.fastPartBytes = 256
        return reader.read(path: url.path, displayPath: name)
    }

    @Test func resultsRowsAreLimitedByTheDataLimit() throws {
        // The limit is DataLimits.maxRowBytes, whatever reads the file: the one pass, the parts, the quick reader.
        let long = String(repeating: "x", count: 2000)
        let text = "item,worker,question,answer\na1,w1,relevance,exact\na2,w1,reason,\(long)\na3,w2,relevance,exact\n"
        for quick in [true, false] {
            var limits = DataLimits(maxRowBytes: 1500)
            let url = Paths.temporaryDirectory().appendingPathComponent("r.csv")
            try text.write(to: url, atomically: true, encoding: .utf8)
            var reader = ResultsReader(questions: try R.questions("grocery-search-relevance"), limits: limits)
            reader.chunkSize = 256
            reader.fastPath = quick
            let refused = reader.read(path: url.path, displayPath: "r.csv")
            #expect(refused.diagnostics.map { "\($0.code.code) \($0.range?.start.line ?? 0) \($0.message)" }
                    == ["E0505 3 the row starting here is longer than 1500 bytes, the most a results row may hold; reading stopped"])
            limits.maxRowBytes = 4000
            reader.limits = limits
            let read = reader.read(path: url.path, displayPath: "r.csv")
            #expect(read.diagnostics.isEmpty && read.store.count == 3, "\(read.diagnostics)")
        }
    }

    @Test func blankLinesTakeNoRoomInTheWindow() throws {
        // 5,000 blank lines (more than the 1,000-byte row limit) between rows: no row is too long.
        let blank = String(repeating: "\n", count: 5000)
        let results = "item,worker,question,answer\na1,w1,relevance,exact\n" + blank + "a2,w2,relevance,exact\r\n"
            + String(repeating: "\r\n", count: 3000) + "a3,w3,relevance,substitute\n"
        for quick in [true, false] {
            let url = Paths.temporaryDirectory().appendingPathComponent("blank.csv")
            try results.write(to: url, atomically: true, encoding: .utf8)
            var reader = ResultsReader(questions: try R.questions("grocery-search-relevance"), limits: DataLimits(maxRowBytes: 1000))
            reader.chunkSize = 256
            reader.fastPath = quick
            let outcome = reader.read(path: url.path, displayPath: "blank.csv")
            #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.message))")
            #expect(outcome.store.count == 3)
        }
        // JSON Lines: blank and white lines; an unknown question after them is located on its line.
        let json = #"{"item": "a1", "worker": "w1", "question": "relevance", "answer": "exact"}"# + "\n"
            + String(repeating: "  \n", count: 2000) + #"{"item": "a2", "worker": "w1", "question": "nope", "answer": "exact"}"# + "\n"
        let lines = try Self.read(json, name: "blank.jsonl", limits: DataLimits(maxRowBytes: 1000), chunk: 128)
        #expect(R.positions(lines) == ["2002:44 E0503"], "\(lines.diagnostics.map(\.message))")

        // A data file: the same reader, the same window.
        var limits = DataLimits(maxRowBytes: 1000)
        limits.windowBytes = 256
        let rows = BatchFixtures.groceryCSV(3).split(separator: "\n")
        let data = rows[0...2].joined(separator: "\n") + "\n" + blank + rows[3] + "\n"
        let checked = DataFileChecker(schema: DataFixtures.grocery, questions: [], role: .sample, limits: limits)
            .check(bytes: Array(data.utf8), displayPath: "d.csv", format: .csv)
        #expect(checked.diagnostics.isEmpty && checked.rowCount == 3)
        let url = Paths.temporaryDirectory().appendingPathComponent("d.csv")
        try data.write(to: url, atomically: true, encoding: .utf8)
        let fromFile = DataFileChecker.check(url: url, displayPath: "d.csv", schema: DataFixtures.grocery, questions: [],
                                             role: .sample, limits: limits)
        #expect(fromFile.diagnostics.isEmpty, "\(fromFile.diagnostics.map(\.message))")
        #expect(fromFile.rowCount == 3)
    }

    @Test func blankLinesBetweenItemsThroughTheBinary() throws {
        // 20 MiB of line breaks between two rows: more than the 16 MiB row limit, and no row.
        let folder = try BatchFixtures.specFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows = BatchFixtures.groceryCSV(6).split(separator: "\n").map(String.init)
        let text = rows[0...3].joined(separator: "\n") + String(repeating: "\n", count: 20 << 20) + rows[4...].joined(separator: "\n") + "\n"
        try text.write(to: folder.appendingPathComponent("items.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["batch", "spec.yaml", "--data", "items.csv", "-o", "b"], in: folder, timeout: 120)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.isEmpty)
        #expect(out.stdout.hasPrefix("Batch of 6 items from items.csv (seed 1)"), "\(out.stdout)")
    }

    @Test func aResultsFileTruncatedWhileReadIsE0020() throws {
        // 70,000 rows: progress is reported after row 65,536, which truncates the file under the reader.
        var text = "item,worker,question,answer\n"
        for r in 0..<70_000 { text += "a\(r % 97),w\(r),relevance,exact\n" }
        let url = Paths.temporaryDirectory().appendingPathComponent("shrinking.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let size = text.utf8.count
        let path = url.path
        var reader = ResultsReader(questions: try R.questions("grocery-search-relevance"), progress: { done, total in
            if done < total { _ = truncate(path, 1000) }
        })
        reader.chunkSize = 64 << 10
        reader.fastPath = false
        let outcome = reader.read(path: url.path, displayPath: "shrinking.csv")
        #expect(outcome.diagnostics.map(\.code) == [.fileChanged], "\(outcome.diagnostics.map(\.message))")
        #expect(outcome.diagnostics.first?.message.hasPrefix(
            "results file 'shrinking.csv' changed while hitc read it: it had \(size) bytes when opened and ended after ") == true,
            "\(outcome.diagnostics.first?.message ?? "")")
        #expect(outcome.diagnostics.first?.range != nil, "located where reading ended")
    }
}
