import Foundation
import Testing
@testable import HITCompiler

/// `hitc diff` on `exclusive: true`: making an option exclusive breaks the label
/// history (earlier answers combining it are refused); dropping it needs review.
struct ExclusiveDiffTests {
    static let base = try! String(contentsOf: DiffCorpusTests.corpus.appendingPathComponent("identical/new.yaml"), encoding: .utf8)

    /// The corpus spec with a multi choice `tags` whose last option is "None of these".
    static func spec(exclusive: Bool, version: String) -> String {
        let none = exclusive ? "        - { value: none, label: None of these, exclusive: true }\n"
                             : "        - { value: none, label: None of these }\n"
        return base
            .replacingOccurrences(of: "version: 1.0.0\ntitle", with: "version: \(version)\ntitle")
            .replacingOccurrences(of: "  changelog:\n", with: "  changelog:\n    - { version: \(version), date: 2026-06-01, notes: \"Tags.\" }\n")
            .replacingOccurrences(of: "    - question: reason\n", with: "    - question: reason\n    - question: tags\n")
            .replacingOccurrences(of: "      max_length: 200\n", with: """
                      max_length: 200
                    tags:
                      type: multi_choice
                      required: false
                      prompt: Which aspects does it mention?
                      options:
                        - { value: price, label: Price }
                        - { value: quality, label: Quality }

                """ + none)
    }

    static func diff(_ old: String, _ new: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let folder = Paths.temporaryDirectory()
        try old.write(to: folder.appendingPathComponent("old.yaml"), atomically: true, encoding: .utf8)
        try new.write(to: folder.appendingPathComponent("new.yaml"), atomically: true, encoding: .utf8)
        let out = try runHITC(["diff", "old.yaml", "new.yaml", "--color", "never"], in: folder)
        return (out.status, out.stdout, out.stderr)
    }

    @Test func anOptionMadeExclusiveBreaksTheLabels() throws {
        let out = try Self.diff(Self.spec(exclusive: false, version: "1.1.0"), Self.spec(exclusive: true, version: "2.0.0"))
        #expect(out.status == 1, "\(out.stderr)")
        #expect(out.stderr.contains("option 'none' of question 'tags' became exclusive"), "\(out.stderr)")
        #expect(out.stderr.contains("[E0901]"), "\(out.stderr)")
        #expect(out.stdout.contains("1 breaking"), "\(out.stdout)")
    }

    @Test func anOptionNoLongerExclusiveNeedsReview() throws {
        let out = try Self.diff(Self.spec(exclusive: true, version: "1.1.0"), Self.spec(exclusive: false, version: "1.2.0"))
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.contains("option 'none' of question 'tags' is no longer exclusive"), "\(out.stderr)")
        #expect(out.stdout.contains("0 breaking, 1 needs review"), "\(out.stdout)")
    }
}
