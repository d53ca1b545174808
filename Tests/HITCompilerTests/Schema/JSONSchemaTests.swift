import Foundation
import Testing
@testable import HITCompiler

struct JSONSchemaTests {
    func tree(_ url: URL) throws -> YAMLNode {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try #require(YAMLComposer().compose(SourceFile(path: url.path, text: text)).root)
    }

    @Test func examplesValidateAgainstTheSchema() throws {
        let validator = MiniSchemaValidator(root: JSONSchemaGenerator.schema())
        #expect(Paths.exampleSpecs.count >= 3)
        for spec in Paths.exampleSpecs {
            let problems = validator.validate(try tree(spec))
            #expect(problems.isEmpty, "\(spec.lastPathComponent): \(problems)")
        }
    }

    @Test func scaffoldValidatesAgainstTheSchema() throws {
        let validator = MiniSchemaValidator(root: JSONSchemaGenerator.schema())
        let spec = try #require(Scaffold.files(id: "x").first { $0.path == "spec.yaml" })
        let root = try #require(YAMLComposer().compose(SourceFile(path: "spec.yaml", text: spec.contents)).root)
        #expect(validator.validate(root).isEmpty)
    }

    @Test func schemaRejectsWhatTheParserRejects() throws {
        let validator = MiniSchemaValidator(root: JSONSchemaGenerator.schema())
        let cases = [
            SpecFixtures.minimal(top: "\nrequried: true\n"),
            SpecFixtures.minimal().replacingOccurrences(of: "reward: 0.10 USD", with: "reward: 0.10"),
            SpecFixtures.minimal().replacingOccurrences(of: "version: 1.0.0", with: "version: 1.0"),
            SpecFixtures.minimal().replacingOccurrences(of: "type: single_choice", with: "type: single_choise"),
        ]
        for text in cases {
            let root = try #require(YAMLComposer().compose(SourceFile(path: "t.yaml", text: text)).root)
            #expect(!validator.validate(root).isEmpty, "schema accepted:\n\(text)")
            #expect(SpecFixtures.check(text).contains { $0.severity == .error }, "parser accepted:\n\(text)")
        }
    }

    @Test func everyObjectIsDefinedAndReferenced() throws {
        guard case .object(let root) = JSONSchemaGenerator.schema(), case .object(let defs)? = root["definitions"] else {
            Issue.record("no definitions"); return
        }
        let text = JSONSchemaGenerator.generate()
        for object in SpecSchema.ObjectName.allCases where object != .spec {
            #expect(defs[object.rawValue] != nil)
            #expect(text.contains("\"#/definitions/\(object.rawValue)\""), "\(object) is never referenced")
        }
    }
}
