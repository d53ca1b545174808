import Foundation
import Testing
@testable import HITCompiler

/// What `hitc build` reads besides the spec is read as every input file is
/// (`InputFile`: regular files only, with a limit): the `manifest.json` of a
/// folder it may replace, and the files of `--templates DIR`, whose symbolic
/// links are followed to regular files and whose other odd entries are
/// refused by name rather than skipped.
@Suite(.serialized)
struct BundleInputTests {
    static let id = "grocery-search-relevance"

    /// A copy of the example spec, and an output folder where its bundle would go.
    static func setUp() throws -> (spec: URL, out: URL, bundle: URL) {
        let spec = try EmitFixtures.copyExample(id)
        let out = Paths.temporaryDirectory()
        return (spec, out, out.appendingPathComponent(id))
    }

    @Test func aFIFONamedManifestIsNotReadAndTheFolderIsNotReplaced() throws {
        let (spec, out, bundle) = try Self.setUp()
        try FileManager.default.createDirectory(at: bundle, withIntermediateDirectories: true)
        #expect(mkfifo(bundle.appendingPathComponent("manifest.json").path, 0o644) == 0)
        // Reading the FIFO would block until a writer comes: the time limit catches a hang.
        let run = try runHITC(["build", "-o", out.path, spec.path], timeout: 30)
        #expect(run.status == 1)
        #expect(run.stderr == "hitc: error: \(spec.path): '\(bundle.path)' exists and is not a hitc bundle; use --force to replace it\n",
                "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: bundle.path) == ["manifest.json"])
        // With --force it is replaced like any folder.
        let forced = try runHITC(["build", "--force", "-o", out.path, spec.path], timeout: 30)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(BundleWriter.isBundle(bundle))
    }

    @Test func aManifestLargerThanTheLimitIsNotTakenForABundle() throws {
        let (spec, out, bundle) = try Self.setUp()
        #expect(try runHITC(["build", "-o", out.path, spec.path]).status == 0)
        #expect(BundleWriter.isBundle(bundle))
        // A manifest that says hitc but is larger than any hitc writes: not read (it was read and parsed whole,
        // some three times its size in memory, and the folder replaced).
        let manifest = bundle.appendingPathComponent("manifest.json")
        let padding = String(repeating: "x", count: BundleWriter.maxManifestBytes)
        try "{\"generator\": \"hitc\", \"padding\": \"\(padding)\"}".write(to: manifest, atomically: true, encoding: .utf8)
        #expect(!BundleWriter.isBundle(bundle))
        let run = try runHITC(["build", "-o", out.path, spec.path])
        #expect(run.status == 1)
        #expect(run.stderr == "hitc: error: \(spec.path): '\(bundle.path)' exists and is not a hitc bundle; use --force to replace it\n",
                "\(run.stderr)")
        #expect(try Data(contentsOf: manifest).count > BundleWriter.maxManifestBytes, "the folder was left alone")
    }

    /// A `--templates` folder holding `entries` (name → what to make), built with.
    static func build(overrides entries: [(String, (URL) throws -> Void)]) throws -> (run: ProcessOutput, spec: URL, bundle: URL) {
        let (spec, out, bundle) = try setUp()
        let templates = Paths.temporaryDirectory().appendingPathComponent("templates")
        for (name, make) in entries {
            let url = templates.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try make(url)
        }
        return (try runHITC(["build", "--templates", templates.path, "-o", out.path, spec.path], timeout: 30), spec, bundle)
    }

    /// Makes a symbolic link to `destination`, which is written with `text` when given.
    static func link(to destination: URL, text: String? = nil) -> (URL) throws -> Void {
        { url in
            if let text { try text.write(to: destination, atomically: true, encoding: .utf8) }
            try FileManager.default.createSymbolicLink(at: url, withDestinationURL: destination)
        }
    }

    @Test func aSymlinkedOverrideIsFollowed() throws {
        let shared = Paths.temporaryDirectory()
        // To a template that does not parse: the build fails, naming it (it was skipped and built with exit 0).
        let broken = try Self.build(overrides: [("task.mustache", Self.link(to: shared.appendingPathComponent("broken.mustache"),
                                                                              text: "{{#items}} never closed"))])
        #expect(broken.run.status == 1)
        #expect(broken.run.stderr.hasPrefix("hitc: error: \(broken.spec.path): template 'task' does not parse: "), "\(broken.run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: broken.bundle.path))
        // To a good one: it is used.
        let css = try #require(BuiltinTemplates.files["assets/task.css"]) + "\n.left-override-marker { color: teal; }\n"
        let good = try Self.build(overrides: [("assets/task.css", Self.link(to: shared.appendingPathComponent("mine.css"), text: css))])
        #expect(good.run.status == 0, "\(good.run.stderr)")
        let page = try String(contentsOf: good.bundle.appendingPathComponent("task.html"), encoding: .utf8)
        #expect(page.contains(".left-override-marker"))
    }

    @Test func entriesThatAreNotRegularFilesAreRefusedByName() throws {
        let elsewhere = Paths.temporaryDirectory()
        let cases: [(String, (URL) throws -> Void, String)] = [
            ("task.mustache", { url in #expect(mkfifo(url.path, 0o644) == 0) }, "is a FIFO (named pipe), not a regular file"),
            ("partials/item.mustache", Self.link(to: elsewhere.appendingPathComponent("gone.mustache")), "does not exist"),
            ("assets/task.js", Self.link(to: elsewhere), "is a directory, not a regular file"),
        ]
        for (name, make, reason) in cases {
            let (run, _, bundle) = try Self.build(overrides: [(name, make)])
            #expect(run.status == 1, "\(name)")
            #expect(run.stderr == "hitc: error: template override '\(name)' \(reason)\n", "\(name): \(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: bundle.path), "\(name)")
        }
        // A symbolic link under a name that overrides nothing is an unknown name, as a file is.
        let (run, _, _) = try Self.build(overrides: [("taks.mustache", Self.link(to: elsewhere))])
        #expect(run.stderr == "hitc: error: 'taks.mustache' does not override any built-in template (see Templates/ for the names)\n",
                "\(run.stderr)")
    }
}
