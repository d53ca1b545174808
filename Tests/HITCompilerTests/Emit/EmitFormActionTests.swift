import Foundation
import Testing
@testable import HITCompiler

/// The task page's `form-action`: only the hosts its targets submit to, never
/// any https host (issue 9, item 14).
@Suite(.serialized)
struct EmitFormActionTests {
    static let mturk = "  mturk:    { lifetime: 7d, assignment_duration: 20m, auto_approve: 3d }\n"
    static let prolific = "  prolific: { completion_code: C1A2B3D4 }\n"
    static let generic = "  generic:  { submit_url: \"https://labels.example.com/submit\" }\n"

    /// Builds the grocery example with `targets` in place of its own; returns the CSP of task.html and preview.html.
    func policies(targets: String) throws -> (task: [String: [String]], preview: [String: [String]]) {
        let spec = try EmitFixtures.copyExample("grocery-search-relevance")
        try EmitFixtures.replace(Self.mturk + Self.prolific + Self.generic, with: targets, in: spec)
        let out = Paths.temporaryDirectory()
        let run = try runHITC(["build", "-o", out.path, spec.path])
        #expect(run.status == 0, "\(run.stderr)")
        let folder = out.appendingPathComponent("grocery-search-relevance")
        return (try EmitFixtures.csp(of: String(contentsOf: folder.appendingPathComponent("task.html"), encoding: .utf8)),
                try EmitFixtures.csp(of: String(contentsOf: folder.appendingPathComponent("preview.html"), encoding: .utf8)))
    }

    @Test func mturkAllowsOnlyMTurksHosts() throws {
        let csp = try policies(targets: Self.mturk)
        #expect(csp.task["form-action"] == ["https://worker.mturk.com", "https://workersandbox.mturk.com", "https://www.mturk.com"])
        #expect(csp.task["connect-src"] == nil)
        #expect(csp.preview["form-action"] == ["'none'"])
    }

    @Test func genericAllowsOnlyItsSubmitOrigin() throws {
        let csp = try policies(targets: Self.generic)
        #expect(csp.task["form-action"] == ["https://labels.example.com"])
        #expect(csp.task["connect-src"] == ["https://labels.example.com"])
    }

    @Test func prolificWithoutASubmitURLPostsNoForm() throws {
        // The page navigates to Prolific (not a form post): no host is needed.
        let csp = try policies(targets: Self.prolific)
        #expect(csp.task["form-action"] == ["'none'"])
        #expect(csp.task["connect-src"] == nil)
    }

    @Test func prolificWithASubmitURLAllowsItsOrigin() throws {
        let csp = try policies(targets: "  prolific: { completion_code: C1A2B3D4, submit_url: \"https://store.example.org:8443/p\" }\n")
        #expect(csp.task["form-action"] == ["https://store.example.org:8443"])
        #expect(csp.task["connect-src"] == ["https://store.example.org:8443"])
    }

    @Test func everyTargetTogether() throws {
        let csp = try policies(targets: Self.mturk + Self.prolific + Self.generic)
        #expect(csp.task["form-action"] == ["https://labels.example.com", "https://worker.mturk.com",
                                            "https://workersandbox.mturk.com", "https://www.mturk.com"])
        #expect(!(csp.task["form-action"] ?? []).contains("https:"))
    }

    @Test func thePageChecksTurkSubmitToAgainstTheSameHosts() throws {
        // The script posts only to an origin of the configuration's list, which is the policy's list.
        let page = try TaskPageTests.renderExample(Paths.specs.appendingPathComponent("grocery-search-relevance/spec.yaml")).task
        let config = try #require(page.firstMatch(of: /"mturk":\{"submitOrigins":\[([^\]]*)\]\}/)?.1)
        #expect(String(config) == MTurkQuestion.submitOrigins.map { "\"\($0)\"" }.joined(separator: ","))
        #expect(page.contains("cfg.mturk.submitOrigins.indexOf(origin)"))
    }
}
