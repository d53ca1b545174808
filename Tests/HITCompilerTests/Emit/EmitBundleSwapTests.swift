import Foundation
import Testing
@testable import HITCompiler

/// `hitc build` replacing a bundle is killed at every step of the swap
/// (`BundleWriter.Step`, through `HITC_TEST_BUNDLE_WRITER` in debug builds): the
/// bundle folder always holds a whole bundle with its `batch/` and `aggregate/`,
/// and the next build leaves no stray folder (issue 9, item 11).
@Suite(.serialized)
struct EmitBundleSwapTests {
    static let id = "grocery-search-relevance"
    static let oldTitle = "title: Rate grocery search results"

    /// A built bundle with `batch/` and `aggregate/` in it, and its spec edited so
    /// the next build differs (a new title).
    struct Setup {
        let spec: URL
        let out: URL
        var bundle: URL { out.appendingPathComponent(EmitBundleSwapTests.id) }
        /// `batch/` and `aggregate/` as written: relative path → bytes.
        let kept: [String: Data]
    }

    func setup() throws -> Setup {
        let spec = try EmitFixtures.copyExample(Self.id)
        let out = Paths.temporaryDirectory()
        let first = try runHITC(["build", "-q", "-o", out.path, spec.path])
        #expect(first.status == 0, "\(first.stderr)")
        let bundle = out.appendingPathComponent(Self.id)
        let kept: [String: Data] = [
            "batch/hits.jsonl": Data("{\"hit\":1}\n".utf8),
            "batch/mturk/batch.csv": Data("items\nhitc1:abc\n".utf8),
            "aggregate/labels.csv": Data("item,label\n1,yes\n".utf8),
        ]
        for (path, data) in kept {
            let url = bundle.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        try EmitFixtures.replace(Self.oldTitle, with: "title: Rate grocery search results, second edition", in: spec)
        return Setup(spec: spec, out: out, kept: kept)
    }

    /// Every file under `folder` (relative path → bytes).
    func files(in folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard !url.hasDirectoryPath, let data = FileManager.default.contents(atPath: url.path) else { continue }
            result[String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))] = data
        }
        return result
    }

    /// Which bundle `folder` holds ("old" or "new"), after checking it is whole: every
    /// file its manifest lists, with that hash, and nothing else but the kept folders.
    func wholeBundle(_ folder: URL, kept: [String: Data]?, _ context: String) throws -> String {
        let all = files(in: folder)
        let manifestData = try #require(all["manifest.json"], "\(context): no manifest.json")
        let manifest = try #require(try JSONSerialization.jsonObject(with: manifestData) as? [String: Any])
        let listed = try #require(manifest["files"] as? [[String: Any]])
        var expected: Set<String> = ["manifest.json"]
        for entry in listed {
            let path = try #require(entry["path"] as? String)
            expected.insert(path)
            let data = try #require(all[path], "\(context): \(path) is missing")
            #expect(Digest.sha256Hex(data) == entry["sha256"] as? String, "\(context): \(path) differs from its manifest entry")
        }
        let bundleFiles = Set(all.keys.filter { !$0.hasPrefix("batch/") && !$0.hasPrefix("aggregate/") })
        #expect(bundleFiles == expected, "\(context): files \(bundleFiles.symmetricDifference(expected).sorted())")
        if let kept {
            let present = all.filter { $0.key.hasPrefix("batch/") || $0.key.hasPrefix("aggregate/") }
            #expect(present == kept, "\(context): batch/ and aggregate/ are \(present.keys.sorted())")
        }
        let page = String(decoding: try #require(all["task.html"]), as: UTF8.self)
        return page.contains("second edition") ? "new" : "old"
    }

    /// Names in `out` that are not the bundle (stray folders).
    func strays(in out: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0 != Self.id }.sorted()
    }

    /// Kills the build at `step`; returns what the bundle folder then held.
    func interrupt(_ setup: Setup, at step: BundleWriter.Step, switches: [String] = []) throws -> ProcessOutput {
        let hook = (["stop=\(step.rawValue)"] + switches).joined(separator: ",")
        return try EmitFixtures.run(["build", "-o", setup.out.path, setup.spec.path], environment: ["HITC_TEST_BUNDLE_WRITER": hook])
    }

    /// After the interruption: a normal build succeeds, the bundle is the new one,
    /// whole, with its kept folders, and no stray folder is left.
    func rebuildCleansUp(_ setup: Setup, _ context: String) throws -> String {
        let again = try runHITC(["build", "-o", setup.out.path, setup.spec.path])
        #expect(again.status == 0, "\(context): \(again.stderr)")
        #expect(try wholeBundle(setup.bundle, kept: setup.kept, "\(context), rebuilt") == "new")
        #expect(try strays(in: setup.out) == [], "\(context)")
        return again.stderr
    }

    static let exchangeSteps: [BundleWriter.Step] = [.stagingCreated, .filesWritten, .keptCarried, .markerRemoved, .swapped,
                                                     .oldRemoved, .straysRemoved]

    @Test(arguments: exchangeSteps)
    func killedAtAnyStepTheBundleIsWholeWithItsKeptFolders(_ step: BundleWriter.Step) throws {
        let setup = try setup()
        let run = try interrupt(setup, at: step)
        #expect(run.killed && run.status == 9, "\(step) was not reached: exit \(run.status) \(run.stderr)")
        let which = try wholeBundle(setup.bundle, kept: setup.kept, "killed at \(step)")
        #expect(which == ([.swapped, .oldRemoved, .straysRemoved].contains(step) ? "new" : "old"), "\(step)")
        _ = try rebuildCleansUp(setup, "killed at \(step)")
    }

    @Test(arguments: [BundleWriter.Step.filesWritten, .keptCarried, .markerRemoved, .retired, .swapped, .oldRemoved])
    func withoutAnExchangeNothingIsLost(_ step: BundleWriter.Step) throws {
        // Where the system cannot exchange folders: two renames, and between them no bundle at the path.
        let setup = try setup()
        let run = try interrupt(setup, at: step, switches: ["swap=renames"])
        #expect(run.killed, "\(step) was not reached: \(run.stderr)")
        if step == .retired {
            #expect(!FileManager.default.fileExists(atPath: setup.bundle.path))
            // Both bundles are whole beside it, each with the kept folders (hard links).
            let names = try strays(in: setup.out)
            let old = try #require(names.first { $0.contains(".hitc-old-") })
            let new = try #require(names.first { $0.contains(".hitc-new-") })
            #expect(try wholeBundle(setup.out.appendingPathComponent(old), kept: setup.kept, "retired") == "old")
            #expect(try wholeBundle(setup.out.appendingPathComponent(new), kept: setup.kept, "staged") == "new")
        } else {
            _ = try wholeBundle(setup.bundle, kept: setup.kept, "killed at \(step) (renames)")
        }
        _ = try rebuildCleansUp(setup, "killed at \(step) (renames)")
    }

    @Test func keptFoldersMovedWhereLinksFailAreRecoveredByTheNextBuild() throws {
        // Without hard links the kept folders are moved into the new folder: a kill
        // then leaves them only there, and the next build brings them back.
        let setup = try setup()
        let run = try interrupt(setup, at: .keptCarried, switches: ["carry=move"])
        #expect(run.killed)
        #expect(try wholeBundle(setup.bundle, kept: nil, "moved") == "old")
        let stray = try #require(try strays(in: setup.out).first)
        #expect(FileManager.default.fileExists(atPath: setup.out.appendingPathComponent(stray).appendingPathComponent("batch/hits.jsonl").path))
        let notes = try rebuildCleansUp(setup, "moved")
        #expect(notes.contains("hitc: note: recovered 'batch/' of '\(setup.bundle.path)' from '\(stray)', left by an interrupted build"), "\(notes)")
    }

    @Test func aRebuildWithoutInterruptionKeepsEverythingAndLeavesNoStray() throws {
        for switches in [[], ["swap=renames"], ["carry=move"], ["swap=renames", "carry=move"]] {
            let setup = try setup()
            let run = try EmitFixtures.run(["build", "-o", setup.out.path, setup.spec.path],
                                           environment: ["HITC_TEST_BUNDLE_WRITER": switches.joined(separator: ",")])
            #expect(!run.killed && run.status == 0, "\(switches): \(run.stderr)")
            #expect(try wholeBundle(setup.bundle, kept: setup.kept, "\(switches)") == "new")
            #expect(try strays(in: setup.out) == [], "\(switches)")
        }
    }

    // MARK: - Stray folders of earlier runs

    /// A process id no process has: a child that has exited.
    func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// A copy of the bundle as an older hitc left it beside the target after a kill.
    func makeStray(_ setup: Setup, named name: String, batch: String?) throws -> URL {
        let stray = setup.out.appendingPathComponent(name)
        try FileManager.default.copyItem(at: setup.bundle, to: stray)
        try? FileManager.default.removeItem(at: stray.appendingPathComponent("aggregate"))
        try? FileManager.default.removeItem(at: stray.appendingPathComponent("batch"))
        if let batch {
            try FileManager.default.createDirectory(at: stray.appendingPathComponent("batch"), withIntermediateDirectories: true)
            try Data(batch.utf8).write(to: stray.appendingPathComponent("batch/hits.jsonl"))
        }
        return stray
    }

    @Test func aBatchFolderLeftOnlyInAStrayIsRecovered() throws {
        // The old three-rename writer, killed after moving batch/ into its new folder.
        let setup = try setup()
        let stray = try makeStray(setup, named: ".\(Self.id).hitc-new-\(try deadProcessID())-0a1b2c3d", batch: "{\"hit\":7}\n")
        try FileManager.default.removeItem(at: setup.bundle.appendingPathComponent("batch"))
        let run = try runHITC(["build", "-o", setup.out.path, setup.spec.path])
        #expect(run.status == 0)
        #expect(run.stderr.contains("hitc: note: recovered 'batch/' of '\(setup.bundle.path)' from '\(stray.lastPathComponent)'"), "\(run.stderr)")
        var expected = setup.kept.filter { $0.key.hasPrefix("aggregate/") }
        expected["batch/hits.jsonl"] = Data("{\"hit\":7}\n".utf8)
        #expect(try wholeBundle(setup.bundle, kept: expected, "recovered") == "new")
        #expect(try strays(in: setup.out) == [])
    }

    @Test func aStrayWhoseBatchDiffersFromTheBundlesIsKeptAndNamed() throws {
        let setup = try setup()
        let stray = try makeStray(setup, named: ".\(Self.id).hitc-old-\(try deadProcessID())-0a1b2c3d", batch: "{\"hit\":\"older\"}\n")
        let run = try runHITC(["build", "-o", setup.out.path, setup.spec.path])
        #expect(run.status == 0)
        #expect(run.stderr.contains("hitc: note: kept '\(stray.path)', left by an interrupted build: its 'batch/' "
                                    + "holds files the bundle's does not; take what you need from it, then delete it"),
                "\(run.stderr)")
        #expect(try wholeBundle(setup.bundle, kept: setup.kept, "differing stray") == "new")
        #expect(FileManager.default.contents(atPath: stray.appendingPathComponent("batch/hits.jsonl").path) == Data("{\"hit\":\"older\"}\n".utf8))
    }

    @Test func aStrayHoldingPartOfTheBundlesBatchIsRemoved() throws {
        // A removal cut short leaves part of the old batch/ (here a copy, not links): nothing in it is lost.
        let setup = try setup()
        let stray = try makeStray(setup, named: ".\(Self.id).hitc-new-\(try deadProcessID())-0a1b2c3d", batch: "{\"hit\":1}\n")
        let run = try runHITC(["build", "-o", setup.out.path, setup.spec.path])
        #expect(run.status == 0)
        #expect(!run.stderr.contains("note"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: stray.path))
        #expect(try wholeBundle(setup.bundle, kept: setup.kept, "partial stray") == "new")
    }

    @Test func strayFoldersOfEndedRunsAreRemovedAndNothingElse() throws {
        let setup = try setup()
        let dead = try deadProcessID()
        // hitc's: a whole old bundle, and a half-written new one that only has its marker.
        let oldBundle = try makeStray(setup, named: ".\(Self.id).hitc-old-\(dead)-00000000", batch: nil)
        let halfWritten = setup.out.appendingPathComponent(".\(Self.id).hitc-new-\(dead)-ffffffff")
        try FileManager.default.createDirectory(at: halfWritten, withIntermediateDirectories: false)
        try Data("x".utf8).write(to: halfWritten.appendingPathComponent(BundleWriter.stagingMarker))
        // Not hitc's, or not over: each stays.
        let running = try makeStray(setup, named: ".\(Self.id).hitc-new-\(ProcessInfo.processInfo.processIdentifier)-0a1b2c3d", batch: nil)
        let users = setup.out.appendingPathComponent(".\(Self.id).hitc-new-\(dead)-12345678")
        try FileManager.default.createDirectory(at: users, withIntermediateDirectories: false)
        try Data("mine".utf8).write(to: users.appendingPathComponent("notes.txt"))
        let otherName = try makeStray(setup, named: ".\(Self.id).hitc-new-\(dead)-0a1b2c3", batch: nil)
        let otherBundle = try makeStray(setup, named: ".other-task.hitc-new-\(dead)-0a1b2c3d", batch: nil)
        let run = try runHITC(["build", "-o", setup.out.path, setup.spec.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try wholeBundle(setup.bundle, kept: setup.kept, "cleaned") == "new")
        let left = Set(try strays(in: setup.out))
        #expect(!left.contains(oldBundle.lastPathComponent))
        #expect(!left.contains(halfWritten.lastPathComponent))
        #expect(left == Set([running, users, otherName, otherBundle].map(\.lastPathComponent)))
        #expect(FileManager.default.contents(atPath: users.appendingPathComponent("notes.txt").path) == Data("mine".utf8))
    }

    @Test func recognisesOnlyItsOwnNames() {
        let pid = StrayBundleFolder.processID
        #expect(pid(".t.hitc-new-123-0a1B2c3D", "t") == 123)
        #expect(pid(".t.hitc-old-9-00000000", "t") == 9)
        for name in [".t.hitc-new-123-0a1b2c3", ".t.hitc-new-+12-0a1b2c3d", ".t.hitc-new--0a1b2c3d", ".t.hitc-new-12-0a1b2c3g",
                     ".u.hitc-new-12-0a1b2c3d", "t.hitc-new-12-0a1b2c3d", ".t.hitc-new-12-0a1b2c3d-x", ".t.hitc-mid-12-0a1b2c3d"] {
            #expect(pid(name, "t") == nil, "\(name)")
        }
    }
}
