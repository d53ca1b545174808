import Foundation
import Testing
@testable import HITCompiler

/// `renamed_from` on an option: the checker's rules, and `hitc aggregate`
/// merging answers collected under the old and the new value into one label history.
@Suite(.serialized)
struct RenamedFromTests {
    static let mappedSpec = try! String(contentsOf: DiffCorpusTests.corpus.appendingPathComponent("option-renamed-mapped/new.yaml"), encoding: .utf8)

    static func folder(spec: String, results: String) throws -> URL {
        let folder = Paths.temporaryDirectory()
        try spec.write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        try results.write(to: folder.appendingPathComponent("results.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    /// Item r1 answered under version 1 (`neutral`) by two workers and under version 2 (`mixed`) by one.
    static let results = """
        item,worker,question,answer
        r1,w1,sentiment,neutral
        r1,w2,sentiment,neutral
        r1,w3,sentiment,mixed
        r2,w1,sentiment,positive
        r2,w2,sentiment,mixed
        r2,w3,sentiment,positive

        """

    @Test func aggregateReadsOldValuesAsTheirNewNameInOneHistory() throws {
        let folder = try Self.folder(spec: Self.mappedSpec, results: Self.results)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        let labels = try String(contentsOf: folder.appendingPathComponent("agg/labels.csv"), encoding: .utf8).split(separator: "\n")
        #expect(labels.contains { $0.hasPrefix("r1,sentiment,mixed,") && $0.contains(",3,majority,") }, "\(labels)")
        #expect(labels.contains { $0.hasPrefix("r2,sentiment,positive,") }, "\(labels)")
        #expect(!labels.contains { $0.contains("neutral") }, "no label is written under the old value")
    }

    @Test func withoutTheMappingOldValuesAreInvalidAnswers() throws {
        let unmapped = Self.mappedSpec.replacingOccurrences(of: ", renamed_from: [neutral]", with: "")
        #expect(unmapped != Self.mappedSpec)
        let folder = try Self.folder(spec: unmapped, results: Self.results)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg", "--color", "never"], in: folder)
        #expect(out.status == 1)
        #expect(out.stderr.contains("[E0502]"), "\(out.stderr)")
    }

    @Test func multiChoiceAnswersAreMappedValueByValue() throws {
        let spec = Self.mappedSpec
            .replacingOccurrences(of: "    stars:\n      type: scale", with: """
                    tags:
                      type: multi_choice
                      required: false
                      prompt: Which aspects does it mention?
                      options:
                        - { value: price, label: Price, renamed_from: cost }
                        - { value: quality, label: Quality }
                    stars:
                      type: scale
                """)
            .replacingOccurrences(of: "    - question: stars\n", with: "    - question: stars\n    - question: tags\n")
        let folder = try Self.folder(spec: spec, results: """
            item,worker,question,answer
            r1,w1,tags,cost|quality
            r1,w2,tags,price|quality
            r1,w3,tags,quality|cost

            """)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        let labels = try String(contentsOf: folder.appendingPathComponent("agg/labels.csv"), encoding: .utf8)
        #expect(labels.contains("r1,tags,price|quality,"), "\(labels)")
    }

    @Test func anOldValueThatIsStillAnOptionOrNamedTwiceIsAnError() throws {
        let still = Self.mappedSpec.replacingOccurrences(of: "renamed_from: [neutral]", with: "renamed_from: [positive]")
        let twice = Self.mappedSpec.replacingOccurrences(of: "hint: Criticism outweighs praise.", with: "hint: Criticism outweighs praise., renamed_from: neutral")
        for (spec, message) in [(still, "'renamed_from' of option 'mixed' names 'positive', which is still an option of question 'sentiment'"),
                                (twice, "question 'sentiment' renames 'neutral' twice")] {
            let folder = try Self.folder(spec: spec, results: "")
            let out = try runHITC(["check", "spec.yaml", "--color", "never"], in: folder)
            #expect(out.status == 1)
            #expect(out.stderr.contains("\(message) [E0306]"), "\(out.stderr)")
        }
    }

    @Test func theSchemaKnowsTheKey() throws {
        let out = try runHITC(["schema"])
        #expect(out.stdout.contains("\"renamed_from\""))
    }
}
