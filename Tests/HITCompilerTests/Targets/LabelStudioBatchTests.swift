import Foundation
import Testing
@testable import HITCompiler

/// `label_studio/tasks.json`: one task per item, gold marked once, data as written.
@Suite struct LabelStudioBatchTests {
    /// The XSS corpus spec with a Label Studio target, batched with its sample rows.
    static func xssBatch(items: Int? = nil) throws -> (tasks: [[String: Any]], sample: [[String: Any]], gold: Set<String>) {
        let folder = Paths.temporaryDirectory()
        let source = Paths.root.appendingPathComponent("tests/browser/specs/xss")
        try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("xss"))
        let specURL = folder.appendingPathComponent("xss/spec.yaml")
        let text = try String(contentsOf: specURL, encoding: .utf8)
        try text.replacingOccurrences(of: "\ntargets:\n", with: "\ntargets:\n  label_studio: {}\n")
            .write(to: specURL, atomically: true, encoding: .utf8)
        var sampleText = try String(contentsOf: folder.appendingPathComponent("xss/data/sample.jsonl"), encoding: .utf8)
        if let items { sampleText = sampleText.split(separator: "\n").prefix(items).joined(separator: "\n") + "\n" }
        try sampleText.write(to: folder.appendingPathComponent("items.jsonl"), atomically: true, encoding: .utf8)
        let result = BatchBuilder.run(specPath: specURL.path,
                                      options: BatchOptions(dataPath: folder.appendingPathComponent("items.jsonl").path,
                                                            outputDirectory: folder.appendingPathComponent("batch").path, seed: 7))
        let summary = try #require(result.summary, "\(result.check.diagnostics.map(\.message))")
        #expect(summary.files.contains(LabelStudioBatchFiles.path))
        let data = try Data(contentsOf: folder.appendingPathComponent("batch").appendingPathComponent(LabelStudioBatchFiles.path))
        let tasks = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let sample = try sampleText.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let checked = try #require(Pipeline.check(path: specURL.path).checked)
        return (tasks, sample, Set(checked.goldItems.map(\.key)))
    }

    @Test func everyItemIsOneTaskAndEveryGoldItemOneMarkedTask() throws {
        let (tasks, sample, gold) = try Self.xssBatch()
        #expect(tasks.allSatisfy { $0.keys.sorted() == ["data"] })
        let datas = tasks.compactMap { $0["data"] as? [String: Any] }
        let keys = datas.compactMap { $0["item_id"] as? String }
        #expect(keys.count == tasks.count)
        #expect(Set(keys).count == keys.count, "an item or gold item written twice: \(keys)")
        let marked = Set(datas.filter { $0[LabelStudioBatchFiles.goldKey] as? Bool == true }.compactMap { $0["item_id"] as? String })
        #expect(!marked.isEmpty)
        #expect(marked.isSubset(of: gold))
        #expect(Set(keys).subtracting(marked) == Set(sample.compactMap { $0["item_id"] as? String }))
        #expect(datas.filter { !marked.contains($0["item_id"] as! String) }.allSatisfy { $0[LabelStudioBatchFiles.goldKey] == nil })
    }

    /// The hostile values arrive in Label Studio's `data` exactly as in the data file.
    @Test func hostileValuesArriveAsWritten() throws {
        let (tasks, sample, _) = try Self.xssBatch()
        let byKey = Dictionary(tasks.compactMap { $0["data"] as? [String: Any] }.map { ($0["item_id"] as! String, $0) },
                               uniquingKeysWith: { a, _ in a })
        for row in sample {
            let task = try #require(byKey[row["item_id"] as! String])
            for (field, value) in row {
                #expect(task[field] as? String == value as? String, "\(field) of \(row["item_id"]!)")
            }
        }
    }

    @Test func anEmptyOrSingleTaskImportIsStillAJSONArray() throws {
        var out: [UInt8] = []
        LabelStudioBatchFiles.task(Array("{}".utf8), gold: true, into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "{\"data\":{\"hitc_gold\":true}}")
        out = []
        LabelStudioBatchFiles.task(Array("{\"a\":\"}\"}".utf8), gold: false, into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "{\"data\":{\"a\":\"}\"}}")
        let (tasks, _, _) = try Self.xssBatch(items: 1)
        #expect(tasks.count >= 1)
    }
}
