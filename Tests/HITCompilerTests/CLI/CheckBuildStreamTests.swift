import Foundation
import Testing
@testable import HITCompiler

/// With `--diagnostics-format json` or `github`, standard output holds only the
/// machine output and the human summary goes to standard error; with `text`,
/// diagnostics go to standard error and the summary to standard output;
/// `--quiet` drops the summary in every format (docs/cli.md).
@Suite struct CheckBuildStreamTests {
    /// A copy of the grocery example, which checks clean.
    static func spec() throws -> URL {
        try EmitFixtures.copyExample("grocery-search-relevance")
    }

    @Test func checkWithJSONPrintsOnlyJSONOnStandardOutput() throws {
        let spec = try Self.spec()
        try EmitFixtures.replace("  items_per_hit: 5\n", with: "  items_per_hit: 5\n  itmes: 3\n", in: spec)
        let out = try runHITC(["check", "--diagnostics-format", "json", "spec.yaml"], in: spec.deletingLastPathComponent())
        #expect(out.status == 1)
        let entries = try EmitFixtures.jsonDiagnostics(out)
        #expect(entries.map { $0["code"] as? String } == ["E0103"])
        #expect(out.stderr.hasPrefix("Pre-flight checklist for spec.yaml:\n"), "\(out.stderr)")
        #expect(out.stderr.hasSuffix("1 spec checked: 1 error, 0 warnings\n"), "\(out.stderr)")
        let quiet = try runHITC(["check", "--quiet", "--diagnostics-format", "json", "spec.yaml"], in: spec.deletingLastPathComponent())
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
        #expect(quiet.stdout == out.stdout)
    }

    @Test func checkWithGitHubPrintsOnlyWorkflowCommandsOnStandardOutput() throws {
        let spec = try Self.spec()
        try EmitFixtures.replace("  items_per_hit: 5\n", with: "  items_per_hit: 5\n  itmes: 3\n", in: spec)
        let out = try runHITC(["check", "--diagnostics-format", "github", "spec.yaml"], in: spec.deletingLastPathComponent())
        #expect(out.status == 1)
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") }, "\(out.stdout)")
        #expect(out.stderr.hasSuffix("1 spec checked: 1 error, 0 warnings\n"), "\(out.stderr)")
    }

    @Test(arguments: ["json", "github"])
    func buildPrintsItsBuiltLineOnStandardErrorWithAMachineFormat(_ format: String) throws {
        let spec = try Self.spec()
        let output = Paths.temporaryDirectory()
        let out = try runHITC(["build", "--diagnostics-format", format, "-o", output.path, "spec.yaml"], in: spec.deletingLastPathComponent())
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == (format == "json" ? "[\n\n]\n" : ""), "stdout: only the (empty) machine output")
        if format == "json" { #expect(try EmitFixtures.jsonDiagnostics(out).isEmpty) }
        #expect(out.stderr.hasPrefix("built \(output.path)/grocery-search-relevance/ ("), "\(out.stderr)")
        #expect(out.stderr.hasSuffix(" bytes)\n"))
        let text = try runHITC(["build", "-o", output.path, "spec.yaml"], in: spec.deletingLastPathComponent())
        #expect(text.stdout.hasPrefix("built \(output.path)/grocery-search-relevance/ ("), "text: the summary on standard output")
        #expect(text.stderr.isEmpty, "\(text.stderr)")
    }
}
