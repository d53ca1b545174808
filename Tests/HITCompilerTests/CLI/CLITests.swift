import Foundation
import Testing
@testable import HITCompiler

/// Runs the built `hitc` binary and checks stdout, stderr and the exit code.
@Suite(.serialized)
struct CLITests {
    /// A crash prints a backtrace or a fatal-error line; none may ever appear.
    func expectNoCrash(_ out: ProcessOutput) {
        for marker in ["Fatal error", "Stack dump", "backtrace", "Segmentation fault", "Illegal instruction"] {
            #expect(!out.stderr.contains(marker), "crash marker '\(marker)' in stderr: \(out.stderr)")
        }
        #expect(out.status < 128, "killed by a signal: \(out.status)")
    }

    @Test func versionPrintsTheVersion() throws {
        let out = try runHITC(["--version"])
        #expect(out.status == 0)
        #expect(out.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == HITCVersion.current)
    }

    @Test func examplesCheckCleanWithChecklist() throws {
        for spec in Paths.exampleSpecs {
            let out = try runHITC(["check", spec.path])
            #expect(out.status == 0, "\(spec.path): \(out.stderr)")
            #expect(out.stderr.isEmpty, "\(spec.path) printed diagnostics: \(out.stderr)")
            #expect(out.stdout.contains("Pre-flight checklist for \(spec.path):"))
            #expect(out.stdout.contains("1 spec checked: 0 errors, 0 warnings"), "\(out.stdout)")
            #expect(out.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("  [x]") }.count == 7, "\(out.stdout)")
        }
    }

    @Test func missingFileIsAnErrorWithExitOne() throws {
        let out = try runHITC(["check", "no-such-spec.yaml"])
        #expect(out.status == 1)
        #expect(out.stderr.hasPrefix("no-such-spec.yaml: error: no such file [E0001]"))
        expectNoCrash(out)
    }

    @Test func noArgumentsIsAUsageError() throws {
        let out = try runHITC(["check"])
        #expect(out.status == 64)
        let unknown = try runHITC(["check", "--no-such-flag", "x.yaml"])
        #expect(unknown.status == 64)
        let format = try runHITC(["check", "--diagnostics-format", "xml", "x.yaml"])
        #expect(format.status == 64)
    }

    /// A spec with one error and one warning, in a temporary folder.
    func brokenSpec() throws -> URL {
        let folder = Paths.temporaryDirectory()
        let source = try String(contentsOf: Paths.root.appendingPathComponent("Specs/grocery-search-relevance/spec.yaml"), encoding: .utf8)
        // An unknown key (error) and a removed changelog entry for the version (warning).
        let broken = source.replacingOccurrences(of: "      max_length: 300\n", with: "      max_length: 300\n      requried: true\n")
            .replacingOccurrences(of: "version: 1.3.0\ntitle", with: "version: 1.3.1\ntitle")
        try FileManager.default.copyItem(at: Paths.root.appendingPathComponent("Specs/grocery-search-relevance/data"),
                                         to: folder.appendingPathComponent("data"))
        try FileManager.default.copyItem(at: Paths.root.appendingPathComponent("Specs/grocery-search-relevance/guidelines"),
                                         to: folder.appendingPathComponent("guidelines"))
        let url = folder.appendingPathComponent("spec.yaml")
        try broken.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func textDiagnosticsQuoteTheLineWithACaret() throws {
        let spec = try brokenSpec()
        let out = try runHITC(["check", spec.path])
        #expect(out.status == 1)
        #expect(out.stderr.contains(": error: unknown key 'requried' in question 'reason' [E0103]"), "\(out.stderr)")
        #expect(out.stderr.contains("requried: true\n"))
        #expect(out.stderr.contains("|       ^~~~~~~~\n"), "\(out.stderr)")
        #expect(out.stderr.contains("note: did you mean 'required'?"))
        #expect(out.stderr.contains("warning: the guidelines' changelog has no entry for version 1.3.1 [W0011]"))
        #expect(!out.stderr.contains("\u{1B}["), "colour on a pipe")
        #expect(out.stdout.contains("1 spec checked: 1 error, 1 warning"), "\(out.stdout)")
    }

    @Test func colorAlwaysColours() throws {
        let out = try runHITC(["check", "--color", "always", try brokenSpec().path])
        #expect(out.stderr.contains("\u{1B}[1;31merror"))
    }

    @Test func jsonDiagnosticsAreAnArrayWithStableFields() throws {
        let out = try runHITC(["check", "--diagnostics-format", "json", try brokenSpec().path])
        #expect(out.status == 1)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        let first = try #require(array.first)
        #expect(Set(first.keys) == ["file", "line", "column", "range", "severity", "code", "message", "notes", "fixits"])
        #expect(first["code"] as? String == "W0011" || first["code"] as? String == "E0103")
        let error = try #require(array.first { $0["code"] as? String == "E0103" })
        #expect(error["severity"] as? String == "error")
        let fixits = try #require(error["fixits"] as? [[String: Any]])
        #expect(fixits.first?["replacement"] as? String == "required")
    }

    @Test func githubFormatPrintsWorkflowCommands() throws {
        let spec = try brokenSpec()
        let out = try runHITC(["check", "--diagnostics-format", "github", spec.path])
        #expect(out.status == 1)
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("::error file=\(spec.path),line=") && $0.contains("unknown key 'requried'") })
        #expect(lines.contains { $0.hasPrefix("::warning file=") && $0.contains("[W0011]") })
    }

    @Test func warningsAsErrorsFailsOnAWarning() throws {
        let spec = try brokenSpec()
        let fixed = try String(contentsOf: spec, encoding: .utf8).replacingOccurrences(of: "      requried: true\n", with: "")
        try fixed.write(to: spec, atomically: true, encoding: .utf8)
        let plain = try runHITC(["check", spec.path])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stderr.contains("warning:"))
        let strict = try runHITC(["check", "--warnings-as-errors", spec.path])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("error: the guidelines' changelog"))
    }

    @Test func initWritesASpecThatChecksClean() throws {
        let folder = Paths.temporaryDirectory().appendingPathComponent("Review Sentiment")
        let out = try runHITC(["init", folder.path])
        #expect(out.status == 0, "\(out.stderr)")
        let check = try runHITC(["check", folder.appendingPathComponent("spec.yaml").path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.isEmpty, "init's spec has diagnostics: \(check.stderr)")
        let spec = try String(contentsOf: folder.appendingPathComponent("spec.yaml"), encoding: .utf8)
        #expect(spec.contains("id: review-sentiment"))
        let again = try runHITC(["init", folder.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
    }

    @Test func schemaIsJSON() throws {
        let out = try runHITC(["schema"])
        #expect(out.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(object["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
    }

    @Test func hostileInputsFailFastWithoutCrashing() throws {
        let folder = Paths.temporaryDirectory()
        var cases: [(String, Data, String)] = []
        cases.append(("big.yaml", Data(repeating: UInt8(ascii: "a"), count: 50 << 20), "E0002"))
        cases.append(("binary.yaml", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }), "E0003"))
        cases.append(("empty.yaml", Data(), "E0005"))
        cases.append(("deep.yaml", Data(String(repeating: "[", count: 200_000).utf8), "E0011"))
        let bomb = (1...9).map { i in "l\(i): &l\(i) [" + Array(repeating: "*l\(i - 1)", count: 9).joined(separator: ", ") + "]" }
        cases.append(("bomb.yaml", Data(("l0: &l0 [lol]\n" + bomb.joined(separator: "\n") + "\n").utf8), "E0010"))
        cases.append(("tabs.yaml", Data("hitc: 1\ndata:\n\tfields: {}\n".utf8), "E0004"))
        for (name, data, code) in cases {
            let url = folder.appendingPathComponent(name)
            try data.write(to: url)
            let out = try runHITC(["check", url.path])
            #expect(out.status == 1, "\(name)")
            #expect(out.stderr.contains("[\(code)]"), "\(name): \(out.stderr.prefix(500))")
            expectNoCrash(out)
        }
        let directory = try runHITC(["check", folder.path])
        #expect(directory.status == 1)
        #expect(directory.stderr.contains("is a directory"))
    }
}
