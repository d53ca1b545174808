import Foundation
import Testing
@testable import HITCompiler

/// Every command that checks a spec (`check`, `build`, `batch`, `aggregate`)
/// takes the same diagnostic options and treats `--warnings-as-errors` the same
/// way: a warning stops it with exit status 1 and nothing written (issue 10, item 4).
@Suite(.serialized)
struct CLIWarningsAsErrorsTests {
    /// A copy of the grocery example: `spec.yaml` clean, `warned.yaml` the same
    /// spec with one warning (W0011: no changelog entry for its version),
    /// `results.csv` clean answers and `repeated.csv` answers with a repeat (W0017).
    static func folder() throws -> URL {
        let folder = Paths.temporaryDirectory()
        let source = Paths.specs.appendingPathComponent("grocery-search-relevance")
        for entry in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(entry), to: folder.appendingPathComponent(entry))
        }
        let spec = try String(contentsOf: folder.appendingPathComponent("spec.yaml"), encoding: .utf8)
        let warned = spec.replacingOccurrences(of: "version: 1.3.0\ntitle", with: "version: 1.3.1\ntitle")
        #expect(warned != spec)
        try warned.write(to: folder.appendingPathComponent("warned.yaml"), atomically: true, encoding: .utf8)
        let results = """
            item,worker,question,answer,seconds,assignment
            a1,w1,relevance,exact,30,s1
            a1,w2,relevance,exact,31,s2
            a2,w1,relevance,irrelevant,30,s1
            a2,w2,relevance,substitute,31,s2

            """
        try results.write(to: folder.appendingPathComponent("results.csv"), atomically: true, encoding: .utf8)
        try (results + "a1,w1,relevance,exact,30,s1\n").write(to: folder.appendingPathComponent("repeated.csv"),
                                                             atomically: true, encoding: .utf8)
        return folder
    }

    /// The four commands on `spec`, each writing (if it writes) into `output`.
    static func commands(spec: String, output: String) -> [(name: String, arguments: [String], writes: Bool)] {
        [
            ("check", ["check", spec], false),
            ("build", ["build", "-o", output, spec], true),
            ("batch", ["batch", spec, "--data", "data/sample.csv", "-o", output], true),
            ("aggregate", ["aggregate", spec, "--results", "results.csv", "-o", output], true),
        ]
    }

    static func exists(_ path: String, in folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path)
    }

    @Test func aWarningInTheSpecStopsEveryCommandWithWarningsAsErrors() throws {
        let folder = try Self.folder()
        for (name, arguments, writes) in Self.commands(spec: "warned.yaml", output: "plain-out") {
            let plain = try runHITC(arguments, in: folder)
            #expect(plain.status == 0, "\(name): \(plain.stderr)")
            if writes { #expect(Self.exists("plain-out", in: folder), "\(name) wrote nothing") }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent("plain-out"))
        }
        for (name, arguments, writes) in Self.commands(spec: "warned.yaml", output: "strict-out") {
            let strict = try runHITC(arguments + ["--warnings-as-errors"], in: folder)
            #expect(strict.status == 1, "\(name): \(strict.stderr)")
            #expect(strict.stderr.contains("warned.yaml:3:10: error: the guidelines' changelog"), "\(name): \(strict.stderr)")
            #expect(strict.stderr.contains("[W0011]"), "\(name): \(strict.stderr)")
            if writes {
                #expect(!Self.exists("strict-out", in: folder), "\(name) wrote its output despite the warning")
                #expect(strict.stdout.isEmpty, "\(name): \(strict.stdout)")
            }
        }
    }

    @Test func aWarningInTheResultsStopsAggregateWithWarningsAsErrors() throws {
        let folder = try Self.folder()
        let plain = try runHITC(["aggregate", "spec.yaml", "--results", "repeated.csv", "-o", "plain-out"], in: folder)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stderr.contains("warning: ") && plain.stderr.contains("[W0017]"), "\(plain.stderr)")
        #expect(Self.exists("plain-out/labels.csv", in: folder))
        let strict = try runHITC(["aggregate", "spec.yaml", "--results", "repeated.csv", "-o", "strict-out", "--warnings-as-errors"],
                                 in: folder)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("repeated.csv:6:") && strict.stderr.contains("error: ") && strict.stderr.contains("[W0017]"),
                "\(strict.stderr)")
        #expect(strict.stdout.isEmpty, "\(strict.stdout)")
        #expect(!Self.exists("strict-out", in: folder))
    }

    @Test func everyCommandTakesTheSameDiagnosticOptions() throws {
        let folder = try Self.folder()
        let shared = ["--diagnostics-format", "json", "--quiet", "--color", "never", "--max-spec-bytes", "100000", "--warnings-as-errors"]
        for (name, arguments, writes) in Self.commands(spec: "warned.yaml", output: "json-out") {
            let run = try runHITC(arguments + shared, in: folder)
            #expect(run.status == 1, "\(name): \(run.stderr)")
            // With json, standard output is one JSON document; with --quiet, standard error holds nothing.
            #expect(run.stderr.isEmpty, "\(name): \(run.stderr)")
            let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]
            let codes = (document ?? []).map { "\($0["severity"] ?? "")/\($0["code"] ?? "")" }
            #expect(codes == ["error/W0011"], "\(name): \(run.stdout)")
            if writes { #expect(!Self.exists("json-out", in: folder), "\(name)") }
        }
        for (name, arguments, _) in Self.commands(spec: "spec.yaml", output: "small-out") {
            let small = try runHITC(arguments + ["--max-spec-bytes", "100"], in: folder)
            #expect(small.status == 1 && small.stderr.contains("a spec may be at most 100 bytes [E0002]"), "\(name): \(small.stderr)")
            #expect(!Self.exists("small-out", in: folder), "\(name)")
            let zero = try runHITC(arguments + ["--max-spec-bytes", "0"], in: folder)
            #expect(zero.status == 64 && zero.stderr.contains("--max-spec-bytes must be at least 1"), "\(name): \(zero.stderr)")
        }
    }
}
