import Foundation
import Testing
@testable import HITCompiler

/// What `hitc batch`, `hitc aggregate` and `hitc init` print: text that came
/// from the command line or a file reaches the terminal escaped
/// (`TerminalText.escaped`), and counts agree with their nouns ("1 item").
@Suite(.serialized)
struct SummaryTextTests {
    /// An ESC sequence that would turn the terminal's text red, and one that would set its title.
    static let red = "\u{1B}[31m"
    static let title = "\u{1B}]0;pwned\u{07}"

    @Test func batchPrintsTheDataPathAndFolderEscaped() throws {
        let folder = try BatchFixtures.specFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = "items\(Self.red).csv", output = "b\(Self.title)"
        try BatchFixtures.groceryCSV(10).write(to: folder.appendingPathComponent(data), atomically: true, encoding: .utf8)
        let out = try runHITC(["batch", "spec.yaml", "--data", data, "-o", output, "--seed", "3"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(!out.stdout.contains("\u{1B}") && !out.stdout.contains("\u{07}"), "\(out.stdout)")
        #expect(out.stdout.hasPrefix("Batch of 10 items from items\\e[31m.csv (seed 3): 3 HITs of 5 slots (4 items + 1 gold)"),
                "\(out.stdout)")
        #expect(out.stdout.contains("Wrote b\\e]0;pwned\\x07/hits.jsonl, b\\e]0;pwned\\x07/mturk/batch.csv"), "\(out.stdout)")
        // The same folder named again is refused: the error names it escaped too.
        try FileManager.default.removeItem(at: folder.appendingPathComponent(output).appendingPathComponent("summary.json"))
        let refused = try runHITC(["batch", "spec.yaml", "--data", data, "-o", output], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr == "hitc: error: '\(folder.path)/b\\e]0;pwned\\x07' exists and is not a hitc batch; use --force to replace it\n",
                "\(refused.stderr)")
    }

    @Test func batchCountsAgreeWithTheirNouns() throws {
        let folder = try BatchFixtures.specFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try EmitFixtures.replace("items_per_hit: 5", with: "items_per_hit: 2", in: folder.appendingPathComponent("spec.yaml"))
        try BatchFixtures.groceryCSV(1).write(to: folder.appendingPathComponent("items.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["batch", "spec.yaml", "--data", "items.csv", "-o", "b"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("""
            Batch of 1 item from items.csv (seed 1): 1 HIT of 2 slots (1 item + 1 gold)
            1 gold slot filled from 6 gold items; 3 assignments (3 per HIT)

            """), "\(out.stdout)")
    }

    @Test func aggregateCountsAgreeWithTheirNouns() throws {
        let folder = try AggregateCLITests.specFolder("grocery-search-relevance")
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = "item,worker,question,answer\na1,w1,relevance,exact\ngold-001,w1,relevance,exact\n"
        try results.write(to: folder.appendingPathComponent("r.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "r.csv", "-o", "agg"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("Aggregated 2 judgments from r.csv (long format): 1 item, 1 gold item, 1 worker\n"),
                "\(out.stdout)")
        let relevance = out.stdout.split(separator: "\n").first { $0.hasPrefix("  relevance (") } ?? ""
        #expect(relevance.hasSuffix("): 1 label, 0 undecided, 0 ties"), "\(out.stdout)")
    }

    @Test func initPrintsTheFolderEscaped() throws {
        let parent = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let name = "task\(Self.red)"
        let out = try runHITC(["init", name], in: parent)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(!out.stdout.contains("\u{1B}"), "\(out.stdout)")
        #expect(out.stdout.hasPrefix("created task\\e[31m/"), "\(out.stdout)")
        #expect(out.stdout.hasSuffix("next: hitc check task\\e[31m/spec.yaml\n"), "\(out.stdout)")
        // Run again: the error names the file escaped.
        let again = try runHITC(["init", name], in: parent)
        #expect(again.status == 1)
        #expect(again.stderr.hasPrefix("hitc: error: 'task\\e[31m/"), "\(again.stderr)")
        #expect(!again.stderr.contains("\u{1B}"))
    }
}
