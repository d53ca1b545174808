import Foundation
import Testing
@testable import HITCompiler

/// `renamed_from` on a question: the parser's rules, and `hitc aggregate` merging
/// answers collected under the old and the new id into one label history.
@Suite(.serialized)
struct QuestionRenamedFromTests {
    static let mappedSpec = try! String(contentsOf: DiffCorpusTests.corpus.appendingPathComponent("question-renamed-mapped/new.yaml"), encoding: .utf8)

    /// Item r1 rated under version 1 (`stars`) by two workers and under version 2 (`rating`) by one.
    static let longResults = """
        item,worker,question,answer
        r1,w1,stars,4
        r1,w2,stars,4
        r1,w3,rating,5
        r2,w1,rating,2
        r2,w2,stars,2
        r2,w3,rating,2

        """

    @Test(arguments: [false, true])
    func aggregateReadsAnswersToTheOldIdAsTheNewQuestion(viaJSONLines: Bool) throws {
        let folder = Paths.temporaryDirectory()
        try Self.mappedSpec.write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        var results = "results.csv"
        if viaJSONLines {
            results = "results.jsonl"
            let lines = Self.longResults.split(separator: "\n").dropFirst().map { line -> String in
                let c = line.split(separator: ",").map(String.init)
                return #"{"item": "\#(c[0])", "worker": "\#(c[1])", "question": "\#(c[2])", "answer": \#(c[3])}"#
            }
            try (lines.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent(results), atomically: true, encoding: .utf8)
        } else {
            try Self.longResults.write(to: folder.appendingPathComponent(results), atomically: true, encoding: .utf8)
        }
        let out = try runHITC(["aggregate", "spec.yaml", "--results", results, "-o", "agg", "--color", "never"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        let labels = try String(contentsOf: folder.appendingPathComponent("agg/labels.csv"), encoding: .utf8).split(separator: "\n")
        #expect(labels.contains { $0.hasPrefix("r1,rating,4,") && $0.contains(",3,median,") }, "\(labels)")
        #expect(labels.contains { $0.hasPrefix("r2,rating,2,") && $0.contains(",3,median,") }, "\(labels)")
        #expect(!labels.contains { $0.contains(",stars,") }, "no label is written under the old id")
    }

    @Test func mturkBatchResultsColumnsOfTheOldIdAreRead() throws {
        let folder = Paths.temporaryDirectory()
        let spec = Self.mappedSpec.replacingOccurrences(of: "  items_per_hit: 5", with: "  items_per_hit: 1")
        try spec.write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        let csv = """
            HITId,AssignmentId,WorkerId,Answer.item1,Answer.item1_sentiment,Answer.item1_stars,Answer.hitc_seconds
            H1,A1,W1,r1,positive,5,30
            H1,A2,W2,r1,positive,5,31
            H1,A3,W3,r1,negative,1,32

            """
        try csv.write(to: folder.appendingPathComponent("batch.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "batch.csv", "-o", "agg", "--color", "never"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        let labels = try String(contentsOf: folder.appendingPathComponent("agg/labels.csv"), encoding: .utf8)
        #expect(labels.contains("r1,rating,5,"), "\(labels)")
    }

    @Test func withoutTheMappingAnswersToTheOldIdAreUnknown() throws {
        let unmapped = Self.mappedSpec.replacingOccurrences(of: "      renamed_from: stars\n", with: "")
        #expect(unmapped != Self.mappedSpec)
        let folder = Paths.temporaryDirectory()
        try unmapped.write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        try Self.longResults.write(to: folder.appendingPathComponent("results.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["aggregate", "spec.yaml", "--results", "results.csv", "-o", "agg", "--color", "never"], in: folder)
        #expect(out.status == 1)
        #expect(out.stderr.contains("[E0503]"), "\(out.stderr)")
    }

    @Test func anOldIdThatIsStillAQuestionOrClaimedTwiceIsAnError() throws {
        let still = Self.mappedSpec.replacingOccurrences(of: "      renamed_from: stars\n", with: "      renamed_from: sentiment\n")
        let stillResult = Pipeline.check(path: try write(still))
        #expect(stillResult.diagnostics.contains { $0.code == .duplicateValue && $0.message.contains("'sentiment', which is still a question") },
                "\(stillResult.diagnostics.map(\.message))")
        let twice = Self.mappedSpec.replacingOccurrences(of: "    reason:\n      type: text\n", with: "    reason:\n      renamed_from: [stars]\n      type: text\n")
        #expect(twice != Self.mappedSpec)
        let twiceResult = Pipeline.check(path: try write(twice))
        #expect(twiceResult.diagnostics.contains { $0.code == .duplicateValue && $0.message.contains("are both renamed from 'stars'") },
                "\(twiceResult.diagnostics.map(\.message))")
        let bad = Self.mappedSpec.replacingOccurrences(of: "      renamed_from: stars\n", with: "      renamed_from: \"two words\"\n")
        #expect(Pipeline.check(path: try write(bad)).diagnostics.contains { $0.code == .invalidIdentifier })
        #expect(!Pipeline.check(path: try write(Self.mappedSpec)).hasErrors)
    }

    private func write(_ spec: String) throws -> String {
        let url = Paths.temporaryDirectory().appendingPathComponent("spec.yaml")
        try spec.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
