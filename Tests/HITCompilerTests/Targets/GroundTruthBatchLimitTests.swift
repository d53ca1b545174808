import Foundation
import Testing
@testable import HITCompiler

/// `hitc batch` with a Ground Truth target: a HIT whose manifest line would be
/// over Ground Truth's limits is E0216 at the data row of its largest item
/// (or the gold row), nothing is written and the run fails.
@Suite(.serialized)
struct GroundTruthBatchLimitTests {
    /// The grocery example with only a Ground Truth target (and the generic one every spec has).
    static func folder() throws -> URL {
        let folder = try BatchFixtures.specFolder()
        let spec = folder.appendingPathComponent("spec.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
            .replacingOccurrences(of: "  mturk:    { lifetime: 7d, assignment_duration: 20m, auto_approve: 3d }\n", with: "  ground_truth: {}\n")
        try text.write(to: spec, atomically: true, encoding: .utf8)
        return folder
    }

    static func row(_ key: String, title: String) -> String {
        "\(key),q,\(title),https://img.example.com/x.jpg,,1.50,pantry,"
    }

    @Test func aRowTooLongForTheManifestIsE0216AtItsRowAndNothingIsWritten() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = BatchFixtures.groceryCSV(6, extra: [Self.row("big-1", title: String(repeating: "t", count: 20_500))])
        try data.write(to: folder.appendingPathComponent("items.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["batch", "spec.yaml", "--data", "items.csv", "-o", "b"], in: folder)
        #expect(out.status == 1)
        #expect(out.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("b").path))
        // Row 7 is the eighth line of the file (after the header); the key is its first cell.
        #expect(out.stderr.hasPrefix("items.csv:8:1: error: row 7: item 'big-1' is the largest of HIT "), "\(out.stderr)")
        #expect(out.stderr.contains("whose items attribute in ground_truth/manifest.jsonl would be "))
        #expect(out.stderr.contains("Ground Truth takes at most 20000 [E0216]"))
        #expect(out.stderr.contains("note: shorten the item's data, lower items_per_hit, or drop the ground_truth target"))
        #expect(!out.stderr.contains("hitc: error:"))
    }

    @Test func theSameDataWithoutTheGroundTruthTargetIsWritten() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = folder.appendingPathComponent("spec.yaml")
        try String(contentsOf: spec, encoding: .utf8).replacingOccurrences(of: "  ground_truth: {}\n", with: "")
            .write(to: spec, atomically: true, encoding: .utf8)
        let result = try BatchFixtures.run(folder, data: BatchFixtures.groceryCSV(6, extra: [Self.row("big-1", title: String(repeating: "t", count: 20_500))]))
        #expect(result.failure == nil)
        #expect(result.summary != nil, "\(result.check.diagnostics)")
    }

    @Test func aGoldItemTooLongIsE0216AtItsGoldRow() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = folder.appendingPathComponent("data/gold.csv")
        let text = try String(contentsOf: gold, encoding: .utf8)
        try text.replacingOccurrences(of: "\"Creamy Peanut Butter, 16 oz\"", with: String(repeating: "g", count: 20_500))
            .write(to: gold, atomically: true, encoding: .utf8)
        try BatchFixtures.groceryCSV(40).write(to: folder.appendingPathComponent("items.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["batch", "spec.yaml", "--data", "items.csv", "-o", "b"], in: folder)
        #expect(out.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("b").path))
        #expect(out.stderr.hasPrefix("data/gold.csv:2:1: error: row 1: item 'gold-001' is the largest of HIT "), "\(out.stderr)")
        #expect(out.stderr.contains("Ground Truth takes at most 20000 [E0216]"))
    }
}
