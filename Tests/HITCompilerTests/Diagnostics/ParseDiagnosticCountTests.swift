import Foundation
import Testing
@testable import HITCompiler

/// Parsing keeps its first 200 diagnostics and counts the rest in one closing
/// diagnostic, as YAML composing does; the totals and the W0013 line count every
/// problem, those a closing diagnostic stands for included (issue 9, item 13).
@Suite struct ParseDiagnosticCountTests {
    /// Writes `text` as `spec.yaml` in a new folder; returns the folder.
    static func folder(with text: String) throws -> URL {
        let folder = Paths.temporaryDirectory()
        try text.write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    /// The minimal spec and `count` unknown top-level keys.
    static func unknownKeys(_ count: Int) -> String {
        SpecFixtures.minimal() + "\n" + (0..<count).map { "unknown\($0): 1\n" }.joined()
    }

    @Test func parsingKeepsTwoHundredDiagnosticsAndCountsTheRest() throws {
        let folder = try Self.folder(with: Self.unknownKeys(250))
        let result = Pipeline.check(path: folder.appendingPathComponent("spec.yaml").path)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 201)
        #expect(errors.prefix(200).allSatisfy { $0.code == .unknownKey && $0.range != nil })
        #expect(errors.prefix(200).map(\.message) == (0..<200).map { "unknown key 'unknown\($0)' in the spec" })
        let summary = try #require(errors.last)
        #expect(summary.message == "50 more problems in this file not shown (E0103 ×50); only the first 200 are listed")
        #expect(summary.code == .unknownKey)
        #expect(summary.range == nil)
        #expect(summary.summarized?.total == 50)
        #expect(result.diagnostics.problemCounts == (250, 4), "the minimal spec's four warnings, and every unknown key")
    }

    @Test func aQuestionWithAnErrorPastTheLimitIsStillPartial() throws {
        // The top level's 250 unknown keys are reported before the questions are read.
        let questions = "    q:\n      type: text\n      prompt: P\n      max_lenght: 300\n"
        let text = SpecFixtures.minimal(questions: questions) + "\n" + (0..<250).map { "unknown\($0): 1\n" }.joined()
        let folder = try Self.folder(with: text)
        let result = Pipeline.check(path: folder.appendingPathComponent("spec.yaml").path)
        let spec = try #require(result.spec)
        #expect(spec.hit.outlines.map(\.id) == ["q"])
        #expect(spec.hit.questions.isEmpty, "the unknown key was counted, not kept, and still makes 'q' partial")
        #expect(result.diagnostics.last { $0.severity == .error }?.message
                == "51 more problems in this file not shown (E0103 ×51); only the first 200 are listed")
    }

    @Test func totalsAndW0013CountWhatASummaryStandsFor() throws {
        // 300 duplicate keys: the composer keeps 200 and counts 100; the unknown key 'x' is one more error.
        let text = SpecFixtures.minimal() + "\nx:\n" + (0..<300).map { _ in "  - {a: 1, a: 2}\n" }.joined()
        let folder = try Self.folder(with: text)
        let out = try runHITC(["check", "spec.yaml"], in: folder)
        #expect(out.status == 1)
        #expect(out.stderr.hasSuffix(
            "spec.yaml: warning: 101 more errors and 4 more warnings not shown; at most 200 diagnostics are printed [W0013]\n"),
                "\(out.stderr.suffix(300))")
        #expect(out.stdout.hasSuffix("1 spec checked: 301 errors, 4 warnings\n"), "\(out.stdout)")

        let json = try runHITC(["check", "--diagnostics-format", "json", "spec.yaml"], in: folder)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 201)
        #expect(entries.last?["omitted"] as? [String: Int] == ["errors": 101, "warnings": 4])
    }

    @Test func warningsAsErrorsCountASummarysWarningsAsErrors() throws {
        let text = SpecFixtures.minimal() + "\nx:\n" + (0..<230).map { _ in "  - {a: 1, a: 2}\n" }.joined()
        let folder = try Self.folder(with: text)
        let out = try runHITC(["check", "--warnings-as-errors", "spec.yaml"], in: folder)
        #expect(out.status == 1)
        // Printed: the four warnings (made errors), 'x', 195 duplicates; not: 5 duplicates and the 30 counted.
        #expect(out.stderr.hasSuffix(
            "spec.yaml: warning: 35 more errors not shown; at most 200 diagnostics are printed [W0013]\n"), "\(out.stderr.suffix(300))")
        #expect(out.stdout.hasSuffix("1 spec checked: 235 errors, 0 warnings\n"), "\(out.stdout)")
    }

    @Test func aSummaryThatIsPrintedCountsInTheTotalsButNotInW0013() throws {
        // A gold file keeps 100 diagnostics; 150 bad rows print 100 and a summary of 50.
        let spec = try EmitFixtures.copyExample("grocery-search-relevance")
        let gold = spec.deletingLastPathComponent().appendingPathComponent("data/gold.csv")
        let rows = (0..<150).map { "bad-\($0),milk,Milk,https://img.example.com/m.jpg,Acme,1.00,dairy,,exakt,Why.\n" }.joined()
        let handle = try FileHandle(forWritingTo: gold)
        handle.seekToEndOfFile()
        handle.write(Data(rows.utf8))
        try handle.close()
        let out = try runHITC(["check", "spec.yaml"], in: spec.deletingLastPathComponent())
        #expect(out.status == 1)
        #expect(out.stderr.contains("data/gold.csv: error: 50 more problems in this file not shown (E0317 ×50); only the first 100 are listed [E0317]"),
                "\(out.stderr.suffix(400))")
        #expect(!out.stderr.contains("[W0013]"), "the summary printed says it; 101 diagnostics are under the limit")
        #expect(out.stdout.hasSuffix("1 spec checked: 150 errors, 0 warnings\n"), "\(out.stdout)")
    }

    @Test func theSummarySortsLastInItsFile() {
        var counted = OmittedProblems()
        counted.add(.unknownKey, count: 3)
        let summary = counted.summary(file: "a.yaml", limit: 1)!
        let located = Diagnostic(.unknownKey, "k", file: "a.yaml", range: SourceRange(line: 9, column: 1))
        let whole = Diagnostic(.missingFile, "w", file: "a.yaml", range: nil)
        #expect(Diagnostic.sortedByPosition([summary, located, whole]).map(\.message) == ["w", "k", summary.message])
        #expect(summary.message == "3 more problems in this file not shown (E0103 ×3); only the first is listed")
    }
}
