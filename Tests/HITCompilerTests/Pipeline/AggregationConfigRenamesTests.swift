import Foundation
import Testing
@testable import HITCompiler

/// `aggregation.json` carries the spec's `renamed_from` mappings, so a tool reading it
/// instead of the spec finds answers collected under a question's or an option's
/// earlier name: `renamed_from` (earlier question ids) and `renamed_values`
/// (earlier option value → current value) on the question's rule.
struct AggregationConfigRenamesTests {
    /// The diff corpus's renamed question (`stars` → `rating`) with its option `neutral`
    /// also renamed to `mixed`.
    static let spec = QuestionRenamedFromTests.mappedSpec
        .replacingOccurrences(of: "{ value: neutral,  label: Neutral,  key: \"2\",",
                              with: "{ value: mixed,  label: Neutral,  key: \"2\", renamed_from: [neutral, meh],")
        .replacingOccurrences(of: "sentiment: neutral", with: "sentiment: mixed")

    static func rules(_ specText: String) throws -> [String: [String: JSONValue]] {
        let folder = Paths.temporaryDirectory()
        try specText.write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        let result = BundleBuilder.build(path: folder.appendingPathComponent("spec.yaml").path,
                                         options: BuildOptions(outputDirectory: folder.appendingPathComponent("out").path))
        let bundle = URL(fileURLWithPath: try #require(result.bundle, "\(result.check.diagnostics.map(\.message))"))
        let text = try String(contentsOf: bundle.appendingPathComponent("aggregation.json"), encoding: .utf8)
        guard case .object(let top)? = JSONValue.parse(text), case .array(let questions)? = top["questions"] else {
            Issue.record("no questions in \(text)")
            return [:]
        }
        var byId: [String: [String: JSONValue]] = [:]
        for case .object(let rule) in questions {
            if case .string(let id)? = rule["id"] { byId[id] = rule }
        }
        return byId
    }

    @Test func earlierIdsAndValuesAreOnTheirQuestionsRules() throws {
        #expect(Self.spec.contains("renamed_from: [neutral, meh]"))
        let rules = try Self.rules(Self.spec)
        #expect(rules["rating"]?["renamed_from"] == .array([.string("stars")]))
        #expect(rules["rating"]?["renamed_values"] == nil)
        #expect(rules["sentiment"]?["renamed_values"] == .object(["neutral": .string("mixed"), "meh": .string("mixed")]))
        #expect(rules["sentiment"]?["values"] == .array([.string("positive"), .string("mixed"), .string("negative")]))
        #expect(rules["sentiment"]?["renamed_from"] == nil)
        #expect(rules["reason"]?["renamed_from"] == nil && rules["reason"]?["renamed_values"] == nil)
    }

    @Test func theRenamesFitTheSchemaAndTheSchemaRefusesAMalformedOne() throws {
        let folder = Paths.temporaryDirectory()
        try Self.spec.write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        let result = BundleBuilder.build(path: folder.appendingPathComponent("spec.yaml").path,
                                         options: BuildOptions(outputDirectory: folder.appendingPathComponent("out").path))
        let config = try String(contentsOf: URL(fileURLWithPath: try #require(result.bundle)).appendingPathComponent("aggregation.json"),
                                encoding: .utf8)
        #expect(config.contains("\"renamed_from\"") && config.contains("\"renamed_values\""))
        let schemaText = try String(contentsOf: Paths.root.appendingPathComponent("docs/aggregation.schema.json"), encoding: .utf8)
        let schema = try #require(JSONValue.parse(schemaText))
        let node = try #require(YAMLComposer().compose(SourceFile(path: "a.json", text: config)).root)
        #expect(MiniSchemaValidator(root: schema).validate(node).isEmpty)
        // An earlier value mapped to a list instead of one current value is not the contract.
        let malformed = config.replacingOccurrences(of: "\"meh\" : \"mixed\"", with: "\"meh\" : [\"mixed\"]")
        #expect(malformed != config)
        let bad = try #require(YAMLComposer().compose(SourceFile(path: "b.json", text: malformed)).root)
        #expect(!MiniSchemaValidator(root: schema).validate(bad).isEmpty)
    }
}
