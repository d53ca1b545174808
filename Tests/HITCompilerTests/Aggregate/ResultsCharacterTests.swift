import Foundation
import Testing
@testable import HITCompiler

/// A results value (item key, worker id, text answer) holding a character the
/// aggregate's files must not carry (`ForbiddenCharacters.isForbiddenInSpec`: C0 controls
/// other than tab and line breaks, DEL, C1 controls, noncharacters) is a
/// located E0506 in every results format, exit 1, and no output folder.
@Suite(.serialized)
struct ResultsCharacterTests {
    static let tail = "which labels.csv, workers.csv and the JSON files hitc aggregate writes must not carry; remove it (or fix the file's encoding) [E0506]"

    /// The character `value` (Swift refuses noncharacters in literals).
    static func c(_ value: UInt32) -> String { String(Character(Unicode.Scalar(value)!)) }

    /// Runs `hitc aggregate` on `results` (written as bytes) beside the grocery spec.
    static func aggregate(_ results: [UInt8], name: String, format: String? = nil) throws -> (ProcessOutput, URL) {
        let folder = try AggregateCLITests.specFolder("grocery-search-relevance")
        try Data(results).write(to: folder.appendingPathComponent(name))
        var arguments = ["aggregate", "spec.yaml", "--results", name, "-o", "agg"]
        if let format { arguments += ["--format", format] }
        return (try runHITC(arguments, in: folder), folder)
    }

    /// The diagnostics lines (`file:line:col: error: ...`) of standard error.
    static func errorLines(_ out: ProcessOutput) -> [String] {
        out.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
    }

    static func expectRefused(_ out: ProcessOutput, _ folder: URL, _ expected: [String]) {
        #expect(out.status == 1, "\(out.stderr)")
        #expect(errorLines(out) == expected.map { "\($0) \(tail)" }, "\(out.stderr)")
        #expect(out.stdout.isEmpty, "\(out.stdout)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("agg").path), "no output folder")
    }

    @Test func longCSVRefusesControlC1AndNoncharactersInIdsAndTextAnswers() throws {
        let text = "item,worker,question,answer\na1,w\u{1},relevance,exact\na\u{9B}2,w2,relevance,exact\na3,w2,reason,ok \(Self.c(0xFFFE)) here\na4,w2,relevance,exact\n"
        let (out, folder) = try Self.aggregate(Array(text.utf8), name: "results.csv")
        Self.expectRefused(out, folder, [
            "results.csv:2:4: error: row 1, worker 'w\\x01': holds U+0001 (a control character),",
            "results.csv:3:1: error: row 2, item 'a\\u{009B}2': holds U+009B (a control character),",
            "results.csv:4:14: error: row 3, answer to 'reason' 'ok \(Self.c(0xFFFE)) here': holds U+FFFE (a noncharacter),",
        ])
    }

    @Test func longCSVWithOnlyChoiceAnswersIsRefusedToo() throws {
        // The quick reader of plain long CSVs takes this file unless it looks at the ids.
        let text = "item,worker,question,answer\na1,w1,relevance,exact\na1,w\u{7F}2,relevance,exact\n"
        let (out, folder) = try Self.aggregate(Array(text.utf8), name: "results.csv")
        Self.expectRefused(out, folder, [
            "results.csv:3:4: error: row 2, worker 'w\\x7F2': holds U+007F (the control character DEL),",
        ])
    }

    @Test func longJSONLinesRefusesEscapedAndRawCharacters() throws {
        let text = #"{"item": "a1", "worker": "w1", "question": "reason", "answer": "x\u007f"}"# + "\n"
            + #"{"item": "a\uFDD0", "worker": "w1", "question": "relevance", "answer": "exact"}"# + "\n"
            + "{\"item\": \"a3\", \"worker\": \"w\u{85}\", \"question\": \"relevance\", \"answer\": \"exact\"}\n"
        let (out, folder) = try Self.aggregate(Array(text.utf8), name: "results.jsonl")
        Self.expectRefused(out, folder, [
            "results.jsonl:1:64: error: row 1, answer to 'reason' 'x\\x7F': holds U+007F (the control character DEL),",
            "results.jsonl:2:10: error: row 2, item 'a\(Self.c(0xFDD0))': holds U+FDD0 (a noncharacter),",
            "results.jsonl:3:26: error: row 3, worker 'w\\u{0085}': holds U+0085 (a control character),",
        ])
    }

    @Test func mturkCSVRefusesWorkerItemAndAnswer() throws {
        let header = "HITId,AssignmentId,WorkerId,AssignmentStatus,Answer.item1,Answer.item1_relevance,Answer.item1_reason"
        let text = header + "\nH1,A1,W\u{1B}1,Submitted,it-1,exact,\nH1,A2,W2,Submitted,it\(Self.c(0xFFFF)),exact,\nH1,A3,W3,Submitted,it-3,exact,bad\u{90}text\n"
        let (out, folder) = try Self.aggregate(Array(text.utf8), name: "batch-results.csv")
        Self.expectRefused(out, folder, [
            "batch-results.csv:2:7: error: row 1, worker 'W\\e1': holds U+001B (a control character),",
            "batch-results.csv:3:20: error: row 2, item 'it\(Self.c(0xFFFF))': holds U+FFFF (a noncharacter),",
            "batch-results.csv:4:31: error: row 3, answer to 'reason' 'bad\\u{0090}text': holds U+0090 (a control character),",
        ])
    }

    @Test func submissionsRefuseProlificWorkerItemAndAnswer() throws {
        let text = #"{"PROLIFIC_PID": "p\u0001", "SESSION_ID": "s1", "item1": "it-1", "item1_relevance": "exact"}"# + "\n"
            + #"{"PROLIFIC_PID": "p2", "SESSION_ID": "s2", "item1": "it\uDBFF\uDFFF", "item1_relevance": "exact"}"# + "\n"
            + #"{"worker": "w3", "item1": "it-3", "item1_relevance": "exact", "item1_reason": "a\u0000b"}"# + "\n"
        let (out, folder) = try Self.aggregate(Array(text.utf8), name: "submissions.jsonl", format: "submissions")
        Self.expectRefused(out, folder, [
            "submissions.jsonl:1:18: error: row 1, worker 'p\\x01': holds U+0001 (a control character),",
            "submissions.jsonl:2:53: error: row 2, item 'it\(Self.c(0x10FFFF))': holds U+10FFFF (a noncharacter),",
            "submissions.jsonl:3:79: error: row 3, answer to 'reason' 'a\\0b': holds U+0000 (a control character),",
        ])
    }

    @Test func tabsLineBreaksAndOrdinaryTextAreKept() throws {
        let text = "item,worker,question,answer\na1,w1,relevance,exact\na1,w1,reason,\"tab\there\nand a line, é 👍🏽 ‘quotes’\"\n"
        let (out, folder) = try Self.aggregate(Array(text.utf8), name: "results.csv")
        #expect(out.status == 0, "\(out.stderr)")
        let labels = try String(contentsOf: folder.appendingPathComponent("agg/labels.jsonl"), encoding: .utf8)
        #expect(labels.contains(#"tab\there\nand a line, é 👍🏽 ‘quotes’"#), "\(labels)")
    }

    @Test func thePartedReaderGivesUpSoTheOnePassReaderLocatesIt() throws {
        // Large enough for parts (the reader is given tiny parts); the bad worker is in a late part.
        var lines = (0..<400).map { #"{"item": "it-\#($0 % 37)", "worker": "w\#($0 % 7)", "question": "relevance", "answer": "exact"}"# }
        lines[350] = #"{"item": "it-1", "worker": "w\u009b", "question": "relevance", "answer": "exact"}"#
        let url = Paths.temporaryDirectory().appendingPathComponent("results.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        var reader = ResultsReader(questions: try AggregateReaderTests.questions("grocery-search-relevance"))
        reader.fastParts = 4
        reader.fastPartBytes = 200
        let outcome = reader.read(path: url.path, displayPath: "results.jsonl")
        #expect(outcome.diagnostics.map(\.code) == [.forbiddenResultsCharacter])
        #expect(outcome.diagnostics.first?.range?.start == SourceLocation(line: 351, column: 28))
        #expect(outcome.diagnostics.first?.message.hasPrefix("row 351, worker 'w\\u{009B}': holds U+009B") == true)
    }

    @Test func everyForbiddenCharacterStartsWithAByteTheScanLooksAt() {
        var forbidden = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), ForbiddenCharacters.isForbiddenInSpec(scalar) else { continue }
            forbidden += 1
            let bytes = Array(String(Character(scalar)).utf8)
            #expect(ForbiddenCharacters.mayStartForbiddenInSpec(bytes[0]), "U+\(String(value, radix: 16))")
            // Found at every offset of an eight-byte word, and after a long clean run.
            for pad in [0, 3, 7, 8, 21] {
                let text = Array(repeating: UInt8(ascii: "a"), count: pad) + bytes + Array("bc".utf8)
                let found = text.withByteSpan { ForbiddenCharacters.firstForbiddenInSpec(in: $0) }
                if found?.offset != pad || found?.scalar != scalar {
                    Issue.record("U+\(String(value, radix: 16)) at \(pad): \(String(describing: found))")
                }
            }
        }
        // C0 but tab, LF and CR; DEL; C1; U+FDD0-U+FDEF; two at the end of each of 17 planes.
        #expect(forbidden == 29 + 1 + 32 + 32 + 34)
        let clean = Array("tab\tline\nCR\r é ‘x’ 👍🏽 \u{FDCF}\u{FDF0}\u{FFFD}".utf8)
        #expect(clean.withByteSpan { ForbiddenCharacters.firstForbiddenInSpec(in: $0) } == nil)
    }
}
