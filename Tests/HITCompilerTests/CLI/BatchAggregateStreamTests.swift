import Foundation
import Testing
@testable import HITCompiler

/// `hitc batch` and `hitc aggregate` follow the one rule of `check` and `build`
/// (`DiagnosticOptions.printHumanSummary`): with `--diagnostics-format json`
/// standard output is exactly one JSON document (also with no diagnostics),
/// with `github` only workflow commands; the human summary goes to standard
/// error then, to standard output with `text`, and nowhere with `--quiet`.
@Suite(.serialized)
struct BatchAggregateStreamTests {
    /// A copy of the grocery example (questions `relevance` and `reason`) with `results.csv`.
    static func aggregateFolder(results: String) throws -> URL {
        let folder = try AggregateCLITests.specFolder("grocery-search-relevance")
        try results.write(to: folder.appendingPathComponent("results.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    static let goodResults = """
        item,worker,question,answer
        a1,w1,relevance,exact
        a1,w2,relevance,exact
        a2,w1,relevance,substitute

        """

    /// The diagnostics of a run's standard output, which must be one JSON array and nothing else.
    static func jsonDocument(_ out: ProcessOutput) throws -> [[String: Any]] {
        let value = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8))
        return try #require(value as? [[String: Any]], "standard output is not one JSON array: \(out.stdout)")
    }

    /// Every line of standard output is a workflow command.
    static func expectOnlyWorkflowCommands(_ out: ProcessOutput) {
        for line in out.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            #expect(line.hasPrefix("::error ") || line.hasPrefix("::warning "), "not a workflow command: \(line)")
        }
        #expect(out.stdout.isEmpty || out.stdout.hasSuffix("\n"))
    }

    // MARK: - aggregate

    @Test func aggregateWithJSONPrintsOneEmptyJSONArrayAndTheSummaryOnStandardError() throws {
        let folder = try Self.aggregateFolder(results: Self.goodResults)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg", "--diagnostics-format", "json"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try Self.jsonDocument(out).isEmpty)
        #expect(out.stdout == "[\n\n]\n")
        #expect(out.stderr.hasPrefix("Aggregated 3 judgments from results.csv (long format): 2 items, 0 gold items, 2 workers\n"), "\(out.stderr)")
        #expect(out.stderr.hasSuffix("Wrote agg/labels.csv, agg/labels.jsonl, agg/workers.csv, agg/summary.json, agg/report.html\n"), "\(out.stderr)")
        let quiet = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg2", "-q", "--diagnostics-format", "json"], in: folder)
        #expect(quiet.status == 0)
        #expect(quiet.stdout == "[\n\n]\n")
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
    }

    @Test func aggregateWithJSONAndAWarningPrintsOnlyTheWarningAsJSON() throws {
        let folder = try Self.aggregateFolder(results: """
            item,worker,question,answer,note
            a1,w1,relevance,exact,x
            a1,w2,relevance,exact,y

            """)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg", "--diagnostics-format", "json"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        let entries = try Self.jsonDocument(out)
        #expect(entries.map { $0["code"] as? String } == ["W0012"])
        #expect(entries.first?["message"] as? String == "ignored column 'note': not used by the long format")
        #expect(out.stderr.hasPrefix("Aggregated 2 judgments from results.csv (long format)"), "\(out.stderr)")
    }

    @Test func aggregateWithJSONAndBadResultsPrintsTheErrorsAsOneJSONDocument() throws {
        let folder = try Self.aggregateFolder(results: "item,worker,question,answer\na1,w1,relevance,exakt\n")
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg", "--diagnostics-format", "json"], in: folder)
        #expect(out.status == 1)
        let entries = try Self.jsonDocument(out)
        #expect(entries.map { $0["code"] as? String } == ["E0502"])
        #expect(entries.first?["line"] as? Int == 2)
        #expect(entries.first?["column"] as? Int == 17)
        #expect(!out.stderr.contains("Aggregated"), "\(out.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("agg").path))
    }

    @Test func aggregateWithJSONAndABadSpecPrintsTheSpecErrorsAsOneJSONDocument() throws {
        let folder = try Self.aggregateFolder(results: Self.goodResults)
        try EmitFixtures.replace("  items_per_hit: 5\n", with: "  items_per_hit: 5\n  itmes: 3\n", in: folder.appendingPathComponent("spec.yaml"))
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg", "--diagnostics-format", "json"], in: folder)
        #expect(out.status == 1)
        #expect(try Self.jsonDocument(out).map { $0["code"] as? String } == ["E0103"])
    }

    @Test func aggregateWithGitHubPrintsOnlyWorkflowCommands() throws {
        let good = try Self.aggregateFolder(results: Self.goodResults)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg", "--diagnostics-format", "github"], in: good)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.isEmpty, "\(out.stdout)")
        #expect(out.stderr.hasPrefix("Aggregated 3 judgments"), "\(out.stderr)")
        let bad = try Self.aggregateFolder(results: "item,worker,question,answer\na1,w1,relevance,exakt\na2,w1,relevans,exact\n")
        let failed = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg", "--diagnostics-format", "github"], in: bad)
        #expect(failed.status == 1)
        Self.expectOnlyWorkflowCommands(failed)
        #expect(failed.stdout.split(separator: "\n").count == 2, "\(failed.stdout)")
        #expect(failed.stdout.hasPrefix("::error file=results.csv,line=2,col=17,"), "\(failed.stdout)")
    }

    @Test func aggregateWithTextKeepsTheSummaryOnStandardOutput() throws {
        let folder = try Self.aggregateFolder(results: Self.goodResults)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("Aggregated 3 judgments"), "\(out.stdout)")
        #expect(out.stderr.isEmpty, "\(out.stderr)")
    }

    // MARK: - batch

    @Test func batchWithJSONPrintsOneJSONDocumentAndTheSummaryOnStandardError() throws {
        let folder = try BatchFixtures.specFolder()
        try BatchFixtures.groceryCSV(10).write(to: folder.appendingPathComponent("items.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["batch", "spec.yaml", "--data", "items.csv", "--seed", "3", "--diagnostics-format", "json"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try Self.jsonDocument(out).allSatisfy { $0["severity"] as? String == "warning" })
        #expect(out.stderr.hasPrefix("Batch of 10 items from items.csv (seed 3): 3 HITs"), "\(out.stderr)")
        #expect(out.stderr.contains("Wrote out/grocery-search-relevance/batch/hits.jsonl"), "\(out.stderr)")
        let quiet = try runHITC(["batch", "spec.yaml", "--data", "items.csv", "-q", "--diagnostics-format", "json"], in: folder)
        #expect(quiet.status == 0)
        #expect(quiet.stdout == out.stdout)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
    }

    @Test func batchWithJSONAndBadDataPrintsTheErrorsAsOneJSONDocument() throws {
        let folder = try BatchFixtures.specFolder()
        let data = BatchFixtures.groceryCSV(2, extra: ["it-9,q,T,https://img.example.com/x.jpg,,cheap,pantry,"])
        try data.write(to: folder.appendingPathComponent("items.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["batch", "spec.yaml", "--data", "items.csv", "-o", "b", "--diagnostics-format", "json"], in: folder)
        #expect(out.status == 1)
        let errors = try Self.jsonDocument(out).filter { $0["severity"] as? String == "error" }
        #expect(errors.map { $0["code"] as? String } == ["E0407"])
        #expect(errors.first?["line"] as? Int == 4)
        #expect(errors.first?["column"] as? Int == 41)
        #expect(!out.stderr.contains("Batch of"), "\(out.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("b").path))
    }

    @Test func batchWithGitHubPrintsOnlyWorkflowCommands() throws {
        let folder = try BatchFixtures.specFolder()
        try BatchFixtures.groceryCSV(10).write(to: folder.appendingPathComponent("items.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["batch", "spec.yaml", "--data", "items.csv", "--diagnostics-format", "github"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        Self.expectOnlyWorkflowCommands(out)
        #expect(!out.stdout.contains("Batch of"))
        #expect(out.stderr.hasPrefix("Batch of 10 items from items.csv"), "\(out.stderr)")
        let bad = BatchFixtures.groceryCSV(2, extra: ["it-9,q,T,https://img.example.com/x.jpg,,cheap,pantry,"])
        try bad.write(to: folder.appendingPathComponent("items.csv"), atomically: true, encoding: .utf8)
        let failed = try runHITC(["batch", "spec.yaml", "--data", "items.csv", "-o", "b", "--diagnostics-format", "github"], in: folder)
        #expect(failed.status == 1)
        Self.expectOnlyWorkflowCommands(failed)
        #expect(failed.stdout.contains("::error file=items.csv,line=4,col=41,"), "\(failed.stdout)")
    }
}
