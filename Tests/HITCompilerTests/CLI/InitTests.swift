import Foundation
import Testing
@testable import HITCompiler

/// `hitc init` writes its scaffold all or nothing (`ScaffoldWriter`): any
/// target already there, a dangling symlink included, stops it before it
/// writes, and a failure while writing removes what it wrote.
@Suite struct InitTests {
    /// Every file and folder under `folder`, relative, sorted (symlinks not followed).
    static func entries(_ folder: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return walker.compactMap { $0 as? String }.sorted()
    }

    @Test func aDanglingSymlinkAtTheLastFileStopsInitBeforeItWritesAnything() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("hitc.schema.json").path,
                                                   withDestinationPath: "/nonexistent")
        let out = try runHITC(["init", "."], in: folder)
        #expect(out.status == 1)
        #expect(out.stdout.isEmpty)
        #expect(out.stderr == "hitc: error: './hitc.schema.json' already exists; not overwriting anything\n")
        #expect(try Self.entries(folder) == ["hitc.schema.json"])
    }

    @Test func aDanglingSymlinkWhereAFolderGoesStopsInit() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("guidelines").path,
                                                   withDestinationPath: "/nonexistent")
        let out = try runHITC(["init", "."], in: folder)
        #expect(out.status == 1)
        #expect(out.stderr == "hitc: error: './guidelines' exists and is not a folder; not writing anything\n")
        #expect(try Self.entries(folder) == ["guidelines"])
    }

    @Test func aFailureWhileWritingRemovesWhatWasWritten() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("task").path
        struct DiskFull: Error, CustomStringConvertible {
            var description: String { "No space left on device" }
        }
        var calls = 0
        #expect(throws: ScaffoldWriter.Failure.cannotWrite(target + "/guidelines/sentiment.md",
                                                           "No space left on device")) {
            try ScaffoldWriter.write(Scaffold.files(id: "task"), into: target) { path, bytes in
                calls += 1
                // The fourth file fails, as a full disk would make it.
                if calls == 4 { throw DiskFull() }
                try ScaffoldWriter.writeNew(path, bytes)
            }
        }
        #expect(calls == 4)
        #expect(try Self.entries(folder).isEmpty)
    }

    @Test func intoAnEmptyFolderEveryFileIsWritten() throws {
        let folder = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try ScaffoldWriter.write(Scaffold.files(id: "task"), into: folder.path)
        #expect(written.map { String($0.dropFirst(folder.path.count + 1)) }
                == ["spec.yaml", "data/sample.csv", "data/gold.csv", "guidelines/sentiment.md", "hitc.schema.json"])
        #expect(try Self.entries(folder) == ["data", "data/gold.csv", "data/sample.csv", "guidelines",
                                             "guidelines/sentiment.md", "hitc.schema.json", "spec.yaml"])
    }
}
