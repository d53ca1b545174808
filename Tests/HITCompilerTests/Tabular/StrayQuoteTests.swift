import Foundation
import Testing
@testable import HITCompiler

/// A row keeps its first syntax problems and counts the rest (`RawRow.note`),
/// so a row of millions of stray quotes costs bounded memory; the diagnostics
/// are those of all the problems: the first `maxDiagnosticsPerFile` listed,
/// the rest in the closing count, in data files and results files alike.
@Suite struct StrayQuoteTests {
    typealias R = AggregateReaderTests

    /// A cell of `n` stray quotes, each after an `x`.
    static func strays(_ n: Int) -> String { String(repeating: "x\"", count: n) }

    @Test func aRowKeepsItsFirstProblemsAndCountsTheRest() {
        let text = "a,\(Self.strays(10_000)),b\nc,d\"e\n"
        Array(text.utf8).withByteSpan { bytes in
            var scanner = CSVScanner(bytes: bytes)
            var row = RawRow(maxKeptProblems: 100)
            let first = scanner.nextRow(into: &row)
            #expect(first)
            #expect(row.problems.count == 100)
            #expect(row.problemsNotKept == 9_900)
            #expect(row.problems.map(\.offset) == (0..<100).map { 3 + 2 * $0 }, "the first ones, in order")
            #expect(row.cells.count == 3, "the row is still read to its end")
            // The next row starts afresh.
            let second = scanner.nextRow(into: &row)
            #expect(second)
            #expect(row.problems.map(\.offset) == [Array("a,\(Self.strays(10_000)),b\nc,d".utf8).count])
            #expect(row.problemsNotKept == 0)
        }
    }

    @Test func resultsDiagnosticsAreThoseOfEveryProblem() throws {
        let n = 50_000
        let text = "item,worker,question,answer\na1,w1,relevance,\(Self.strays(n))\n"
        let url = Paths.temporaryDirectory().appendingPathComponent("quotes.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        for limit in [100, 300] {
            let reader = ResultsReader(questions: try R.questions("grocery-search-relevance"),
                                       limits: DataLimits(maxDiagnosticsPerFile: limit))
            let outcome = reader.read(path: url.path, displayPath: "quotes.csv")
            #expect(outcome.diagnostics.count == limit + 1)
            let listed = outcome.diagnostics.dropLast()
            #expect(listed.allSatisfy { $0.code == .malformedCSV
                && $0.message == "row 1: a '\"' inside an unquoted cell: quote the whole cell and double the quote (\"\")" })
            // Every listed quote where it is: the answer cell starts at column 17 with an `x`.
            #expect(listed.map { $0.range?.start } == (0..<limit).map { SourceLocation(line: 2, column: 18 + 2 * $0) })
            #expect(outcome.diagnostics.last?.message
                    == "\(n - limit) more problems in this file not shown (E0404 ×\(n - limit)); only the first \(limit) are listed")
        }
    }

    @Test func dataFileDiagnosticsAreThoseOfEveryProblem() throws {
        // A stray quote in the header and 20,000 in a title.
        let rows = BatchFixtures.groceryCSV(2).split(separator: "\n").map(String.init)
        let text = rows[0].replacingOccurrences(of: "brand", with: "br\"and") + "\n" + rows[1] + "\n"
            + rows[2].replacingOccurrences(of: "Title 2", with: Self.strays(20_000)) + "\n"
        let url = Paths.temporaryDirectory().appendingPathComponent("quotes.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let result = DataFileChecker.check(url: url, displayPath: "quotes.csv", schema: DataFixtures.grocery, questions: [],
                                           role: .sample)
        // Sorted by position: the header's unknown column (W0012) and its stray quote, 98 of the row's, the count.
        #expect(result.diagnostics.count == 101, "\(result.diagnostics.prefix(3))")
        #expect(result.diagnostics.prefix(2).map { "\($0.code.code) \($0.range?.start.column ?? 0)" } == ["W0012 27", "E0404 29"],
                "\(result.diagnostics.prefix(2))")
        #expect(result.diagnostics[1].message == "header: a '\"' inside an unquoted cell: quote the whole cell and double the quote (\"\")")
        let row = result.diagnostics.dropFirst(2).dropLast()
        #expect(row.count == 98)
        #expect(row.allSatisfy { $0.message == "row 2: a '\"' inside an unquoted cell: quote the whole cell and double the quote (\"\")" })
        #expect(result.diagnostics.last?.message == "19902 more problems in this file not shown (E0404 ×19902); only the first 100 are listed")
    }

    @Test func strayQuotesThroughTheBinary() throws {
        let folder = try AggregateCLITests.specFolder("grocery-search-relevance")
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "item,worker,question,answer\na1,w1,relevance,\(Self.strays(1_000_000))\n"
        try text.write(to: folder.appendingPathComponent("r.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "r.csv", "-o", "agg"], in: folder, timeout: 120)
        #expect(out.status == 1)
        let lines = out.stderr.split(separator: "\n")
        #expect(lines.first == "r.csv:2:18: error: row 1: a '\"' inside an unquoted cell: quote the whole cell and double the quote (\"\") [E0404]",
                "\(out.stderr.prefix(300))")
        #expect(lines.last == "r.csv: error: 999900 more problems in this file not shown (E0404 ×999900); only the first 100 are listed [E0404]",
                "\(out.stderr.suffix(300))")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("agg").path))
    }
}
