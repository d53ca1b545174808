import Foundation
import Testing
@testable import HITCompiler

/// Data values that would reach a page or a file wrong: characters XML 1.0
/// forbids, numbers that overflow or are not numbers, item keys written as
/// JSON numbers with several spellings, and (with an MTurk target) keys
/// holding the `|` that joins a HIT's keys in `mturk/batch.csv`.
@Suite(.serialized)
struct DataValuesTests {
    /// One valid grocery row with `key` and `title`, as CSV.
    static func row(_ key: String, title: String = "T", price: String = "1.50") -> String {
        "\(key),q,\(title),https://img.example.com/x.jpg,,\(price),pantry,"
    }

    /// One valid grocery row as a JSON Lines object; `key` is written as given (quote a string yourself).
    static func jsonRow(_ key: String, title: String = "\"T\"") -> String {
        "{\"item_id\": \(key), \"query\": \"q\", \"title\": \(title), \"image\": \"https://img.example.com/x.jpg\", \"price\": 1, \"aisle\": \"pantry\"}"
    }

    /// `hitc batch` of `data` (written as `file`) with the grocery example (MTurk target).
    static func batch(_ data: String, file: String = "items.csv") throws -> (ProcessOutput, URL) {
        let folder = try BatchFixtures.specFolder()
        try data.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        let out = try runHITC(["batch", "spec.yaml", "--data", file, "-o", "b"], in: folder)
        #expect(out.status == 1)
        #expect(out.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("b").path))
        return (out, folder)
    }

    @Test func aKeyHoldingABarIsRefusedWithAnMTurkTarget() throws {
        let (out, folder) = try Self.batch(BatchFixtures.groceryCSV(1, extra: [Self.row("a|b")]))
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(out.stderr == """
            items.csv:3:1: error: row 2: item key 'a|b' (field 'item_id') holds '|' [E0703]
              note: mturk/batch.csv joins the keys of a HIT with '|' in its item_keys column; give the item a key without '|'

            """)
    }

    @Test func aKeyHoldingABarIsKeptWithoutAnMTurkTarget() throws {
        let folder = try BatchFixtures.specFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BatchFixtures.run(folder, data: BatchFixtures.groceryCSV(1, extra: [Self.row("a|b")]))
        #expect(result.check.diagnostics.contains { $0.code == .unusableItemKey })
        // The same data without the MTurk target (the generic one stays): hits.jsonl writes the keys as a JSON list.
        let spec = folder.appendingPathComponent("spec.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
            .replacingOccurrences(of: "  mturk:    { lifetime: 7d, assignment_duration: 20m, auto_approve: 3d }\n", with: "")
        try text.write(to: spec, atomically: true, encoding: .utf8)
        let generic = try BatchFixtures.run(folder, data: BatchFixtures.groceryCSV(1, extra: [Self.row("a|b")]), output: "g")
        #expect(generic.check.diagnostics.filter { $0.severity == .error }.isEmpty, "\(generic.check.diagnostics)")
        #expect(try BatchFixtures.hits(folder.appendingPathComponent("g")).flatMap(\.item_keys).contains("a|b"))
    }

    @Test func jsonNumberKeysHaveOneSpellingOrAreRefused() throws {
        let rows = ["1", "1.0", "1e0", "10E-1", "\"1\"", "-0", "9007199254740993", "9007199254740991"].map { Self.jsonRow($0) }
        let (out, folder) = try Self.batch(rows.joined(separator: "\n") + "\n", file: "items.jsonl")
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = out.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(lines == [
            "items.jsonl:2:13: error: row 2, field 'item_id': item key '1.0' is a JSON number with a fraction or an exponent, which other spellings of the same number (1, 1.0, 1e0) would not match; write the key as a string or as a plain whole number [E0407]",
            "items.jsonl:3:13: error: row 3, field 'item_id': item key '1e0' is a JSON number with a fraction or an exponent, which other spellings of the same number (1, 1.0, 1e0) would not match; write the key as a string or as a plain whole number [E0407]",
            "items.jsonl:4:13: error: row 4, field 'item_id': item key '10E-1' is a JSON number with a fraction or an exponent, which other spellings of the same number (1, 1.0, 1e0) would not match; write the key as a string or as a plain whole number [E0407]",
            "items.jsonl:5:13: error: row 5: item key '1' (field 'item_id') is already used by row 1 [E0409]",
            "items.jsonl:6:13: error: row 6, field 'item_id': item key '-0' is the number 0 written another way; write it as 0 or as a string [E0407]",
            "items.jsonl:7:13: error: row 7, field 'item_id': item key '9007199254740993' is a JSON number beyond 9007199254740991, which JSON readers round; write the key as a string [E0407]",
        ])
    }

    @Test func numberKeysInTheSampleFileAreCheckedByHitcCheck() throws {
        let folder = try BatchFixtures.specFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ([Self.jsonRow("7"), Self.jsonRow("7.0")].joined(separator: "\n") + "\n")
            .write(to: folder.appendingPathComponent("data/sample.jsonl"), atomically: true, encoding: .utf8)
        let spec = folder.appendingPathComponent("spec.yaml")
        try String(contentsOf: spec, encoding: .utf8).replacingOccurrences(of: "sample: data/sample.csv", with: "sample: data/sample.jsonl")
            .write(to: spec, atomically: true, encoding: .utf8)
        let out = try runHITC(["check", "spec.yaml"], in: folder)
        #expect(out.status == 1)
        #expect(out.stderr.hasPrefix("data/sample.jsonl:2:13: error: row 2, field 'item_id': item key '7.0' is a JSON number with a fraction or an exponent"))
    }

    @Test func numbersThatOverflowOrAreNotNumbersAreLocatedErrors() throws {
        let data = BatchFixtures.groceryCSV(0, extra: [Self.row("a", price: "1e309"), Self.row("b", price: "-1e309"),
                                                      Self.row("c", price: "NaN"), Self.row("d", price: "Infinity")])
        let (out, folder) = try Self.batch(data)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = out.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(lines == [
            "items.csv:2:38: error: row 1, field 'price': '1e309' is too large to be a number [E0407]",
            "items.csv:3:38: error: row 2, field 'price': '-1e309' is too large to be a number [E0407]",
            "items.csv:4:38: error: row 3, field 'price': 'NaN' is not a number [E0407]",
            "items.csv:5:38: error: row 4, field 'price': 'Infinity' is not a number [E0407]",
        ])
    }

    @Test func goldAnswersThatOverflowAreInvalid() {
        let schema = DataFixtures.schema(key: "id", [DataFixtures.field("id", .string)])
        let result = DataFixtures.check("id,weight\nk1,1e309\nk2,NaN\nk3,2.5\n", schema: schema,
                                        questions: [DataFixtures.number("weight")], role: .gold)
        #expect(result.diagnostics.map(\.message) == [
            "row 1, answer 'weight': '1e309' is not a number (the answer to 'weight')",
            "row 2, answer 'weight': 'NaN' is not a number (the answer to 'weight')",
        ])
        #expect(result.diagnostics.map(\.code) == [.invalidAnswer, .invalidAnswer])
    }

    @Test func charactersXMLForbidsAreRefusedInEveryTextValue() throws {
        let csv = BatchFixtures.groceryCSV(0, extra: [Self.row("a", title: "Rate \u{01} grocery"), Self.row("b", title: "tab\tok"),
                                                     Self.row("c\u{0B}", title: "T"), Self.row("d", title: "end \u{FFFF}")])
        let (out, folder) = try Self.batch(csv)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = out.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(lines == [
            "items.csv:2:5: error: row 1, field 'title': 'Rate \\x01 grocery' holds U+0001, a character XML 1.0 forbids: MTurk's question XML and the pages cannot carry it; remove it [E0407]",
            "items.csv:4:1: error: row 3, field 'item_id': 'c\\x0B' holds U+000B, a character XML 1.0 forbids: MTurk's question XML and the pages cannot carry it; remove it [E0407]",
            "items.csv:5:5: error: row 4, field 'title': 'end \u{FFFF}' holds U+FFFF, a character XML 1.0 forbids: MTurk's question XML and the pages cannot carry it; remove it [E0407]",
        ])
        // JSON escapes decode to the same characters, and are refused the same way.
        let jsonl = [Self.jsonRow("\"e\"", title: "\"x\\u0000y\""), Self.jsonRow("\"f\"", title: "\"\\uFFFE\""),
                     Self.jsonRow("\"g\"", title: "\"fine\\n\\t\\r\"")]
        let (json, jsonFolder) = try Self.batch(jsonl.joined(separator: "\n") + "\n", file: "items.jsonl")
        defer { try? FileManager.default.removeItem(at: jsonFolder) }
        let forbids = "a character XML 1.0 forbids: MTurk's question XML and the pages cannot carry it; remove it [E0407]"
        #expect(json.stderr.split(separator: "\n").filter { $0.contains(": error: ") } == [
            "items.jsonl:1:41: error: row 1, field 'title': 'x\\0y' holds U+0000, \(forbids)",
            "items.jsonl:2:41: error: row 2, field 'title': '\u{FFFE}' holds U+FFFE, \(forbids)",
        ])
    }

    @Test func aForbiddenCharacterInTheSampleNeverReachesAPage() throws {
        let folder = try BatchFixtures.specFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = folder.appendingPathComponent("data/sample.csv")
        let text = try String(contentsOf: sample, encoding: .utf8)
            .replacingOccurrences(of: "Horizon Organic Whole Milk, 1 gal", with: "Horizon \u{1B}[31m Milk")
        try text.write(to: sample, atomically: true, encoding: .utf8)
        let check = try runHITC(["check", "spec.yaml"], in: folder)
        #expect(check.status == 1)
        #expect(check.stderr.hasPrefix("data/sample.csv:2:29: error: row 1, field 'title': 'Horizon \\e[31m Milk' holds U+001B"))
        let build = try runHITC(["build", "spec.yaml", "-o", "out"], in: folder)
        #expect(build.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func theAssignmentCountOfAHugeBatchSaturatesInsteadOfTrapping() {
        #expect(BatchBuilder.saturatingProduct(3, 4) == 12)
        #expect(BatchBuilder.saturatingProduct(2_500_000, 58_561_092_298_000) == Int.max)
    }
}
