import Foundation
import Testing
@testable import HITCompiler
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `hitc build` on the command line: `--max-spec-bytes` as in `check` (and
/// `batch` and `aggregate`), and the
/// checklist summary on a terminal only (issue 9: the README and cli.md claims).
@Suite(.serialized)
struct EmitBuildCLITests {
    static let grocery = Paths.specs.appendingPathComponent("grocery-search-relevance/spec.yaml")

    @Test func buildTakesMaxSpecBytesLikeCheck() throws {
        let out = Paths.temporaryDirectory()
        let size = try #require(try FileManager.default.attributesOfItem(atPath: Self.grocery.path)[.size] as? Int)
        let small = try runHITC(["build", "--max-spec-bytes", "1000", "-o", out.path, Self.grocery.path])
        #expect(small.status == 1)
        #expect(small.stderr.contains("\(Self.grocery.path): error: file is \(size) bytes; a spec may be at most 1000 bytes [E0002]"),
                "\(small.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
        let large = try runHITC(["build", "--max-spec-bytes", "\(size)", "-o", out.path, Self.grocery.path])
        #expect(large.status == 0, "\(large.stderr)")
        let check = try runHITC(["check", "-q", "--max-spec-bytes", "1000", Self.grocery.path])
        #expect(check.status == 1 && check.stderr.contains("[E0002]"))
        // batch and aggregate check the spec first, with the same limit.
        let batch = try runHITC(["batch", "--max-spec-bytes", "1000", Self.grocery.path, "--data", "absent.csv", "-o", out.path])
        #expect(batch.status == 1 && batch.stderr.contains("at most 1000 bytes [E0002]"), "\(batch.stderr)")
        let aggregate = try runHITC(["aggregate", "--max-spec-bytes", "1000", Self.grocery.path, "--results", "absent.csv",
                                     "-o", out.path])
        #expect(aggregate.status == 1 && aggregate.stderr.contains("at most 1000 bytes [E0002]"), "\(aggregate.stderr)")
        for command in ["build", "check"] {
            let zero = try runHITC([command, "--max-spec-bytes", "0", Self.grocery.path])
            #expect(zero.status == 64)
            #expect(zero.stderr.contains("--max-spec-bytes must be at least 1"), "\(zero.stderr)")
        }
    }

    @Test func withoutATerminalBuildPrintsOneLinePerBundle() throws {
        let out = Paths.temporaryDirectory()
        let run = try runHITC(["build", "-o", out.path] + Paths.exampleSpecs.map(\.path))
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == Paths.exampleSpecs.count + 1 && lines.last == "")
        for line in lines.dropLast() {
            #expect(line.wholeMatch(of: /built .+\/ \([0-9]+ files, [0-9]+ bytes\)/) != nil, "\(line)")
        }
    }

    @Test func buildNamesTheBundleByTheOutputPathAsGiven() throws {
        let folder = Paths.temporaryDirectory()
        let run = try runHITC(["build", "-o", "out", Self.grocery.path], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("built out/grocery-search-relevance/ (9 files, "), "\(run.stdout)")
    }

    @Test func onATerminalBuildSummarisesTheChecklist() throws {
        let out = Paths.temporaryDirectory()
        let done = try runOnATerminal(["build", "-o", out.path, Self.grocery.path])
        #expect(done == "built \(out.path)/grocery-search-relevance/ (9 files, \(try bundleBytes(out)) bytes)\n  checklist: all 7 steps done\n")

        let spec = try EmitFixtures.copyExample("grocery-search-relevance")
        try EmitFixtures.replace("  prior_work: 2020 ad-hoc audits used a 3-point scale; kept as a baseline.\n", with: "", in: spec)
        let open = try runOnATerminal(["build", "-o", out.path, spec.path])
        #expect(open.hasSuffix("""
            checklist: 6 of 7 steps done; still open:
                1. Know what was done before: no 'use_case.prior_work'

            """), "\(open)")
        // Quiet, or another diagnostics format: no summary.
        #expect(try runOnATerminal(["build", "-q", "-o", out.path, spec.path]) == "")
        #expect(!(try runOnATerminal(["build", "--diagnostics-format", "json", "-o", out.path, spec.path]).contains("checklist")))
    }

    /// The total size of the files the bundle lists, as the `built` line counts it.
    func bundleBytes(_ out: URL) throws -> Int {
        let manifest = try Data(contentsOf: out.appendingPathComponent("grocery-search-relevance/manifest.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: manifest) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        return files.compactMap { $0["bytes"] as? Int }.reduce(manifest.count, +)
    }

    /// Runs `hitc` with standard output on a pseudo-terminal; returns what it wrote (line ends as `\n`).
    func runOnATerminal(_ arguments: [String]) throws -> String {
        let master = Terminal.openpt(O_RDWR | O_NOCTTY)
        try #require(master >= 0 && Terminal.grantpt(master) == 0 && Terminal.unlockpt(master) == 0)
        defer { close(master) }
        let slavePath = String(cString: try #require(Terminal.ptsname(master)))
        let slave = open(slavePath, O_RDWR | O_NOCTTY)
        try #require(slave >= 0)
        let process = Process()
        process.executableURL = Paths.hitcBinary
        process.arguments = arguments
        process.standardOutput = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        close(slave)
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        #expect(process.terminationStatus == 0)
        return String(decoding: output, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }
}

/// The pseudo-terminal calls of `<stdlib.h>`: Swift's Glibc module leaves them out
/// (they need `_XOPEN_SOURCE`), so on Linux they are looked up by name.
enum Terminal {
    #if canImport(Darwin)
    static func openpt(_ flags: Int32) -> Int32 { posix_openpt(flags) }
    static func grantpt(_ fd: Int32) -> Int32 { Darwin.grantpt(fd) }
    static func unlockpt(_ fd: Int32) -> Int32 { Darwin.unlockpt(fd) }
    static func ptsname(_ fd: Int32) -> UnsafeMutablePointer<CChar>? { Darwin.ptsname(fd) }
    #else
    private static func function<T>(_ name: String, _ type: T.Type) -> T? {
        guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, name) else { return nil }
        return unsafeBitCast(symbol, to: type)
    }
    private typealias IntCall = @convention(c) (Int32) -> Int32
    private typealias NameCall = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
    static func openpt(_ flags: Int32) -> Int32 { function("posix_openpt", IntCall.self)?(flags) ?? -1 }
    static func grantpt(_ fd: Int32) -> Int32 { function("grantpt", IntCall.self)?(fd) ?? -1 }
    static func unlockpt(_ fd: Int32) -> Int32 { function("unlockpt", IntCall.self)?(fd) ?? -1 }
    static func ptsname(_ fd: Int32) -> UnsafeMutablePointer<CChar>? { function("ptsname", NameCall.self)?(fd) }
    #endif
}
