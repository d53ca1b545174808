import Foundation
import Testing
@testable import HITCompiler

/// Rebuilding in memory after edits: errors become the error page, fixing brings the page back.
@Suite(.serialized)
struct ServeRebuildTests {
    @Test func anErrorShowsTheErrorPageEscapedAndAFixBringsThePageBack() throws {
        let fixture = try ServeFixture()
        let first = fixture.build()
        #expect(first.isBuilt && first.errorCount == 0)
        #expect(first.inputs.first == fixture.spec.path)
        #expect(first.inputs.contains { $0.hasSuffix("data/sample.csv") } && first.inputs.contains { $0.hasSuffix("data/gold.csv") })
        #expect(first.inputs.contains { $0.contains("guidelines/") })

        // An unknown key whose name is markup: an error, shown escaped with its location and source line.
        let original = try String(contentsOf: fixture.spec, encoding: .utf8)
        try fixture.edit { $0.replacingOccurrences(of: "language: en\n", with: "language: en\n\"<img src=x onerror=alert(1)>\": 1\n") }
        let broken = fixture.build(generation: 2)
        #expect(!broken.isBuilt && broken.errorCount >= 1)
        let page = fixture.get("/hit/1/preview", broken)
        #expect(page.status == 200)
        #expect(page.text.contains("<main id=\"hitc-serve-errors\">"))
        #expect(page.text.contains(fixture.spec.path + ":8:1: error:"), "\(page.text)")
        #expect(page.text.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!page.text.contains("<img src=x"))
        #expect(page.text.contains(#""generation":2"#))
        #expect(fixture.get("/task.html", broken).text.contains("hitc-serve-errors"))
        #expect(fixture.get("/aggregation.json", broken).status == 503)
        #expect(fixture.get("/_hitc/status.json", broken).text.contains(#""built":false"#))

        try original.write(to: fixture.spec, atomically: true, encoding: .utf8)
        let fixed = fixture.build(generation: 3)
        #expect(fixed.isBuilt)
        #expect(fixture.get("/hit/1/preview", fixed).text.contains("id=\"hitc-form\""))
    }

    @Test func anEditIsInTheNextBuild() throws {
        let fixture = try ServeFixture()
        #expect(fixture.get("/task.html", fixture.build()).text.contains("Rate grocery search results"))
        try fixture.edit { $0.replacingOccurrences(of: "title: Rate grocery search results", with: "title: Rate grocery results, edited") }
        let next = fixture.build(generation: 2)
        #expect(fixture.get("/task.html", next).text.contains("Rate grocery results, edited"))
    }

    @Test func aSpecOrSampleReplacedByAFIFOIsADiagnosticNotAHang() throws {
        let fixture = try ServeFixture()
        let sample = fixture.folder.appendingPathComponent("data/sample.csv")
        try FileManager.default.removeItem(at: sample)
        #expect(mkfifo(sample.path, 0o644) == 0)
        let noSample = fixture.build(generation: 2)
        #expect(!noSample.isBuilt && noSample.errorCount >= 1)
        #expect(InputStamps(paths: [sample.path]) == InputStamps(paths: [sample.path]))  // stat only, never opened
        try FileManager.default.removeItem(at: fixture.spec)
        #expect(mkfifo(fixture.spec.path, 0o644) == 0)
        let noSpec = fixture.build(generation: 3)
        #expect(!noSpec.isBuilt && noSpec.errorCount == 1)
        #expect(fixture.get("/hit/1/preview", noSpec).text.contains("hitc-serve-errors"))
    }

    @Test func stampsSeeWritesRenamesAndNewFiles() throws {
        let folder = Paths.temporaryDirectory()
        let file = folder.appendingPathComponent("spec.yaml").path
        let missing = folder.appendingPathComponent("later.csv").path
        try "a: 1\n".write(toFile: file, atomically: false, encoding: .utf8)
        let before = InputStamps(paths: [file, missing])
        #expect(InputStamps(paths: [file, missing]) == before)
        try "a: 2\n".write(toFile: file, atomically: true, encoding: .utf8)  // a rename over the file, same size
        let after = InputStamps(paths: [file, missing])
        #expect(after.changed(since: before) == [file])
        try "k\n".write(toFile: missing, atomically: false, encoding: .utf8)
        #expect(InputStamps(paths: [file, missing]).changed(since: after) == [missing])
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("partials"), withIntermediateDirectories: true)
        let t0 = InputStamps(paths: [], folders: [templates.path])
        try "x".write(to: templates.appendingPathComponent("partials/item.mustache"), atomically: false, encoding: .utf8)
        #expect(InputStamps(paths: [], folders: [templates.path]).changed(since: t0).contains(templates.appendingPathComponent("partials/item.mustache").path))
    }
}
