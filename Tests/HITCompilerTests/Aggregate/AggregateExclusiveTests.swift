import Foundation
import Testing
@testable import HITCompiler

/// Exclusive options (`exclusive: true`, issue 14) in the aggregation: an answer
/// holding one with another option is refused (E0502; E0317 for an expected
/// answer), and a multi_choice label never holds one with another option (the
/// exclusive option alone wins, docs/aggregate.md#exclusive-options). The SQL
/// compilation writes the same rule (checked here on its text; the engines run
/// it in tests/sql).
@Suite(.serialized)
struct AggregateExclusiveTests {
    static let none = #"        - { value: none_apply,  label: None of these, key: "6", exclusive: true,"#

    /// product-categorisation (`none_apply` exclusive), or without `exclusive` when `exclusive` is false.
    static func folder(exclusive: Bool) throws -> URL {
        let folder = try AggregateCLITests.specFolder("product-categorisation")
        let url = folder.appendingPathComponent("spec.yaml")
        let spec = try String(contentsOf: url, encoding: .utf8)
        #expect(spec.contains(Self.none))
        if !exclusive {
            try spec.replacingOccurrences(of: ", exclusive: true,", with: ",").write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// Eight items, each answered "None of these" by w1, w2 and "Vegan" by w3, w4: both
    /// options tie 2-2, and one draw per item decides both, so on some items both pass.
    static let ties: String = (1...8).map { n in
        ["w1", "w2"].map { #"{"item": "t\#(n)", "worker": "\#($0)", "question": "dietary_tags", "answer": ["none_apply"]}"# }
            + ["w3", "w4"].map { #"{"item": "t\#(n)", "worker": "\#($0)", "question": "dietary_tags", "answer": ["vegan"]}"# }
    }.joined().joined(separator: "\n") + "\n"

    /// item → (label, status) of dietary_tags in labels.csv.
    static func labels(_ folder: URL) throws -> [String: String] {
        let csv = try String(contentsOf: folder.appendingPathComponent("agg/labels.csv"), encoding: .utf8)
        var out: [String: String] = [:]
        for line in csv.split(separator: "\n").dropFirst() where line.contains(",dietary_tags,") {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            out[cells[0]] = cells[2] + "/" + cells[6]
        }
        return out
    }

    @Test func aLabelNeverHoldsAnExclusiveOptionWithAnother() throws {
        var results: [Bool: [String: String]] = [:]
        for exclusive in [false, true] {
            let folder = try Self.folder(exclusive: exclusive)
            try Self.ties.write(to: folder.appendingPathComponent("r.jsonl"), atomically: true, encoding: .utf8)
            let out = try runHITC(["aggregate", "spec.yaml", "--results", "r.jsonl", "-o", "agg"], in: folder)
            #expect(out.status == 0, "\(out.stderr)")
            results[exclusive] = try Self.labels(folder)
        }
        let without = try #require(results[false]), with = try #require(results[true])
        #expect(without.count == 8 && with.count == 8)
        // Without the flag the draw gives some items both options; with it, those items get "None of these" alone.
        let both = without.filter { $0.value == "vegan|none_apply/tie" }.map(\.key).sorted()
        #expect(!both.isEmpty, "no item drew both options: \(without)")
        for (item, label) in without {
            let expected = label == "vegan|none_apply/tie" ? "none_apply/tie" : label
            #expect(with[item] == expected, "\(item): \(with[item] ?? "-") (without exclusive: \(label))")
        }
        #expect(!with.values.contains { $0.contains("|") })
    }

    @Test func anAnswerHoldingAnExclusiveOptionWithAnotherIsRefused() throws {
        let folder = try Self.folder(exclusive: true)
        try #"""
            {"item": "p1", "worker": "w1", "question": "dietary_tags", "answer": ["vegan", "none_apply"]}
            {"item": "p1", "worker": "w2", "question": "dietary_tags", "answer": ["none_apply"]}

            """#.write(to: folder.appendingPathComponent("r.jsonl"), atomically: true, encoding: .utf8)
        try """
            item,worker,question,answer
            p1,w1,dietary_tags,organic| none_apply
            p1,w2,dietary_tags,none_apply

            """.write(to: folder.appendingPathComponent("r.csv"), atomically: true, encoding: .utf8)
        let message = "'none_apply' is an exclusive option of 'dietary_tags', chosen alone, but the answer also selects"
        for (file, other) in [("r.jsonl", "'vegan'"), ("r.csv", "'organic'")] {
            let out = try runHITC(["aggregate", "spec.yaml", "--results", file, "-o", "agg"], in: folder)
            #expect(out.status == 1, "\(file): \(out.stdout)")
            #expect(out.stderr.contains("\(message) \(other) [E0502]"), "\(file): \(out.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("agg/labels.csv").path))
        }
        // Without the flag the same answers are read.
        let plain = try Self.folder(exclusive: false)
        try FileManager.default.copyItem(at: folder.appendingPathComponent("r.jsonl"), to: plain.appendingPathComponent("r.jsonl"))
        #expect(try runHITC(["aggregate", "spec.yaml", "--results", "r.jsonl", "-o", "agg"], in: plain).status == 0)
    }

    @Test func anExpectedAnswerHoldingAnExclusiveOptionWithAnotherIsE0317() throws {
        let text = SpecFixtures.minimal(questions: """
                q:
                  type: multi_choice
                  prompt: Which tags?
                  options:
                    - { value: vegan, hint: Says vegan. }
                    - { value: none, hint: No claim., exclusive: true }

            """, top: """

            guidelines:
              examples:
                - item: { title: Oat milk }
                  answers: { q: [vegan, none] }
                - item: { title: Bread }
                  answers: { q: [none] }
            """)
        let errors = SpecFixtures.check(text).filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.invalidAnswer], "\(errors.map(\.message))")
        #expect(errors.first?.message.contains("'none' is an exclusive option of 'q', chosen alone, but the answer also selects 'vegan'") == true,
                "\(errors.map(\.message))")
    }

    @Test func theSQLWritesTheSameRule() throws {
        let path = Paths.specs.appendingPathComponent("product-categorisation/spec.yaml").path
        let script = try #require(SQLRunner.run(specPath: path, options: SQLOptions(dialect: .duckdb)).script)
        let steps = script.components(separatedBy: ";\n")
        // Decoding: a set holding option 6 (none_apply) with another is no answer...
        let decoded = try #require(steps.first { $0.contains("TABLE hitc_decoded AS") })
        #expect(decoded.contains(" = 1 OR NOT (SUBSTR("), "exclusive condition in the mask decoding")
        #expect(decoded.contains(", 6, 1) = '1'))"))
        // ...and is listed with its reason.
        let rejected = try #require(steps.first { $0.contains("TABLE hitc_rejected AS") })
        #expect(rejected.contains("'an exclusive option (chosen alone) with another option'"))
        // Labels: none_apply selected is the whole label, and the mask compared with workers says so.
        let labels = try #require(steps.first { $0.contains("TABLE hitc_categorical_labels AS") })
        #expect(labels.contains("THEN CASE WHEN MAX(CASE WHEN opt = 5 THEN cls END) = 1 THEN 'none_apply' ELSE "))
        #expect(labels.contains("WHEN question = 'dietary_tags' AND MAX(CASE WHEN opt = 5 THEN cls END) = 1 THEN '000001' "))
        // A spec without exclusive options writes none of it.
        let grocery = try #require(SQLRunner.run(specPath: Paths.specs.appendingPathComponent("grocery-search-relevance/spec.yaml").path,
                                                 options: SQLOptions(dialect: .duckdb)).script)
        #expect(!grocery.contains("an exclusive option"))
    }

    @Test func aggregationJSONListsTheExclusiveValues() throws {
        let checked = try TaskPageFixtures.checked(at: Paths.specs.appendingPathComponent("product-categorisation/spec.yaml"))
        let config = AggregationConfig(checked)
        #expect(config.questions.first { $0.id == "dietary_tags" }?.exclusive == ["none_apply"])
        #expect(config.questions.first { $0.id == "category" }?.exclusive == nil)
    }
}
