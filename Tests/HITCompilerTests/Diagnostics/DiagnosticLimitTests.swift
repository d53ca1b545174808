import Foundation
import Testing
@testable import HITCompiler

/// At most 200 diagnostics are printed per run, errors chosen before warnings,
/// then one W0013 counting the rest, in text, JSON (same element shape, plus
/// `omitted`) and GitHub formats; exit status and totals still count them all.
@Suite struct DiagnosticLimitTests {
    /// `errors` errors and `warnings` warnings, interleaved, on lines 1, 2, ...
    static func diagnostics(errors: Int, warnings: Int) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for i in 0..<max(errors, warnings) {
            if i < warnings {
                out.append(Diagnostic(.unknownColumn, "w\(i)", file: "a.csv", range: SourceRange(line: 2 * i + 1, column: 1)))
            }
            if i < errors {
                out.append(Diagnostic(.unknownKey, "e\(i)", file: "b.yaml", range: SourceRange(line: 2 * i + 2, column: 1)))
            }
        }
        return out
    }

    @Test func selectionKeepsErrorsFirstThenWarningsInTheirOrder() {
        let all = Self.diagnostics(errors: 250, warnings: 10)
        let selection = DiagnosticSelection(all)
        #expect(selection.shown.count == 200)
        #expect(selection.shown.allSatisfy { $0.severity == .error })
        #expect(selection.shown.map(\.message) == (0..<200).map { "e\($0)" })
        #expect((selection.omittedErrors, selection.omittedWarnings) == (50, 10))
        #expect(selection.omissionSummary?.message == "50 more errors and 10 more warnings not shown; at most 200 diagnostics are printed")
        #expect(selection.omissionSummary?.code == .diagnosticsOmitted)
        #expect(selection.omissionSummary?.file == "a.csv", "the file of the first diagnostic not shown (w0)")

        let few = DiagnosticSelection(Self.diagnostics(errors: 150, warnings: 60))
        #expect(few.shown.count == 200)
        #expect(few.shown.filter { $0.severity == .warning }.map(\.message) == (0..<50).map { "w\($0)" })
        #expect(few.shown.first?.message == "w0", "shown in the order given")
        #expect((few.omittedErrors, few.omittedWarnings) == (0, 10))
        #expect(few.omissionSummary?.message == "10 more warnings not shown; at most 200 diagnostics are printed")

        let all200 = DiagnosticSelection(Self.diagnostics(errors: 100, warnings: 100))
        #expect(all200.shown.count == 200)
        #expect(all200.omissionSummary == nil)
        #expect(DiagnosticSelection(Self.diagnostics(errors: 201, warnings: 0)).omissionSummary?.message
                == "1 more error not shown; at most 200 diagnostics are printed")
    }

    @Test func textPrintsTwoHundredAndCountsTheRest() {
        let out = TextRenderer().render(Self.diagnostics(errors: 250, warnings: 10), sources: [:])
        let lines = out.split(separator: "\n")
        #expect(lines.count == 201)
        #expect(lines.filter { $0.contains(": error: ") }.count == 200)
        #expect(lines.last == "a.csv: warning: 50 more errors and 10 more warnings not shown; at most 200 diagnostics are printed [W0013]")
    }

    @Test func jsonKeepsTheArrayShapeAndCountsTheRest() throws {
        let json = JSONRenderer().render(Self.diagnostics(errors: 250, warnings: 10))
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(entries.count == 201)
        for entry in entries {
            for key in ["file", "severity", "code", "message", "notes", "fixits"] {
                #expect(entry[key] != nil, "every element has '\(key)'")
            }
        }
        let last = try #require(entries.last)
        #expect(last["code"] as? String == "W0013")
        #expect(last["severity"] as? String == "warning")
        #expect(last["line"] == nil)
        let omitted = try #require(last["omitted"] as? [String: Int])
        #expect(omitted == ["errors": 50, "warnings": 10])
        #expect(entries.dropLast().allSatisfy { $0["omitted"] == nil })
    }

    @Test func gitHubPrintsTwoHundredAndCountsTheRest() {
        let lines = GitHubRenderer().render(Self.diagnostics(errors: 250, warnings: 10)).split(separator: "\n")
        #expect(lines.count == 201)
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 200)
        let expected = "::warning file=a.csv,title=hitc W0013::50 more errors and 10 more warnings not shown; "
            + "at most 200 diagnostics are printed [W0013]"
        #expect(lines.last.map(String.init) == expected)
    }

    @Test func checkThroughTheBinaryPrintsTwoHundredButCountsAll() throws {
        let folder = Paths.temporaryDirectory()
        let keys = (0..<250).map { "unknown\($0): 1\n" }.joined()
        try (SpecFixtures.minimal() + "\n" + keys).write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        let out = try runHITC(["check", "spec.yaml"], in: folder)
        #expect(out.status == 1)
        // The minimal spec has four warnings of its own (no sample data, ...): errors come first.
        let errors = out.stderr.split(separator: "\n").filter { $0.hasPrefix("spec.yaml:") && $0.contains(": error: ") }
        #expect(errors.count == 200)
        #expect(out.stderr.hasSuffix(
            "spec.yaml: warning: 50 more errors and 4 more warnings not shown; at most 200 diagnostics are printed [W0013]\n"),
                "\(out.stderr.suffix(300))")
        #expect(out.stdout.hasSuffix("1 spec checked: 250 errors, 4 warnings\n"), "\(out.stdout)")

        let json = try runHITC(["check", "--diagnostics-format", "json", "spec.yaml"], in: folder)
        #expect(json.status == 1)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 201)
        #expect(entries.last?["omitted"] as? [String: Int] == ["errors": 50, "warnings": 4])
    }
}
