import Foundation
import Testing
@testable import HITCompiler

/// The pre-flight checklist names spec text (question ids) in its reasons, and
/// the spec's path in its title: both reach the terminal escaped (found by
/// fuzz/fuzz.py: a question id holding U+0085 was printed raw).
struct CheckChecklistTextTests {
    @Test func checklistReasonsAndPathAreEscaped() throws {
        let folder = Paths.temporaryDirectory()
        let name = "spec\u{1B}[31m.yaml"
        try "hit:\n questions:\n  \"\\N\":\nquality:\n judgments_per_item: 5\n"
            .write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        let out = try runHITC(["check", name], in: folder)
        #expect(out.status == 1)
        #expect(!out.stdout.unicodeScalars.contains { $0.value == 0x85 || $0.value == 0x1B }, "\(out.stdout)")
        #expect(out.stdout.hasPrefix("Pre-flight checklist for spec\\e[31m.yaml:\n"), "\(out.stdout)")
        #expect(out.stdout.contains("  [ ] 7. Keep quality high: no gold; no agreement target; no aggregation for \\u{0085}\n"),
                "\(out.stdout)")
    }
}
