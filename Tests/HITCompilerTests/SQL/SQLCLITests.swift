import Foundation
import Testing

/// `hitc sql` as a user runs it.
@Suite struct SQLCLITests {
    static let grocery = Paths.specs.appendingPathComponent("grocery-search-relevance/spec.yaml").path

    @Test func helpExplainsTheContract() throws {
        let run = try runHITC(["sql", "--help"])
        #expect(run.status == 0)
        for word in ["judgments(item, worker, question, answer)", "gold(item, question, answer)", "hitc_labels", "hitc_workers",
                     "hitc_agreement", "hitc_rejected", "--iterations", "--dialect", "docs/sql.md"] {
            #expect(run.stdout.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: " ").contains(word) || run.stdout.contains(word), "\(word)")
        }
    }

    @Test func writesTheScriptToStandardOutputOrAtomicallyToAFile() throws {
        let stdout = try runHITC(["sql", Self.grocery, "--dialect", "duckdb"])
        #expect(stdout.status == 0, "\(stdout.stderr)")
        #expect(stdout.stdout.contains("CREATE OR REPLACE TABLE hitc_labels AS"))
        let folder = Paths.temporaryDirectory()
        let file = folder.appendingPathComponent("agg.sql").path
        let written = try runHITC(["sql", Self.grocery, "--dialect", "duckdb", "-o", file])
        #expect(written.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == stdout.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["agg.sql"], "no temporary file left")
    }

    @Test func aBadDialectIsAUsageError() throws {
        let run = try runHITC(["sql", Self.grocery, "--dialect", "oracle"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("duckdb, spark, postgres, bigquery"))
        let order = try runHITC(["sql", Self.grocery, "--dialect", "duckdb", "--order-column", "seq; DROP"])
        #expect(order.status == 64)
        let iterations = try runHITC(["sql", Self.grocery, "--dialect", "duckdb", "--iterations", "0"])
        #expect(iterations.status == 64)
        // JSON diagnostics own standard output: the script must go to a file.
        let json = try runHITC(["sql", Self.grocery, "--dialect", "duckdb", "--diagnostics-format", "json"])
        #expect(json.status == 64)
    }

    @Test func aSpecWithErrorsExitsOneAndWritesNothing() throws {
        let path = try SQLTestSupport.write(SQLTestSupport.spec(options: ["a", "a"]))
        let file = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("out.sql").path
        let run = try runHITC(["sql", path, "--dialect", "postgres", "-o", file])
        #expect(run.status == 1)
        #expect(run.stdout.contains("error") || run.stderr.contains("error"))
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    @Test func aLeftOutQuestionIsAWarningOnStandardError() throws {
        let path = try SQLTestSupport.write(SQLTestSupport.spec(options: ["a", "b"], method: "glad"))
        let run = try runHITC(["sql", path, "--dialect", "bigquery"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("spec.yaml:25:22: warning: question 'label': method 'glad' is not compiled to SQL"))
        #expect(run.stderr.contains("[W0020]"))
        #expect(run.stderr.contains("note: use a method the script computes"))
        #expect(!run.stderr.contains("hitc: warning:"))
        #expect(run.stdout.contains("NOT IN THIS SCRIPT"))
        let strict = try runHITC(["sql", path, "--dialect", "bigquery", "--warnings-as-errors"])
        #expect(strict.status == 1)
        #expect(strict.stdout.isEmpty, "no script")
        #expect(strict.stderr.contains("error: question 'label': method 'glad'"))
        // As every diagnostic: JSON on standard output (the script in -o), fatal with -o too, nothing written.
        let file = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("agg.sql").path
        let json = try runHITC(["sql", path, "--dialect", "duckdb", "--diagnostics-format", "json", "-o", file])
        #expect(json.status == 0)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let w0020 = try #require(parsed.first { $0["code"] as? String == "W0020" }, "\(json.stdout)")
        #expect(w0020["line"] as? Int == 25 && w0020["column"] as? Int == 22 && w0020["severity"] as? String == "warning")
        try FileManager.default.removeItem(atPath: file)
        let github = try runHITC(["sql", path, "--dialect", "spark", "--diagnostics-format", "github", "-o", file, "--warnings-as-errors"])
        #expect(github.status == 1)
        #expect(github.stdout.contains("::error") && github.stdout.contains("W0020"), "\(github.stdout)")
        #expect(!FileManager.default.fileExists(atPath: file))
    }
}
