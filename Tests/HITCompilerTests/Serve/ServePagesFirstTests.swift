import Foundation
import Testing
@testable import HITCompiler

/// hitc serve renders the two pages first and the rest after: the files must be
/// the very bytes `hitc build` renders (`Pipeline.renderInMemory`).
@Suite(.serialized)
struct ServePagesFirstTests {
    @Test(arguments: Paths.exampleSpecs)
    func theFilesAreTheBytesHitcBuildRenders(spec: URL) throws {
        let built = Pipeline.standard.renderInMemory(path: spec.path, options: BuildOptions(), treatWarningsAsErrors: false)
        let files = try #require(built.files)
        let served = ServeBuilder.build(path: spec.path, options: BuildOptions(), generation: 1)
        #expect(served.isBuilt)
        #expect(served.paths == files.map(\.path))
        for (path, data) in files {
            #expect(served.files[path] == data, "\(path)")
        }
        #expect(served.diagnostics.count == built.result.check.diagnostics.count)
    }

    @Test func thePagesAreServedBeforeTheRestIsRendered() throws {
        let fixture = try ServeFixture()
        let bundle = ServeBuilder.start(path: fixture.spec.path, options: BuildOptions(), generation: 1)
        #expect(bundle.isBuilt)
        #expect(Set(bundle.files.pages.keys) == ["task.html", "preview.html"])
        // A HIT view needs only the pages: answered without the rest of the bundle.
        let page = fixture.get("/hit/1/mturk?" + ServeView.mturk.query(hit: 1), bundle)
        #expect(page.status == 200 && page.text.contains("id=\"hitc-form\""))
        #expect(!bundle.files.isStarted)
        // Any other file waits for the rest, rendered once.
        #expect(fixture.get("/guidelines.html", bundle).status == 200)
        #expect(bundle.files.isStarted)
        let done = bundle.completed()
        #expect(done.bundle.generation == 1 && done.bundle.isBuilt)
    }

    @Test func onlyThePageBeingViewedComesFirstAndTheOtherIsTheSameBytesAfter() throws {
        let fixture = try ServeFixture()
        let bundle = ServeBuilder.start(path: fixture.spec.path, options: BuildOptions(), generation: 1, first: ["preview.html"])
        #expect(Array(bundle.files.pages.keys) == ["preview.html"])
        #expect(!bundle.files.isStarted)
        let built = try #require(Pipeline.standard.renderInMemory(path: fixture.spec.path, options: BuildOptions(), treatWarningsAsErrors: false).files)
        #expect(bundle.files["task.html"] == built.first { $0.path == "task.html" }?.data)
        #expect(bundle.files.isStarted)
        #expect(ServeRouter.page(of: ServeRequest(method: "GET", path: "/hit/3/preview", query: "")) == "preview.html")
        #expect(ServeRouter.page(of: ServeRequest(method: "GET", path: "/hit/3/mturk", query: "")) == "task.html")
        #expect(ServeRouter.page(of: ServeRequest(method: "GET", path: "/task.html", query: "")) == "task.html")
        #expect(ServeRouter.page(of: ServeRequest(method: "GET", path: "/hit/3/toloka", query: "")) == nil)
        #expect(ServeRouter.page(of: ServeRequest(method: "GET", path: "/guidelines.html", query: "")) == nil)
    }

    @Test func aPageSpliceKeepsEverythingElseByteForByte() throws {
        let fixture = try ServeFixture()
        let bundle = ServeBuilder.build(path: fixture.spec.path, options: BuildOptions(), generation: 1)
        let built = String(decoding: try #require(bundle.files["preview.html"]), as: UTF8.self)
        let config = ServeHITPage.config(bundle, hit: 0, hits: 0, view: nil)
        let served = ServePage.inject(built, config: config, payload: "hitc1:PAYLOAD")
        // Undo the three splices: what is left is the page as built.
        let head = try #require(served.range(of: ServePage.comment))
        let headEnd = try #require(served.range(of: "</script>\n</head>"))
        var undone = String(served[..<head.lowerBound]) + "</head>" + String(served[headEnd.upperBound...])
        undone = undone.replacingOccurrences(of: #"<script type="text/plain" id="hitc-items">hitc1:PAYLOAD</script>"#,
                                             with: #"<script type="text/plain" id="hitc-items"></script>"#)
        let policy = { (page: String) -> String? in
            page.range(of: #"<meta http-equiv="Content-Security-Policy" content=""#).flatMap { start in
                page.range(of: "\">", range: start.upperBound..<page.endIndex).map { String(page[start.upperBound..<$0.lowerBound]) }
            }
        }
        let relaxed = try #require(policy(undone)), original = try #require(policy(built))
        undone = undone.replacingOccurrences(of: relaxed, with: original)
        #expect(undone == built)
        #expect(relaxed.contains("form-action &#39;none&#39;"))
        #expect(served.contains(#"id="hitc-items">hitc1:PAYLOAD</script>"#))
    }
}
