import Foundation
import Testing
@testable import HITCompiler

/// `ground_truth/manifest.jsonl`: one line per HIT with `source` (the item keys),
/// the HIT number, the gold keys and the items; Ground Truth's size limits.
@Suite struct GroundTruthManifestTests {
    static func object(_ fields: [(String, String)]) -> [UInt8] {
        ItemPayload.object(fields: fields.map(\.0), values: fields.map(\.1))
    }

    @Test func aLineHoldsTheKeysTheGoldAndTheItemsAsTheBatchEncodesThem() throws {
        let hostile = "</script>\"{{x}}\u{2028}|é"
        let hit = BatchHIT(number: 7, slots: [
            .init(key: "a/1", object: Self.object([("id", "a/1"), ("text", hostile)]), gold: nil),
            .init(key: "g-2", object: Self.object([("id", "g-2"), ("text", "gold")]), gold: 0),
        ])
        let bytes = try GroundTruthManifest.line(hit)
        #expect(bytes.last == 0x0A && !bytes.dropLast().contains(0x0A))
        let line = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(Set(line.keys) == ["source", "hitc_hit", "hitc_gold", "items"])
        let source = try #require(line["source"] as? String)
        #expect(try JSONSerialization.jsonObject(with: Data(source.utf8)) as? [String] == ["a/1", "g-2"])
        #expect(line["hitc_hit"] as? Int == 7)
        #expect(line["hitc_gold"] as? [String] == ["g-2"])
        let items = try #require(line["items"] as? [[String: String]])
        #expect(items == [["id": "a/1", "text": hostile], ["id": "g-2", "text": "gold"]])
        // `source` comes first, as Ground Truth's examples write it
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("{\"source\":\"[\\\"a/1\\\",\\\"g-2\\\"]\","))
    }

    @Test func aHITWithoutGoldHasNoGoldMark() throws {
        let hit = BatchHIT(number: 1, slots: [.init(key: "k", object: Self.object([("id", "k")]), gold: nil)])
        let line = try #require(try JSONSerialization.jsonObject(with: Data(try GroundTruthManifest.line(hit))) as? [String: Any])
        #expect(line["hitc_gold"] == nil)
    }

    @Test func aLineOverGroundTruthsLimitsNamesTheHITsLargestItem() throws {
        let long = String(repeating: "x", count: 9_960)
        let two = BatchHIT(number: 3, slots: (1...2).map { .init(key: "k\($0)", object: Self.object([("id", "k\($0)"), ("t", long)]), gold: nil) })
        _ = try GroundTruthManifest.line(two)
        // Three items: k2 is the largest (by one character), so it is the one named.
        let three = BatchHIT(number: 4, slots: (1...3).map {
            .init(key: "k\($0)", object: Self.object([("id", "k\($0)"), ("t", $0 == 2 ? long + "y" : long)]), gold: nil)
        })
        #expect {
            try GroundTruthManifest.line(three)
        } throws: { error in
            guard let problem = error as? BatchItemProblem else { return false }
            return problem.key == "k2" && problem.code == .platformLimit
                && problem.message.contains("HIT 4, whose items attribute in ground_truth/manifest.jsonl would be 29")
                && problem.message.contains("at most 20000")
        }
        // The source attribute is measured by the keys: the longest key is named.
        let keyed = BatchHIT(number: 5, slots: (1...3).map {
            .init(key: String(repeating: "k", count: $0 == 3 ? 7_000 : 6_900), object: Self.object([("id", "x")]), gold: nil)
        })
        #expect {
            try GroundTruthManifest.line(keyed)
        } throws: { error in
            (error as? BatchItemProblem)?.key.count == 7_000
                && (error as? BatchItemProblem)?.message.contains("source attribute") == true
        }
    }
}
