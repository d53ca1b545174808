import Foundation
import Synchronization
import Testing
@testable import HITCompiler

/// The pipeline's stages: each a function between named values, replaceable one at a time.
struct PipelineStagesTests {
    /// An example spec with guidelines (a summary, sections and an FAQ).
    static var spec: String { Paths.exampleSpecs[0].path }

    @Test func aReplacedWriteStageGetsTheRenderedFilesAndNothingReachesTheDisk() throws {
        let written = Mutex<[String]>([])
        var pipeline = Pipeline.standard
        pipeline.write = { files, _, _ in
            written.withLock { $0 = files.map(\.path) }
            return []
        }
        let out = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = pipeline.build(path: Self.spec, options: BuildOptions(outputDirectory: out.path), treatWarningsAsErrors: false)
        #expect(result.failure == nil)
        let paths = written.withLock { $0 }
        #expect(Array(paths.prefix(5)) == ["task.html", "preview.html", "guidelines.html", "guidelines.md", "aggregation.json"])
        #expect(paths.last == "manifest.json")
        #expect(result.files.map(\.path) == paths)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty, "the replaced stage wrote nothing")
    }

    @Test func theLowerStageKeepsMarkdownAsWrittenAndTheRenderStageMakesItHTML() throws {
        let check = Pipeline.check(path: Self.spec)
        let checked = try #require(check.checked)
        let summary = try #require(checked.spec.guidelines?.summary?.value)
        let model = Pipeline.standard.lower(checked, check.checklist)
        #expect(model.task.view.summaryHTML?.source == summary)
        #expect(model.task.view.script.isEmpty && model.task.view.csp.isEmpty, "the templates' parts are the render stage's")

        let rendered = try Pipeline.standard.render(model, PreparedTemplates(.builtin))
        let task = try #require(rendered.files.first { $0.path == "task.html" })
        let html = String(decoding: task.data, as: UTF8.self)
        #expect(html.contains(TaskPageMarkdown.block(summary, headingsBelow: 1)))
    }

    @Test func aReplacedRenderStageIsWhatTheBuildWrites() throws {
        var pipeline = Pipeline.standard
        pipeline.render = { _, _ in RenderedBundle(files: [("only.txt", Data("x\n".utf8))], diagnostics: []) }
        let out = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = pipeline.build(path: Self.spec, options: BuildOptions(outputDirectory: out.path), treatWarningsAsErrors: false)
        let bundle = try #require(result.bundle)
        #expect(try FileManager.default.contentsOfDirectory(atPath: bundle) == ["only.txt"])
    }

    @Test func aSpecThatCannotBeLoadedStopsAtTheLoadStage() {
        let parsed = Mutex(false)
        var pipeline = Pipeline.standard
        let parse = pipeline.parse
        pipeline.parse = { file, path, limits in
            parsed.withLock { $0 = true }
            return parse(file, path, limits)
        }
        let result = pipeline.check(path: "/nonexistent/spec.yaml")
        #expect(result.diagnostics.map(\.code) == [.unreadableFile])
        #expect(result.checked == nil)
        #expect(!parsed.withLock { $0 })
    }
}
