import Foundation
import Testing
@testable import HITCompiler

/// `hitc diff REV:path FILE`: the old spec and the files it names are read
/// from a git revision (a temporary repository made here); hostile revisions
/// and paths are refused with a located error, and none runs as a git option.
@Suite(.serialized)
struct DiffRevisionTests {
    /// Runs git in `folder`; fails the test when git does.
    @discardableResult
    static func git(_ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=hitc", "-c", "user.email=hitc@example.com", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        if process.terminationStatus != 0 { Issue.record("git \(arguments) failed: \(text)") }
        return text
    }

    static let base = try! String(contentsOf: DiffCorpusTests.corpus.appendingPathComponent("identical/old.yaml"), encoding: .utf8)

    /// A repository whose first commit holds `tasks/spec.yaml` (the corpus' base spec with gold) and its gold file.
    static func repository() throws -> URL {
        let root = Paths.temporaryDirectory()
        let tasks = root.appendingPathComponent("tasks")
        try FileManager.default.createDirectory(at: tasks.appendingPathComponent("data"), withIntermediateDirectories: true)
        let spec = base.replacingOccurrences(of: "  judgments_per_item: 3\n", with: "  judgments_per_item: 3\n  gold: { file: data/gold.csv, per_hit: 1 }\n")
        try spec.write(to: tasks.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        try "review_id,review,sentiment\ng1,Lovely,positive\ng2,Awful,negative\n"
            .write(to: tasks.appendingPathComponent("data/gold.csv"), atomically: true, encoding: .utf8)
        try git(["init", "-q", "-b", "main"], in: root)
        try git(["add", "."], in: root)
        try git(["commit", "-q", "-m", "v1"], in: root)
        return root
    }

    @Test func comparesTheWorkingSpecWithACommittedOneIncludingItsGoldFile() throws {
        let root = try Self.repository()
        let tasks = root.appendingPathComponent("tasks")
        let gold = tasks.appendingPathComponent("data/gold.csv")
        try "review_id,review,sentiment\ng1,Lovely,positive\ng2,Awful,neutral\n".write(to: gold, atomically: true, encoding: .utf8)
        let out = try runHITC(["diff", "main:tasks/spec.yaml", "tasks/spec.yaml", "--color", "never"], in: root)
        #expect(out.status == 1, "a label-defining change without a new version fails the lint: \(out.stderr)")
        #expect(out.stderr.contains("tasks/spec.yaml:"), "\(out.stderr)")
        #expect(out.stderr.contains("warning: the gold answers changed: 1 item with other expected answers (first 'g2') [W0901]"), "\(out.stderr)")
        #expect(out.stderr.contains("(main:tasks/spec.yaml:"), "the note points into the committed spec: \(out.stderr)")
        #expect(out.stderr.contains("[E0902]"), "version 1.0.0 not raised: \(out.stderr)")
        #expect(out.stdout == "0 breaking, 1 needs review, 0 cosmetic; 1 version lint error\n", "\(out.stdout)")
        // A path relative to the other spec's folder works too (`./`), and the same revision compares clean.
        let same = try runHITC(["diff", "HEAD:./spec.yaml", "spec.yaml", "-q"], in: tasks)
        #expect(same.status == 1)
        try Self.git(["checkout", "-q", "--", "tasks/data/gold.csv"], in: root)
        let clean = try runHITC(["diff", "HEAD:tasks/spec.yaml", "tasks/spec.yaml"], in: root)
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stdout == "0 breaking, 0 needs review, 0 cosmetic\n")
    }

    @Test func aSectionFileIsReadFromTheRevisionAndItsTextCompared() throws {
        let root = try Self.repository()
        let tasks = root.appendingPathComponent("tasks")
        let spec = Self.base.replacingOccurrences(of: "      body: The stars the writer would give, from 1 (hated it) to 5 (loved it).",
                                                  with: "      file: stars.md")
        try spec.write(to: tasks.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        try "The stars the writer would give.\n".write(to: tasks.appendingPathComponent("stars.md"), atomically: true, encoding: .utf8)
        try Self.git(["add", "."], in: root)
        try Self.git(["commit", "-q", "-m", "section file"], in: root)
        let same = try runHITC(["diff", "HEAD:tasks/spec.yaml", "tasks/spec.yaml"], in: root)
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout == "0 breaking, 0 needs review, 0 cosmetic\n", "the committed section file was read: \(same.stdout) \(same.stderr)")
        try "The stars the writer would give; 3 when unsure.\n".write(to: tasks.appendingPathComponent("stars.md"), atomically: true, encoding: .utf8)
        let changed = try runHITC(["diff", "HEAD:tasks/spec.yaml", "tasks/spec.yaml", "--color", "never"], in: root)
        #expect(changed.status == 1, "label-defining without a new version: \(changed.stderr)")
        #expect(changed.stderr.contains("warning: the text of guideline section 'Stars' (its file 'stars.md'), which defines the labels, changed [W0901]"), "\(changed.stderr)")
    }

    @Test func aCommittedSpecWithErrorsIsReportedUnderItsRevisionName() throws {
        let root = try Self.repository()
        let spec = root.appendingPathComponent("tasks/spec.yaml")
        try Self.base.replacingOccurrences(of: "  key: review_id", with: "  key: nope").write(to: spec, atomically: true, encoding: .utf8)
        try Self.git(["commit", "-q", "-am", "broken"], in: root)
        try Self.base.write(to: spec, atomically: true, encoding: .utf8)
        let out = try runHITC(["diff", "HEAD:tasks/spec.yaml", "tasks/spec.yaml", "--color", "never"], in: root)
        #expect(out.status == 1)
        #expect(out.stderr.contains("HEAD:tasks/spec.yaml:15:8: error: 'data.key' names field 'nope'"), "\(out.stderr)")
        #expect(out.stderr.contains("[E0301]"))
        #expect(!out.stderr.contains("hitc-diff-"), "no temporary path leaks: \(out.stderr)")
        #expect(out.stdout.hasPrefix("nothing compared: 1 error in the specs"), "\(out.stdout)")
    }

    @Test func missingRevisionsPathsAndTreesAreLocatedErrors() throws {
        let root = try Self.repository()
        let cases: [(String, String)] = [
            ("nosuchrev:tasks/spec.yaml", "nosuchrev:tasks/spec.yaml: error: git cannot read it: "),
            ("main:tasks/missing.yaml", "main:tasks/missing.yaml: error: git cannot read it: "),
            ("main:tasks", "main:tasks: error: git cannot read it: 'main:tasks' is a tree, not a file [E0001]"),
            ("main:../outside.yaml", "main:../outside.yaml: error: the path must be relative to the repository, without '..' [E0001]"),
            ("main:/etc/passwd", "main:/etc/passwd: error: the path must be relative to the repository, without '..' [E0001]"),
            (":tasks/spec.yaml", ":tasks/spec.yaml: error: no revision before ':'"),
        ]
        for (argument, expected) in cases {
            let out = try runHITC(["diff", argument, "tasks/spec.yaml", "--color", "never"], in: root)
            #expect(out.status == 1, "\(argument): \(out.stderr)")
            #expect(out.stderr.hasPrefix(expected), "\(argument): \(out.stderr)")
        }
    }

    @Test func aRevisionThatLooksLikeAnOptionNeverReachesGit() throws {
        let root = try Self.repository()
        let target = root.appendingPathComponent("x-written")
        // After `--`, the argument is a revision: refused before git runs.
        let out = try runHITC(["diff", "--color", "never", "--", "--output=\(target.path):tasks/spec.yaml", "tasks/spec.yaml"], in: root)
        #expect(out.status == 1, "\(out.stderr)")
        #expect(out.stderr.contains("error: a revision must not start with '-' (it would be read as an option of git) [E0001]"), "\(out.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
        // Without `--`, the argument parser refuses it as an unknown option: a usage error.
        let usage = try runHITC(["diff", "--output=\(target.path):tasks/spec.yaml", "tasks/spec.yaml"], in: root)
        #expect(usage.status == 64, "\(usage.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
        // A control character in the revision is refused too.
        let control = try runHITC(["diff", "--color", "never", "ma\u{1B}in:tasks/spec.yaml", "tasks/spec.yaml"], in: root)
        #expect(control.status == 1)
        #expect(control.stderr.contains("control character"), "\(control.stderr)")
        #expect(!control.stderr.contains("\u{1B}"), "escaped on the terminal")
    }

    @Test func hugeAndBinaryCommittedFilesAreRefusedWithoutCrash() throws {
        let root = try Self.repository()
        let tasks = root.appendingPathComponent("tasks")
        var binary = Data([0x68, 0x69, 0x74, 0x63, 0x3A, 0x20, 0x31, 0x0A, 0x00, 0xFF, 0xFE])
        binary.append(Data(repeating: 0x80, count: 4096))
        try binary.write(to: tasks.appendingPathComponent("binary.yaml"))
        try String(repeating: "# padding line of a huge spec\n", count: 40_000).write(to: tasks.appendingPathComponent("huge.yaml"), atomically: true, encoding: .utf8)
        try Self.git(["add", "."], in: root)
        try Self.git(["commit", "-q", "-m", "hostile"], in: root)
        let bin = try runHITC(["diff", "HEAD:tasks/binary.yaml", "tasks/spec.yaml", "--color", "never"], in: root)
        #expect(bin.status == 1)
        #expect(bin.stderr.hasPrefix("HEAD:tasks/binary.yaml:"), "\(bin.stderr)")
        #expect(bin.stderr.contains("[E0003]"), "invalid UTF-8: \(bin.stderr)")
        let huge = try runHITC(["diff", "HEAD:tasks/huge.yaml", "tasks/spec.yaml", "--color", "never", "--max-spec-bytes", "100000"], in: root)
        #expect(huge.status == 1)
        #expect(huge.stderr.hasPrefix("HEAD:tasks/huge.yaml: error: file is 1200000 bytes; a spec may be at most 100000 bytes [E0002]"), "\(huge.stderr)")
        // A huge file on disk is refused by the same limit.
        let hugeFile = try runHITC(["diff", "tasks/huge.yaml", "tasks/spec.yaml", "--color", "never", "--max-spec-bytes", "100000"], in: root)
        #expect(hugeFile.status == 1)
        #expect(hugeFile.stderr.contains("[E0002]"), "\(hugeFile.stderr)")
    }
}
