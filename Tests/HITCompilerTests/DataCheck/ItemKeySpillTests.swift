import Foundation
import Testing
@testable import HITCompiler

/// Repeated item keys (E0409) in files with more keys than `DataLimits.maxKeysInMemory`:
/// the keys spill to temporary files and the diagnostics are the same as in memory.
/// Serialized: one test looks for leftover spill folders.
@Suite(.serialized) struct ItemKeySpillTests {
    typealias F = DataFixtures

    /// Every diagnostic with its notes' positions, to compare runs whole.
    static func described(_ result: DataCheckResult) -> [String] {
        result.diagnostics.map { d in
            let notes = d.notes.map { "\($0.message) @\($0.range.map { "\($0.start.line):\($0.start.column)+\($0.end.column - $0.start.column)" } ?? "-")" }
            return "\(F.summary(DataCheckResult(diagnostics: [d], rowCount: 0, format: nil, source: nil))[0]) | \(notes.joined(separator: "; "))"
        }
    }

    /// 400 rows: unique keys, repeats of plain keys, and keys written with CSV
    /// escapes (copied by the checker) repeated both escaped and plain.
    static let csvWithRepeats: String = {
        var rows: [String] = []
        for k in 1...400 {
            switch k % 50 {
            case 7: rows.append(F.groceryRow("k\(k - 6)"))                 // repeats row k-6
            case 11: rows.append(F.groceryRow("\"q\"\"\(k)\""))            // q"11: escaped, unique so far
            case 13: rows.append(F.groceryRow("\"q\"\"\(k - 2)\""))        // q"11 again, escaped
            case 17: rows.append(F.groceryRow("\"k\(k - 16)\""))           // quoted, no escape: repeats row k-16
            default: rows.append(F.groceryRow("k\(k)"))
            }
        }
        return DataCheckerTests.lines(rows)
    }()

    @Test func spilledKeysGiveTheSameDiagnosticsAsKeysInMemory() {
        let inMemory = F.check(Self.csvWithRepeats)
        let expected = Self.described(inMemory)
        #expect(expected.count == 24, "\(expected)")
        #expect(expected.allSatisfy { $0.hasPrefix("E0409") })
        #expect(expected[0].hasPrefix("E0409 8:1 row 7: item key 'k1' (field 'item_id') is already used by row 1 | row 1 has the same key @2:1+2"))
        #expect(expected[1].hasPrefix("E0409 14:1 row 13: item key 'q\"11' (field 'item_id') is already used by row 11 | row 11 has the same key @12:1+7"))
        for limit in [0, 1, 10, 399] {
            let spilled = F.check(Self.csvWithRepeats, limits: DataLimits(maxKeysInMemory: limit))
            #expect(Self.described(spilled) == expected, "maxKeysInMemory \(limit)")
        }
    }

    @Test func jsonLinesEscapesAreComparedDecoded() {
        let schema = F.schema(key: "id", [F.field("id", .string)])
        let text = #"""
            {"id": "ab"}
            {"id": "c"}
            {"id": "a\u0062"}
            {"id": "\u0063"}
            {"id": "\u0063"}

            """#
        let expected = [
            "E0409 3:8 row 3: item key 'ab' (field 'id') is already used by row 1",
            "E0409 4:8 row 4: item key 'c' (field 'id') is already used by row 2",
            "E0409 5:8 row 5: item key 'c' (field 'id') is already used by row 2",
        ]
        #expect(F.summary(F.check(text, format: .jsonLines, schema: schema)) == expected)
        #expect(F.summary(F.check(text, format: .jsonLines, schema: schema,
                                  limits: DataLimits(maxKeysInMemory: 2))) == expected)
    }

    @Test func aFileRepeatingOneKeyListsTheFirstRepeatsAndCountsTheRest() {
        let text = DataCheckerTests.lines((1...3000).map { _ in F.groceryRow("same") })
        for limit in [1 << 20, 5] {
            let result = F.check(text, limits: DataLimits(maxKeysInMemory: limit))
            #expect(result.diagnostics.count == 101)
            #expect(result.diagnostics[0].message == "row 2: item key 'same' (field 'item_id') is already used by row 1")
            #expect(result.diagnostics[99].message == "row 101: item key 'same' (field 'item_id') is already used by row 1")
            #expect(result.diagnostics[100].message
                    == "2899 more problems in this file not shown (E0409 ×2899); only the first 100 are listed")
        }
    }

    @Test func spillFilesAreRemoved() throws {
        func leftovers() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
                .filter { $0.hasPrefix("hitc-keys-\(ProcessInfo.processInfo.processIdentifier)-") }
        }
        let before = try leftovers()
        let result = F.check(Self.csvWithRepeats, limits: DataLimits(maxKeysInMemory: 3))
        #expect(result.diagnostics.count == 24)
        #expect(try leftovers() == before)
    }

    @Test func withoutRoomToSpillTheKeysStayInMemoryAndSpillingIsNotRetried() throws {
        func keys(_ spillFolder: URL?) throws -> (ItemKeyIndex, [String]) {
            var index = ItemKeyIndex(memoryLimit: 2, spillFolder: spillFolder)
            for row in 1...60 {
                let key = Array("k\(row % 25)".utf8)
                key.withByteSpan {
                    index.add($0, row: row, line: row + 1, rowStart: row * 10, cellStart: row * 10,
                              cellEnd: row * 10 + $0.count)
                }
            }
            let found = try index.repeats(listing: 100)
            return (index, found.listed.map { "\(String(decoding: $0.key, as: UTF8.self)) \($0.first.row)-\($0.again.row)" })
        }
        // A folder under a regular file cannot be created.
        let (stuck, stuckRepeats) = try keys(URL(fileURLWithPath: "/dev/null/hitc-spill"))
        #expect(stuck.spillUnavailable)
        let (spilled, spilledRepeats) = try keys(Paths.temporaryDirectory())
        #expect(!spilled.spillUnavailable)
        #expect(stuckRepeats.count == 35)
        #expect(stuckRepeats.first == "k1 1-26")
        #expect(stuckRepeats == spilledRepeats)
    }

    @Test func spillFilesThatCannotBeWrittenFailTheCheckInsteadOfPassingIt() throws {
        let base = Paths.temporaryDirectory()
        var index = ItemKeyIndex(memoryLimit: 2, spillFolder: base)
        func add(_ row: Int) {
            let key = Array("key-\(row)".utf8)
            key.withByteSpan {
                index.add($0, row: row, line: row + 1, rowStart: row * 10, cellStart: row * 10,
                          cellEnd: row * 10 + $0.count)
            }
        }
        for row in 1...3 { add(row) }
        // Spilling has started; its folder goes away before any part reaches the disk.
        for name in try FileManager.default.contentsOfDirectory(atPath: base.path) {
            try FileManager.default.removeItem(at: base.appendingPathComponent(name))
        }
        for row in 4...200_000 { add(row) }
        #expect(throws: ItemKeyIndex.SpillFailure.self) {
            try index.repeats(listing: 100)
        }
    }

    @Test func spillPartsAreReadBackInChunksWithRecordsSplitAnywhere() throws {
        let files = try SpillFiles(temporaryNamed: "hitc-test-spill", count: 3)
        defer { files.discard() }
        var written: [[UInt8]] = [[], [], []]
        for n in 0..<5000 {
            let record = [UInt8(n % 200)] + Array(repeating: UInt8(n % 251), count: n % 200)
            try files.append(record, to: n % 3)
            written[n % 3] += record
        }
        for part in 0..<3 {
            var read: [UInt8] = []
            let left = try files.readAndRemove(part, chunkBytes: 7) { bytes in
                // Consume whole records only: a length byte, then that many bytes.
                var i = 0
                while i < bytes.count, bytes.count - i >= 1 + Int(bytes[i]) { i += 1 + Int(bytes[i]) }
                read += bytes[0..<i]
                return i
            }
            #expect(left == 0)
            #expect(read == written[part])
        }
    }
}
