import Foundation
import Testing
@testable import HITCompiler

/// The page script: `assets/task.js` with the script modules of the spec's
/// targets spliced in at its marker, in registry order; the task page and the
/// preview share it, its CSP hash is its own, and a module is checked as the
/// script is.
@Suite struct TargetsScriptModuleTests {
    /// The kitchen sink with `targets:` replaced by `targets`.
    static func checked(targets: String) throws -> CheckedSpec {
        let start = try #require(TaskPageFixtures.kitchenSink.range(of: "targets:\n"))
        let yaml = String(TaskPageFixtures.kitchenSink[..<start.lowerBound]) + targets
        return try TaskPageFixtures.checked(yaml: yaml).0
    }

    static func script(_ html: String) throws -> String {
        try #require(TaskPageFixtures.scriptBody(html, open: "<script>"))
    }

    @Test func theModulesAreThoseOfTheSpecsTargetsAndThoseEveryPageHas() throws {
        let all = try Self.checked(targets: "targets:\n  mturk: {}\n  prolific: { completion_code: C1 }\n  generic: { submit_url: \"https://h.example.org/s\" }\n")
        #expect(all.targets.scriptModules == ["disk", "mturk", "prolific", "generic"])
        let prolific = try Self.checked(targets: "targets:\n  prolific: { completion_code: C1 }\n")
        #expect(prolific.targets.scriptModules == ["disk", "mturk", "prolific"])
        let none = try Self.checked(targets: "")
        #expect(none.targets.scriptModules == ["disk", "mturk"])
    }

    @Test func thePageCarriesExactlyItsModulesAndTheMarkerIsGone() throws {
        let templates = TemplateSet.builtin
        let spec = try Self.checked(targets: "targets:\n  prolific: { completion_code: C1 }\n")
        let task = try TaskPageRenderer.render(spec, mode: .task, items: [], templates: templates)
        let script = try Self.script(task)
        #expect(script.contains("app.prolific.com/submissions/complete"), "the Prolific module")
        #expect(script.contains("mturk/externalSubmit"), "the MTurk module is on every page")
        #expect(script.contains("script-answers-shown"), "the module of the page opened from disk")
        #expect(!script.contains("type:'hitc-answers'"), "no generic module without a generic target")
        #expect(!script.contains("@hitc-target-modules"))
        // The modules sit in registry order, before the page decides where it runs.
        let disk = try #require(script.range(of: "cfg.preview?'preview'"))
        let mturk = try #require(script.range(of: "ASSIGNMENT_ID_NOT_AVAILABLE"))
        let prolific = try #require(script.range(of: "PROLIFIC_PID')&&cfg.prolific"))
        let detect = try #require(script.range(of: "targets.some("))
        #expect(disk.lowerBound < mturk.lowerBound && mturk.lowerBound < prolific.lowerBound && prolific.lowerBound < detect.lowerBound)
    }

    @Test func theTaskPageAndThePreviewShareTheScriptAndItsHash() throws {
        let prepared = try PreparedTemplates(TemplateSet.builtin)
        let spec = try Self.checked(targets: "targets:\n  generic: { submit_url: \"https://h.example.org/s\" }\n")
        let task = try TaskPageRenderer.render(spec, mode: .task, items: [], prepared: prepared)
        let preview = try TaskPageRenderer.render(spec, mode: .preview, items: [], prepared: prepared)
        #expect(try Self.script(task) == Self.script(preview))
        #expect(try Self.script(task).contains("type:'hitc-answers'"), "the generic module with a generic target")
        let made = try prepared.taskScript(modules: spec.targets.scriptModules)
        #expect(made.hash == Digest.sha256Base64(try Self.script(task)))
        #expect(task.contains("script-src &#39;sha256-\(made.hash)&#39;"))
        let other = try prepared.taskScript(modules: ["disk", "mturk"])
        #expect(other.hash != made.hash)
    }

    @Test func everyRegisteredModuleIsATemplateAndPassesTheScriptChecks() throws {
        let set = TemplateSet.builtin
        for name in TargetRegistry.all.compactMap(\.scriptModule) {
            let text = try set.asset("assets/targets/\(name).js")
            #expect(throws: Never.self) { try PageSafety.checkScript(TaskPageMinifier.script(text), name: name) }
            for banned in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setTimeout('"] {
                #expect(!text.contains(banned), "\(name).js uses \(banned)")
            }
            #expect(text.contains("targets.push("))
        }
        #expect(try set.asset("assets/task.js").contains(PreparedTemplates.targetScriptMarker))
    }

    @Test func aModuleOverrideThatMTurkCouldTemplateIsRefusedByName() throws {
        let folder = Paths.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("assets/targets"), withIntermediateDirectories: true)
        try "  targets.push({ detect: function () { return `$\u{7B}x}`; } });\n"
            .write(to: folder.appendingPathComponent("assets/targets/generic.js"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet.loading(overrides: folder.path)
        #expect {
            try PreparedTemplates(templates)
        } throws: { error in
            guard let error = error as? TemplateError, case .unsafeOutput(let message) = error else { return false }
            return message.contains("assets/targets/generic.js")
        }
    }

    @Test func aMissingModuleIsAMissingTemplate() throws {
        let prepared = try PreparedTemplates(TemplateSet.builtin)
        #expect(throws: TemplateError.missing("assets/targets/nowhere.js")) {
            try prepared.taskScript(modules: ["disk", "nowhere"])
        }
    }
}
