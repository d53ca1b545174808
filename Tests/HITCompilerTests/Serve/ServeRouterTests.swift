import Foundation
import Testing
@testable import HITCompiler

/// `ServeRouter` on a bundle built in memory from a copy of an example spec.
@Suite(.serialized)
struct ServeRouterTests {
    @Test func servesTheBundleFilesAsBuilt() throws {
        let fixture = try ServeFixture()
        let bundle = fixture.build()
        #expect(bundle.isBuilt)
        let out = Paths.temporaryDirectory()
        let built = BundleBuilder.build(path: fixture.spec.path, options: BuildOptions(outputDirectory: out.path))
        let folder = try #require(built.bundle)
        for (path, _) in built.files where !path.hasSuffix(".html") {
            let response = fixture.get("/" + path, bundle)
            #expect(response.status == 200, "\(path)")
            #expect(response.body == (try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(path))), "\(path)")
        }
        #expect(fixture.get("/aggregation.json", bundle).header("Content-Type") == "application/json")
        #expect(fixture.get("/mturk/question.xml", bundle).header("Content-Type") == "application/xml")
        #expect(fixture.get("/guidelines.md", bundle).header("Content-Type") == "text/markdown; charset=utf-8")
        // The written bundle never carries what serving adds.
        for (path, _) in built.files {
            let text = try String(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(path), encoding: .utf8)
            #expect(!text.contains("hitc-serve"), "\(path)")
        }
    }

    @Test func servedPagesCarryTheScriptAndARelaxedPolicyThatSaysSo() throws {
        let fixture = try ServeFixture()
        let bundle = fixture.build()
        let page = fixture.get("/task.html", bundle)
        #expect(page.status == 200)
        #expect(page.header("Content-Type") == "text/html; charset=utf-8")
        #expect(page.header("X-Content-Type-Options") == "nosniff")
        #expect(page.text.contains(ServePage.comment))
        #expect(page.text.contains("<script>" + ServeScript.text + "</script>"))
        let policy = try #require(page.text.range(of: #"content="default-src"#).map { String(page.text[$0.lowerBound...].prefix(600)) })
        #expect(policy.contains(MarkupEscaping.escaped(ServePage.scriptSource)))
        #expect(policy.contains("connect-src &#39;self&#39;;"))
        #expect(policy.contains("form-action &#39;none&#39;"))
        #expect(!policy.contains("labels.example.com"))
        // The page's own script hash is kept.
        let built = String(decoding: try #require(bundle.files["task.html"]), as: UTF8.self)
        let hash = try #require(built.range(of: "sha256-").map { String(built[$0.upperBound...].prefix(44)) })
        #expect(policy.contains(hash))
    }

    @Test func relaxKeepsOtherDirectivesAndReplacesTheThreeItOwns() {
        let relaxed = ServePage.relax("default-src 'none'; script-src 'sha256-A'; connect-src https://x.example; form-action https://y.example; base-uri 'none'")
        #expect(relaxed == "default-src 'none'; script-src 'sha256-A' \(ServePage.scriptSource); connect-src 'self'; form-action 'none'; base-uri 'none'")
        #expect(ServePage.relax("default-src 'none'") == "default-src 'none'; script-src \(ServePage.scriptSource); connect-src 'self'; form-action 'none'")
    }

    @Test func onlyGetAndHeadAndNothingOutsideTheBundle() throws {
        let fixture = try ServeFixture()
        let bundle = fixture.build()
        for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"] {
            let response = fixture.get("/task.html", bundle, method: method)
            #expect(response.status == 405, "\(method)")
            #expect(response.header("Allow") == "GET, HEAD")
        }
        let head = fixture.get("/aggregation.json", bundle, method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.header("Content-Length") == String(try #require(bundle.files["aggregation.json"]).count))
        for path in ["/../spec.yaml", "/%2e%2e/spec.yaml", "/spec.yaml", "/data/sample.csv", "/data", "/mturk", "/mturk/",
                     "/hit/0/preview", "/hit/01/preview", "/hit/999/preview", "/hit/1/nope", "/hit/1/toloka", "/_hitc/nope",
                     "//etc/passwd", "/a%00b"] {
            #expect(fixture.get(path, bundle).status == 404, "\(path)")
        }
        #expect(fixture.get("/", bundle).header("Location") == "/hit/1/preview")
        #expect(fixture.get("/_hitc/events", bundle).isEventStream)
        #expect(fixture.get("/_hitc/status.json", bundle).text == #"{"built":true,"errors":0,"generation":1}"#)
    }

    @Test func hitViewsShowEachHITAsBatchDealsIt() throws {
        let fixture = try ServeFixture()
        let bundle = fixture.build()
        let dealt = bundle.hits.dealt
        #expect(dealt.note == nil)
        // 16 sample rows, 4 real items per HIT (5 slots, 1 gold): 4 HITs, every row once.
        #expect(dealt.hits.count == 4)
        let sampleKeys = try String(contentsOf: fixture.folder.appendingPathComponent("data/sample.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        let realKeys = dealt.hits.flatMap { hit in hit.keys.enumerated().filter { !hit.goldSlots.contains($0.offset + 1) }.map(\.element) }
        #expect(realKeys.sorted() == sampleKeys.sorted())
        #expect(dealt.hits.allSatisfy { $0.goldSlots.count == 1 && $0.keys.count == 5 })

        let second = fixture.get("/hit/2/preview", bundle)
        #expect(second.status == 200)
        #expect(second.text.contains(#"<script type="text/plain" id="hitc-items">"# + dealt.hits[1].payload + "</script>"))
        #expect(second.text.contains(#""hit":2,"hits":4"#))
        #expect(second.text.contains(#""next":"/hit/3/preview""#) && second.text.contains(#""prev":"/hit/1/preview""#))

        let redirect = fixture.get("/hit/3/mturk", bundle)
        #expect(redirect.status == 302)
        let location = try #require(redirect.header("Location"))
        #expect(location.hasPrefix("/hit/3/mturk?assignmentId=SERVE-ASSIGNMENT-3&"))
        let mturk = fixture.get(location, bundle)
        #expect(mturk.status == 200)
        #expect(mturk.text.contains(dealt.hits[2].payload))
        #expect(PageSafety.placeholderCount(mturk.text) == 0)
        #expect(fixture.get("/hit/3/mturk-preview?assignmentId=ASSIGNMENT_ID_NOT_AVAILABLE&hitId=SERVE-HIT-3", bundle).status == 200)
        #expect(fixture.get("/hit/3/prolific", bundle).status == 302)
        #expect(fixture.get("/hit/5/preview", bundle).status == 404)
    }
}
