import Foundation
import Testing
@testable import HITCompiler

/// Every label row says what became of it (`status`: decided, tie, undecided,
/// no_answers), so a worker who types "undecided" is not taken for an
/// undecided label; `labels.jsonl` has exactly the shape docs/aggregate.md
/// documents.
@Suite(.serialized)
struct AggregateLabelStatusTests {
    /// product-categorisation with `category` by plain majority and `min_confidence: 0.6`;
    /// `w4` fails gold-01 and is dropped, so p3 keeps no answers.
    static func run() throws -> URL {
        let folder = try AggregateCLITests.specFolder("product-categorisation")
        let specURL = folder.appendingPathComponent("spec.yaml")
        let spec = try String(contentsOf: specURL, encoding: .utf8)
        let rule = "    category:       { method: weighted_majority }"
        #expect(spec.contains(rule))
        try spec.replacingOccurrences(of: rule, with: "    category:       { method: majority, min_confidence: 0.6 }")
            .write(to: specURL, atomically: true, encoding: .utf8)
        try #"""
            {"item": "p1", "worker": "w1", "question": "category", "answer": "bakery"}
            {"item": "p1", "worker": "w2", "question": "category", "answer": "bakery"}
            {"item": "p1", "worker": "w3", "question": "category", "answer": "pantry"}
            {"item": "p1", "worker": "w1", "question": "dietary_tags", "answer": ["vegan"]}
            {"item": "p1", "worker": "w2", "question": "dietary_tags", "answer": ["vegetarian"]}
            {"item": "p1", "worker": "w3", "question": "other_category", "answer": "undecided"}
            {"item": "p2", "worker": "w1", "question": "category", "answer": "bakery"}
            {"item": "p2", "worker": "w2", "question": "category", "answer": "pantry"}
            {"item": "p2", "worker": "w3", "question": "category", "answer": "frozen"}
            {"item": "p2", "worker": "w1", "question": "dietary_tags", "answer": ["vegan", "organic"]}
            {"item": "p2", "worker": "w2", "question": "dietary_tags", "answer": ["vegan", "organic"]}
            {"item": "p3", "worker": "w4", "question": "category", "answer": "bakery"}
            {"item": "p3", "worker": "w4", "question": "other_category", "answer": "bread"}
            {"item": "gold-01", "worker": "w4", "question": "category", "answer": "pantry"}

            """#.write(to: folder.appendingPathComponent("r.jsonl"), atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "r.jsonl", "-o", "agg"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("  category (single_choice, majority): 3 labels, 1 undecided, 1 tie, 1 without kept answers\n"),
                "\(out.stdout)")
        return folder.appendingPathComponent("agg")
    }

    @Test func everyRowHasAStatusAndOnlyDecidedRowsALabel() throws {
        let agg = try Self.run()
        let csv = try String(contentsOf: agg.appendingPathComponent("labels.csv"), encoding: .utf8)
        // p1's other_category: a worker typed "undecided", a label like any other;
        // p3: every answer came from the dropped w4. p1's dietary_tags: vegan and
        // vegetarian are each a 1-1 tie whose voters agree equally (both agree on
        // p2), so the draw decides, the same for both options (one text per item):
        // `printf 'dietary_tags:p1' | md5sum` starts c3156083, ≥ 2³¹, so class 1,
        // selected, among (not selected, selected).
        #expect(csv == #"""
            item,question,label,confidence,judgments,method,status
            p1,category,bakery,0.666667,3,majority,decided
            p2,category,,0.333333,3,majority,undecided
            p3,category,,,0,majority,no_answers
            p1,other_category,"[""undecided""]",,1,collect,decided
            p3,other_category,,,0,collect,no_answers
            p1,dietary_tags,vegan|vegetarian,0.5,2,majority,tie
            p2,dietary_tags,vegan|organic,1,2,majority,decided

            """#, "\(csv)")
        let summary = try JSONDecoder().decode(AggregateSummary.self, from: Data(contentsOf: agg.appendingPathComponent("summary.json")))
        let category = try #require(summary.questions.first)
        #expect(category.undecidedItems == ["p2"] && category.noAnswerItems == ["p3"] && category.ties == 1)
        #expect(summary.questions[1].noAnswerItems == ["p3"] && summary.questions[1].undecided == 0)
    }

    /// The `labels.jsonl` table of docs/aggregate.md: key → (types, presence).
    static func documentedShape() throws -> [String: (types: String, present: String)] {
        let doc = try String(contentsOf: Paths.root.appendingPathComponent("docs/aggregate.md"), encoding: .utf8)
        let start = try #require(doc.range(of: "**`labels.jsonl`**"))
        var shape: [String: (String, String)] = [:]
        for line in doc[start.upperBound...].split(separator: "\n").drop(while: { !$0.hasPrefix("| key |") }).dropFirst(2) {
            guard line.hasPrefix("| `") else { break }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            shape[String(cells[0].dropFirst().dropLast())] = (cells[1], cells[2])
        }
        return shape
    }

    /// The words in backquotes of a documentation cell.
    static func quotedWords(_ text: String) -> Set<String> {
        Set(text.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) })
    }

    @Test func labelsJSONLinesHaveTheDocumentedShape() throws {
        let shape = try Self.documentedShape()
        #expect(Set(shape.keys) == ["best", "confidence", "item", "judgments", "label", "method", "question", "status"],
                "\(shape.keys.sorted())")
        let agg = try Self.run()
        let typeNames = Dictionary(uniqueKeysWithValues: try AggregateReaderTests.questions("product-categorisation")
            .map { ($0.id, $0.typeName) })
        let lines = try String(contentsOf: agg.appendingPathComponent("labels.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count == 7)
        var statuses = Set<String>()
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let status = try #require(object["status"] as? String)
            let method = try #require(object["method"] as? String)
            statuses.insert(status)
            #expect(LabelStatus(rawValue: status) != nil, "\(line)")
            for key in object.keys { #expect(shape[key] != nil, "undocumented key '\(key)' in \(line)") }
            for (key, (types, present)) in shape {
                // Presence: "always", "status `a` or `b`", or "not for `x`, not for `y`" (a method or a status).
                let expected: Bool
                if present == "always" {
                    expected = true
                } else if present.hasPrefix("status ") {
                    expected = Self.quotedWords(present).contains(status)
                } else {
                    #expect(present.hasPrefix("not for "), "unknown presence rule '\(present)'")
                    expected = Self.quotedWords(present).isDisjoint(with: [status, method])
                }
                #expect((object[key] != nil) == expected, "'\(key)' (\(present)) in \(line)")
                guard let value = object[key] else { continue }
                // Type: the first word, and "list of strings" where the doc allows it.
                switch value {
                case is String:
                    #expect(types.hasPrefix("string"), "'\(key)' is a string in \(line)")
                case let list as [Any]:
                    #expect(types.contains("list of strings") && list.allSatisfy { $0 is String }, "'\(key)' in \(line)")
                    let question = object["question"] as? String ?? ""
                    #expect(!Self.quotedWords(types).isDisjoint(with: [method, typeNames[question] ?? ""]),
                            "'\(key)' is a list only where the doc says: \(line)")
                case let number as NSNumber:
                    #expect(types == "number" || (types == "integer" && number.doubleValue == number.doubleValue.rounded()),
                            "'\(key)' is a \(types) in \(line)")
                default:
                    Issue.record("'\(key)' has an unexpected JSON type in \(line)")
                }
            }
        }
        #expect(statuses == Set(LabelStatus.allCases.map(\.rawValue)), "the run shows every status")
    }
}
