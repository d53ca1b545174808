import Foundation
import Testing
@testable import HITCompiler

/// Only regular files are read (`InputFile`): a FIFO would block the read
/// forever, a device such as `/dev/zero` would never end. Each is refused,
/// named for what it is, with exit 1, well within the run's time limit.
@Suite(.serialized)
struct InputFileCLITests {
    /// Seconds a refusal may take; reading a FIFO or `/dev/zero` would take forever.
    static let limit = 15.0

    /// A folder holding the scaffold of `hitc init` in `task/` (a spec with a
    /// sample, a gold file and a section file), the folder the commands run in.
    static func scaffold() throws -> URL {
        let folder = Paths.temporaryDirectory()
        let out = try runHITC(["init", "task"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        return folder
    }

    /// Replaces `path` (relative to `folder`) by a FIFO that nobody writes to.
    static func fifo(_ path: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(path)
        try? FileManager.default.removeItem(at: url)
        #expect(mkfifo(url.path, 0o600) == 0)
    }

    /// Replaces `path` (relative to `folder`) by a symlink to `/dev/zero`.
    static func zero(_ path: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(path)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: "/dev/zero")
    }

    static func expectRefused(_ arguments: [String], in folder: URL, stderr expected: String) throws {
        let out = try runHITC(arguments, in: folder, timeout: limit)
        #expect(out.status == 1)
        #expect(out.stderr == expected)
    }

    @Test func aFIFOAsTheSpecIsRefused() throws {
        let folder = try Self.scaffold()
        try Self.fifo("pipe.yaml", in: folder)
        try Self.expectRefused(["check", "pipe.yaml"], in: folder,
                               stderr: "pipe.yaml: error: is a FIFO (named pipe), not a regular file [E0001]\n")
    }

    @Test func aSymlinkToDevZeroAsTheSpecIsRefused() throws {
        let folder = try Self.scaffold()
        try Self.zero("zero.yaml", in: folder)
        try Self.expectRefused(["check", "zero.yaml"], in: folder,
                               stderr: "zero.yaml: error: is a character device, not a regular file [E0001]\n")
        try Self.expectRefused(["build", "zero.yaml", "-o", "out"], in: folder,
                               stderr: "zero.yaml: error: is a character device, not a regular file [E0001]\n")
    }

    @Test func aFIFOOrDevZeroAsBatchDataIsRefused() throws {
        let folder = try Self.scaffold()
        try Self.fifo("pipe.csv", in: folder)
        try Self.expectRefused(["batch", "task/spec.yaml", "--data", "pipe.csv", "-o", "b"], in: folder,
                               stderr: "pipe.csv: error: data file 'pipe.csv' is a FIFO (named pipe), not a regular file [E0402]\n")
        try Self.zero("zero.csv", in: folder)
        try Self.expectRefused(["batch", "task/spec.yaml", "--data", "zero.csv", "-o", "b"], in: folder,
                               stderr: "zero.csv: error: data file 'zero.csv' is a character device, not a regular file [E0402]\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("b").path))
    }

    @Test func aFIFOOrDevZeroAsResultsIsRefused() throws {
        let folder = try Self.scaffold()
        try Self.fifo("results.csv", in: folder)
        try Self.expectRefused(["aggregate", "task/spec.yaml", "--results", "results.csv", "-o", "a"], in: folder,
                               stderr: "results.csv: error: results file 'results.csv' is a FIFO (named pipe), not a regular file [E0402]\n")
        try Self.zero("zero.csv", in: folder)
        try Self.expectRefused(["aggregate", "task/spec.yaml", "--results", "zero.csv", "-o", "a"], in: folder,
                               stderr: "zero.csv: error: results file 'zero.csv' is a character device, not a regular file [E0402]\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("a").path))
    }

    @Test func aFIFOAsASectionFileIsRefusedAtItsReference() throws {
        let folder = try Self.scaffold()
        try Self.fifo("task/guidelines/sentiment.md", in: folder)
        let out = try runHITC(["check", "task/spec.yaml"], in: folder, timeout: Self.limit)
        #expect(out.status == 1)
        #expect(out.stderr == """
            task/spec.yaml:58:13: error: section file 'task/guidelines/sentiment.md' is a FIFO (named pipe), not a regular file [E0402]
              58 |       file: guidelines/sentiment.md
                 |             ^~~~~~~~~~~~~~~~~~~~~~~

            """)
        let build = try runHITC(["build", "task/spec.yaml", "-o", "out"], in: folder, timeout: Self.limit)
        #expect(build.status == 1)
        #expect(build.stderr.contains("[E0402]"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func aFIFOAsTheSampleFileIsRefused() throws {
        let folder = try Self.scaffold()
        try Self.fifo("task/data/sample.csv", in: folder)
        let out = try runHITC(["check", "task/spec.yaml"], in: folder, timeout: Self.limit)
        #expect(out.status == 1)
        #expect(out.stderr == "task/data/sample.csv: error: data file 'task/data/sample.csv' is a FIFO (named pipe), not a regular file [E0402]\n")
    }
}
