import Foundation
import Testing
@testable import HITCompiler

/// `hitc batch` as a command: exit codes, what it prints, and that bad data
/// gives located diagnostics and writes nothing.
@Suite(.serialized)
struct BatchCLITests {
    func expectNoCrash(_ out: ProcessOutput) {
        for marker in ["Fatal error", "Stack dump", "backtrace", "Segmentation fault", "Illegal instruction"] {
            #expect(!out.stderr.contains(marker), "crash marker '\(marker)' in stderr: \(out.stderr)")
        }
        #expect(out.status < 128)
    }

    @Test func writesTheUploadFilesAndASummary() throws {
        let folder = try BatchFixtures.specFolder()
        try BatchFixtures.groceryCSV(10).write(to: folder.appendingPathComponent("items.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["batch", "spec.yaml", "--data", "items.csv", "--seed", "3"], in: folder)
        expectNoCrash(out)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.isEmpty, "\(out.stderr)")
        #expect(out.stdout == """
            Batch of 10 items from items.csv (seed 3): 3 HITs of 5 slots (4 items + 1 gold), the last with 2 items
            3 gold slots filled from 6 gold items; 9 assignments (3 per HIT)
            Cost estimate: 4.05 USD reward + 0.81 USD fee (20%) = 4.86 USD
            Wrote out/grocery-search-relevance/batch/hits.jsonl, out/grocery-search-relevance/batch/mturk/batch.csv, \
            out/grocery-search-relevance/batch/mturk/review-policies.jsonl, out/grocery-search-relevance/batch/summary.json

            """)
        let batch = folder.appendingPathComponent("out/grocery-search-relevance/batch")
        #expect(try BatchFixtures.hits(batch).count == 3)
        // Quiet: nothing on standard output; the same seed gives the same files.
        let before = try Data(contentsOf: batch.appendingPathComponent("mturk/batch.csv"))
        let again = try runHITC(["batch", "spec.yaml", "--data", "items.csv", "--seed", "3", "-q"], in: folder)
        #expect(again.status == 0 && again.stdout.isEmpty)
        #expect(try Data(contentsOf: batch.appendingPathComponent("mturk/batch.csv")) == before)
    }

    @Test func badDataExitsOneWithLocatedDiagnosticsAndWritesNothing() throws {
        let folder = try BatchFixtures.specFolder()
        let data = BatchFixtures.groceryCSV(2, extra: ["it-9,q,T,https://img.example.com/x.jpg,,cheap,pantry,"])
        try data.write(to: folder.appendingPathComponent("items.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["batch", "spec.yaml", "--data", "items.csv", "-o", "b"], in: folder)
        expectNoCrash(out)
        #expect(out.status == 1)
        #expect(out.stdout.isEmpty)
        #expect(out.stderr.contains("items.csv:4:41: error: "), "\(out.stderr)")
        #expect(out.stderr.contains("[E0407]"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("b").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasPrefix(".b.hitc-new") })

        // Not even the default folder's parents are left behind.
        let quiet = try runHITC(["batch", "spec.yaml", "--data", "items.csv", "-q"], in: folder)
        #expect(quiet.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))

        // JSON diagnostics for tools.
        let json = try runHITC(["batch", "spec.yaml", "--data", "items.csv", "-o", "b", "--diagnostics-format", "json"], in: folder)
        #expect(json.status == 1)
        #expect(json.stdout.contains("\"E0407\""))
    }

    @Test func missingDataSpecErrorsAndUsage() throws {
        let folder = try BatchFixtures.specFolder()
        var out = try runHITC(["batch", "spec.yaml", "--data", "nope.csv"], in: folder)
        #expect(out.status == 1)
        #expect(out.stderr.contains("[E0402]"), "\(out.stderr)")
        out = try runHITC(["batch", "spec.yaml"], in: folder)
        #expect(out.status == 64, "--data is required")
        out = try runHITC(["batch", "missing.yaml", "--data", "data/sample.csv"], in: folder)
        #expect(out.status == 1)
        #expect(out.stderr.contains("[E0001]"))
        // A folder hitc did not write is kept unless --force.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("mine"), withIntermediateDirectories: true)
        out = try runHITC(["batch", "spec.yaml", "--data", "data/sample.csv", "-o", "mine"], in: folder)
        #expect(out.status == 1)
        #expect(out.stderr.contains("is not a hitc batch; use --force"), "\(out.stderr)")
        out = try runHITC(["batch", "spec.yaml", "--data", "data/sample.csv", "-o", "mine", "--force"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("mine/hits.jsonl").path))
    }
}
