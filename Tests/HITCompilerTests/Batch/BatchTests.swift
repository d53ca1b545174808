import Foundation
import Synchronization
import Testing
@testable import HITCompiler

/// `hitc batch` in-process: how items are split into HITs, where gold goes,
/// determinism, and what happens to bad rows.
@Suite struct BatchTests {
    let fm = FileManager.default

    @Test func splitsIntoHITsWithOneGoldEach() throws {
        // grocery: items_per_hit 5, gold.per_hit 1 → 4 real items per HIT; 23 items → 6 HITs, the last with 3.
        let folder = try BatchFixtures.specFolder()
        let result = try BatchFixtures.run(folder, data: BatchFixtures.groceryCSV(23))
        #expect(result.failure == nil)
        #expect(!result.check.hasErrors, "\(result.check.diagnostics)")
        let summary = try #require(result.summary)
        #expect(summary.items == 23)
        #expect(summary.hits == 6)
        #expect(summary.assignments == 18)
        #expect(summary.goldSlots == 6)
        #expect(summary.lastHITItems == 3)
        #expect(summary.cost?.hits == 6)
        let hits = try BatchFixtures.hits(folder.appendingPathComponent("batch"))
        #expect(hits.map(\.hit) == [1, 2, 3, 4, 5, 6])
        #expect(hits.map(\.item_keys.count) == [5, 5, 5, 5, 5, 4])
        for hit in hits {
            #expect(hit.assignments == 3)
            #expect(hit.gold_slots.count == 1)
            let goldKeys = hit.gold_slots.map { hit.item_keys[$0 - 1] }
            #expect(goldKeys.allSatisfy { BatchFixtures.goldKeys.contains($0) }, "\(hit)")
            let realKeys = hit.item_keys.filter { !BatchFixtures.goldKeys.contains($0) }
            #expect(realKeys.count == hit.item_keys.count - 1, "exactly one gold item: \(hit.item_keys)")
        }
        #expect(!fm.fileExists(atPath: folder.appendingPathComponent("batch/.shuffle").path))
    }

    @Test func everyItemAppearsExactlyOnceAcrossBuckets() throws {
        let folder = try BatchFixtures.specFolder()
        let result = try BatchFixtures.run(folder, data: BatchFixtures.groceryCSV(1001), buckets: 7)
        #expect(result.summary?.items == 1001)
        let hits = try BatchFixtures.hits(folder.appendingPathComponent("batch"))
        let real = hits.flatMap(\.item_keys).filter { !BatchFixtures.goldKeys.contains($0) }
        #expect(real.count == 1001)
        #expect(Set(real) == Set((1...1001).map { "it-" + String(format: "%05d", $0) }))
        // Shuffled, not in file order.
        #expect(real != real.sorted())
    }

    @Test func goldSlotsAreSpreadAndGoldItemsShownEvenly() throws {
        let folder = try BatchFixtures.specFolder()
        _ = try BatchFixtures.run(folder, data: BatchFixtures.groceryCSV(1200))
        let hits = try BatchFixtures.hits(folder.appendingPathComponent("batch"))
        #expect(hits.count == 300)
        var slotCounts = [Int: Int]()
        var goldCounts = [String: Int]()
        for hit in hits {
            for slot in hit.gold_slots {
                slotCounts[slot, default: 0] += 1
                goldCounts[hit.item_keys[slot - 1], default: 0] += 1
            }
        }
        // 300 HITs, 5 slots: each slot should get about 60; every slot is used.
        #expect(Set(slotCounts.keys) == [1, 2, 3, 4, 5])
        #expect(slotCounts.values.allSatisfy { $0 > 25 && $0 < 100 }, "\(slotCounts)")
        // Dealt from a deck of 6: every gold item is shown 50 times.
        #expect(goldCounts.count == 6)
        #expect(goldCounts.values.allSatisfy { $0 == 50 }, "\(goldCounts)")
    }

    @Test func sameSeedSameBytesOtherSeedOtherOrder() throws {
        let folder = try BatchFixtures.specFolder()
        let data = BatchFixtures.groceryCSV(200)
        _ = try BatchFixtures.run(folder, data: data, seed: 42, buckets: 3, output: "a")
        _ = try BatchFixtures.run(folder, data: data, seed: 42, buckets: 3, output: "b")
        _ = try BatchFixtures.run(folder, data: data, seed: 43, buckets: 3, output: "c")
        for file in ["hits.jsonl", "mturk/batch.csv", "mturk/review-policies.jsonl", "summary.json"] {
            let a = try Data(contentsOf: folder.appendingPathComponent("a/\(file)"))
            let b = try Data(contentsOf: folder.appendingPathComponent("b/\(file)"))
            #expect(a == b, "\(file) differs between two runs with the same seed")
        }
        let a = try BatchFixtures.hits(folder.appendingPathComponent("a")).flatMap(\.item_keys)
        let c = try BatchFixtures.hits(folder.appendingPathComponent("c")).flatMap(\.item_keys)
        #expect(a != c)
        #expect(Set(a.filter { $0.hasPrefix("it-") }) == Set(c.filter { $0.hasPrefix("it-") }))
    }

    @Test func payloadDecodesToTheItemsInFieldOrder() throws {
        let folder = try BatchFixtures.specFolder()
        _ = try BatchFixtures.run(folder, data: BatchFixtures.groceryCSV(4))
        let hit = try #require(try BatchFixtures.hits(folder.appendingPathComponent("batch")).first)
        #expect(hit.items.range(of: "^hitc1:[A-Za-z0-9_-]+$", options: .regularExpression) != nil)
        let items = try #require(ItemPayload.decode(hit.items))
        #expect(items.map { $0["item_id"] ?? "" } == hit.item_keys)
        let real = try #require(items.first { $0["item_id"] == "it-00002" })
        #expect(real == ["item_id": "it-00002", "query": "query 2", "title": "Title 2", "image": "https://img.example.com/2.jpg",
                         "brand": "Brand", "price": "1.50", "aisle": "pantry", "url": ""])
        // Gold items carry the data fields only: no expected answer, no explanation.
        let gold = try #require(items.first { BatchFixtures.goldKeys.contains($0["item_id"] ?? "") })
        #expect(gold["relevance"] == nil && gold["why"] == nil)
        #expect(gold.count == 8)
        // Objects keep the order of data.fields.
        let text = try #require(ItemPayload.jsonText(of: hit.items))
        #expect(text.contains(#"{"item_id":"it-00002","query":"query 2","title":"Title 2","image":"https://img.example.com/2.jpg","brand":"Brand","price":"1.50","aisle":"pantry","url":""}"#))
    }

    @Test func hostileValuesAreNeutralisedAndRoundTrip() throws {
        let folder = try BatchFixtures.specFolder()
        let hostile = [
            #"=HYPERLINK("https://evil.example";"x")"#, "+1+1", "-2", "@SUM(A1)", "${items}", "a,b", #"say "hi""#,
        ]
        var lines = ["item_id,query,title,image,brand,price,aisle,url"]
        for (i, value) in hostile.enumerated() {
            let cell = value.contains(",") || value.contains("\"")
                ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
            lines.append("\(cell),\(cell),<img src=x onerror=alert(1)> ${x} \(i),https://img.example.com/\(i).jpg,,1,pantry,")
        }
        let result = try BatchFixtures.run(folder, data: lines.joined(separator: "\n") + "\n")
        #expect(!result.check.hasErrors, "\(result.check.diagnostics)")
        let batch = folder.appendingPathComponent("batch")
        let csv = try String(contentsOf: batch.appendingPathComponent("mturk/batch.csv"), encoding: .utf8)
        let rows = BatchFixtures.csvRows(csv)
        #expect(rows.first == ["items", "hit", "item_keys"])
        var decodedKeys: [String] = []
        var decodedQueries: [String] = []
        for row in rows.dropFirst() {
            #expect(row.count == 3)
            // The payload cell holds letters, digits, ':', '-' and '_' only: no formula, no '${', no quoting needed.
            #expect(row[0].range(of: "^hitc1:[A-Za-z0-9_-]+$", options: .regularExpression) != nil)
            // Every key cell is inert in a spreadsheet: none starts with = + - @.
            for key in row[2].split(separator: "|", omittingEmptySubsequences: false) {
                #expect(!["=", "+", "-", "@", "\t", "\r"].contains(String(key.prefix(1))), "\(row[2])")
            }
            let items = try #require(ItemPayload.decode(row[0]))
            decodedKeys += items.compactMap { $0["item_id"] }
            decodedQueries += items.compactMap { $0["query"] }
        }
        // The payload gives the values back exactly as written.
        for value in hostile {
            #expect(decodedKeys.contains(value), "\(value)")
            #expect(decodedQueries.contains(value), "\(value)")
        }
        // The only '${' in the upload file is inside neutralised key cells; the payload column has none.
        #expect(!rows.dropFirst().contains { $0[0].contains("$") })
        // Keys starting with a formula character got a leading quote.
        let keyCells = rows.dropFirst().flatMap { $0[2].split(separator: "|").map(String.init) }
        #expect(keyCells.filter { $0.hasPrefix("'") }.sorted() == ["'+1+1", "'-2", "'=HYPERLINK(\"https://evil.example\";\"x\")", "'@SUM(A1)"])
        #expect(CSVCell.encode("=1+1") == "\"'=1+1\"")
        #expect(CSVCell.encode("\tx") == "\"'\tx\"")
        #expect(CSVCell.encode("a\"b") == "\"a\"\"b\"")
        #expect(CSVCell.encode("plain") == "plain")
    }

    @Test func badRowsGiveLocatedErrorsAndWriteNothing() throws {
        let folder = try BatchFixtures.specFolder()
        let data = BatchFixtures.groceryCSV(5, extra: [
            "bad-1,q,T,https://img.example.com/x.jpg,,not-a-price,pantry,",
            "bad-2,q,T,https://img.example.com/x.jpg,,1,garden,",
        ])
        let result = try BatchFixtures.run(folder, data: data)
        #expect(result.summary == nil && result.folder == nil)
        let errors = result.check.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.invalidFieldValue, .invalidFieldValue])
        let dataPath = folder.appendingPathComponent("items.csv").path
        #expect(errors.allSatisfy { $0.file == dataPath })
        // Rows 6 and 7 of the data are lines 7 and 8 of the file; the cells are columns 42 and 44.
        #expect(errors.map { $0.range?.start.line } == [7, 8])
        #expect(errors.map { $0.range?.start.column } == [42, 44])
        #expect(!fm.fileExists(atPath: folder.appendingPathComponent("batch").path))
        let leftovers = try fm.contentsOfDirectory(atPath: folder.path).filter { $0.contains("hitc-new") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func repeatedAndGoldKeysAreErrors() throws {
        let folder = try BatchFixtures.specFolder()
        let data = BatchFixtures.groceryCSV(3, extra: [
            "it-00002,q,T,https://img.example.com/x.jpg,,1,pantry,",
            "gold-003,q,T,https://img.example.com/x.jpg,,1,pantry,",
        ])
        let result = try BatchFixtures.run(folder, data: data)
        #expect(result.summary == nil)
        let errors = result.check.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.duplicateItemKey, .unusableItemKey])
        #expect(errors.last?.message == "row 5: item key 'gold-003' (field 'item_id') is also a gold item's key")
        #expect(errors.last?.range?.start.line == 6)
        #expect(!fm.fileExists(atPath: folder.appendingPathComponent("batch").path))
    }

    @Test func keysSpilledToTemporaryFilesGiveTheSameBatchAndTheSameErrors() throws {
        // Past DataLimits.maxKeysInMemory the repeated-key check runs on spill files (bounded memory).
        let folder = try BatchFixtures.specFolder()
        let data = BatchFixtures.groceryCSV(300)
        _ = try BatchFixtures.run(folder, data: data, output: "memory")
        _ = try BatchFixtures.run(folder, data: data, output: "spilled", limits: DataLimits(maxKeysInMemory: 10))
        for file in ["hits.jsonl", "mturk/batch.csv", "mturk/review-policies.jsonl"] {
            let a = try Data(contentsOf: folder.appendingPathComponent("memory/\(file)"))
            let b = try Data(contentsOf: folder.appendingPathComponent("spilled/\(file)"))
            #expect(a == b, "\(file) differs when the keys spill")
        }
        let repeated = BatchFixtures.groceryCSV(300, extra: ["it-00150,q,T,https://img.example.com/x.jpg,,1,pantry,"])
        let result = try BatchFixtures.run(folder, data: repeated, output: "repeated", limits: DataLimits(maxKeysInMemory: 10))
        #expect(result.summary == nil)
        #expect(result.check.diagnostics.filter { $0.severity == .error }.map(\.message)
                == ["row 301: item key 'it-00150' (field 'item_id') is already used by row 150"])
        #expect(!fm.fileExists(atPath: folder.appendingPathComponent("repeated").path))
    }

    @Test func progressIsReportedByPercentNotByRow() throws {
        let folder = try BatchFixtures.specFolder()
        let data = BatchFixtures.groceryCSV(1000)
        try data.write(to: folder.appendingPathComponent("items.csv"), atomically: true, encoding: .utf8)
        let events = Mutex<[BatchProgress]>([])
        let options = BatchOptions(dataPath: folder.appendingPathComponent("items.csv").path,
                                   outputDirectory: folder.appendingPathComponent("batch").path,
                                   progress: { event in events.withLock { $0.append(event) } })
        let result = BatchBuilder.run(specPath: folder.appendingPathComponent("spec.yaml").path, options: options)
        #expect(result.summary?.items == 1000)
        let seen = events.withLock { $0 }
        let reading = seen.compactMap { if case .reading(let done, let total) = $0 { (done, total) } else { nil } }
        let writing = seen.compactMap { if case .writing(let done, let total) = $0 { (done, total) } else { nil } }
        let bytes = data.utf8.count
        #expect(reading.count > 50 && reading.count <= 102, "\(reading.count) reading reports")
        #expect(reading.allSatisfy { $0.1 == bytes })
        #expect(reading.map(\.0) == reading.map(\.0).sorted())
        #expect(reading.last?.0 == bytes)
        #expect(writing.count > 50 && writing.count <= 102, "\(writing.count) writing reports")
        #expect(writing.map(\.0) == writing.map(\.0).sorted())
        #expect(writing.last.map { [$0.0, $0.1] } == [1000, 1000])
        // Every reading report comes before the first writing report.
        let lastReading = try #require(seen.lastIndex { if case .reading = $0 { true } else { false } })
        let firstWriting = try #require(seen.firstIndex { if case .writing = $0 { true } else { false } })
        #expect(lastReading < firstWriting)
    }

    @Test func specProblemsStopBeforeTheData() throws {
        // No data.key: E0701.
        let folder = try BatchFixtures.specFolder()
        let spec = folder.appendingPathComponent("spec.yaml")
        let original = try String(contentsOf: spec, encoding: .utf8)
        try original.replacingOccurrences(of: "  key: item_id\n", with: "").write(to: spec, atomically: true, encoding: .utf8)
        var result = try BatchFixtures.run(folder, data: BatchFixtures.groceryCSV(3))
        #expect(result.check.diagnostics.filter { $0.severity == .error }.map(\.code) == [.batchNeedsKey])
        #expect(result.summary == nil)
        // per_hit 4 with 2 gold rows: E0702 at per_hit.
        let gold = try String(contentsOf: folder.appendingPathComponent("data/gold.csv"), encoding: .utf8)
        try gold.split(separator: "\n").prefix(3).joined(separator: "\n").appending("\n")
            .write(to: folder.appendingPathComponent("data/gold.csv"), atomically: true, encoding: .utf8)
        try original.replacingOccurrences(of: "per_hit: 1", with: "per_hit: 4")
            .write(to: spec, atomically: true, encoding: .utf8)
        result = try BatchFixtures.run(folder, data: BatchFixtures.groceryCSV(3))
        let errors = result.check.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.goldPoolTooSmall])
        #expect(errors.first?.message == "each HIT needs 4 different gold items, but 'data/gold.csv' has 2")
        #expect(!fm.fileExists(atPath: folder.appendingPathComponent("batch").path))
    }

    @Test func answerKeysNameTheGoldSlots() throws {
        let folder = try BatchFixtures.specFolder()
        _ = try BatchFixtures.run(folder, data: BatchFixtures.groceryCSV(40))
        let batch = folder.appendingPathComponent("batch")
        let hits = try BatchFixtures.hits(batch)
        let expected = ["gold-001": "exact", "gold-002": "complement", "gold-003": "exact", "gold-004": "substitute"]
        let lines = try String(contentsOf: batch.appendingPathComponent("mturk/review-policies.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count == hits.count)
        for (hit, line) in zip(hits, lines) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["hit"] as? Int == hit.hit)
            let policy = try #require(object["AssignmentReviewPolicy"] as? [String: Any])
            #expect(policy["PolicyName"] as? String == "ScoreMyKnownAnswers/2011-09-01")
            let parameters = try #require(policy["Parameters"] as? [[String: Any]])
            #expect(parameters.map { $0["Key"] as? String } == ["AnswerKey", "ApproveIfKnownAnswerScoreIsAtLeast", "ApproveReason"])
            let entries = try #require(parameters[0]["MapEntries"] as? [[String: Any]])
            let slot = try #require(hit.gold_slots.first)
            let key = hit.item_keys[slot - 1]
            if let answer = expected[key] {
                #expect(entries.count == 1)
                #expect(entries.first?["Key"] as? String == "item\(slot)_relevance")
                #expect(entries.first?["Values"] as? [String] == [answer])
            }
        }
    }

    @Test func hitLinesAreWhatJSONEncoderWrites() throws {
        struct Line: Encodable {
            var hit: Int, assignments: Int, items: String, item_keys: [String], gold_slots: [Int]
        }
        let hit = BatchHIT(number: 12, slots: [
            .init(key: "a/\"b\"\n\u{1}é", object: Array(#"{"k":"v"}"#.utf8), gold: nil),
            .init(key: "g", object: Array(#"{"k":"w"}"#.utf8), gold: 0),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let reference = try encoder.encode(Line(hit: 12, assignments: 3, items: hit.payload, item_keys: hit.keys, gold_slots: [2]))
        #expect(BatchOutput.hitLine(hit, assignments: 3) == Array(reference) + [0x0A])
    }

    @Test func jsonLinesDataAndAGenericTarget() throws {
        // product-categorisation reads JSON Lines; the payload gives every value as text, lists joined by '|'.
        let folder = try BatchFixtures.specFolder("product-categorisation")
        let sample = try String(contentsOf: folder.appendingPathComponent("data/sample.jsonl"), encoding: .utf8)
        let result = try BatchFixtures.run(folder, data: sample, file: "items.jsonl")
        #expect(!result.check.hasErrors, "\(result.check.diagnostics)")
        let summary = try #require(result.summary)
        #expect(summary.items == sample.split(separator: "\n").count)
        let hits = try BatchFixtures.hits(folder.appendingPathComponent("batch"))
        let items = hits.flatMap { ItemPayload.decode($0.items) ?? [] }
        #expect(items.count == hits.reduce(0) { $0 + $1.item_keys.count })
        #expect(items.allSatisfy { $0["marketplace"] == "true" || $0["marketplace"] == "false" })
    }

    @Test func replacesOnlyItsOwnFolders() throws {
        let folder = try BatchFixtures.specFolder()
        let data = BatchFixtures.groceryCSV(8)
        let mine = folder.appendingPathComponent("mine")
        try fm.createDirectory(at: mine, withIntermediateDirectories: true)
        try "keep".write(to: mine.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        var result = try BatchFixtures.run(folder, data: data, output: "mine")
        #expect(result.failure?.contains("is not a hitc batch; use --force") == true)
        #expect(fm.fileExists(atPath: mine.appendingPathComponent("notes.txt").path))
        result = try BatchFixtures.run(folder, data: data, output: "mine", force: true)
        #expect(result.failure == nil)
        #expect(!fm.fileExists(atPath: mine.appendingPathComponent("notes.txt").path))
        // A batch folder is replaced by the next batch.
        result = try BatchFixtures.run(folder, data: BatchFixtures.groceryCSV(12), output: "mine")
        #expect(result.failure == nil)
        #expect(result.summary?.items == 12)
        #expect(try BatchFixtures.hits(mine).count == 3)
    }

    @Test func withoutGoldOrMTurkOnlyHitsLinesAreWritten() throws {
        let folder = try BatchFixtures.specFolder()
        let spec = folder.appendingPathComponent("spec.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
            .replacingOccurrences(of: "per_hit: 1", with: "per_hit: 0")
            .replacingOccurrences(of: "  mturk:    { lifetime: 7d, assignment_duration: 20m, auto_approve: 3d }\n", with: "")
        try text.write(to: spec, atomically: true, encoding: .utf8)
        let result = try BatchFixtures.run(folder, data: BatchFixtures.groceryCSV(11))
        #expect(!result.check.hasErrors, "\(result.check.diagnostics)")
        #expect(result.summary?.files == ["hits.jsonl", "summary.json"])
        let hits = try BatchFixtures.hits(folder.appendingPathComponent("batch"))
        #expect(hits.map(\.item_keys.count) == [5, 5, 1])
        #expect(hits.allSatisfy { $0.gold_slots.isEmpty })
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("batch/mturk").path))
    }

    @Test func seededRandomIsAFixedSequence() {
        var a = SeededRandom(seed: 5)
        var b = SeededRandom(seed: 5)
        var c = SeededRandom(seed: 5, stream: 1)
        let xs = (0..<8).map { _ in a.next() }
        #expect(xs == (0..<8).map { _ in b.next() })
        #expect(xs != (0..<8).map { _ in c.next() })
        var r = SeededRandom(seed: 9)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<6000 { counts[r.below(6)] += 1 }
        #expect(counts.allSatisfy { $0 > 850 && $0 < 1150 }, "\(counts)")
        var deck = Array(0..<50)
        r.shuffle(&deck)
        #expect(deck.sorted() == Array(0..<50))
        #expect(deck != Array(0..<50))
    }
}
