import Foundation
import Testing
@testable import HITCompiler

/// `CheckedSpec`: built by the check only without errors, with the defaults
/// applied and what the spec's files hold, so that later stages read no file.
@Suite struct CheckedSpecTests {
    @Test func theExampleHoldsItsValuesAndItsFiles() throws {
        let url = Paths.specs.appendingPathComponent("grocery-search-relevance/spec.yaml")
        let checked = try TaskPageFixtures.checked(at: url)
        #expect(checked.id == "grocery-search-relevance")
        #expect(checked.itemsPerHit == 5 && checked.judgmentsPerItem == 3 && checked.goldPerHit == 1)
        #expect(checked.mturk?.lifetimeSeconds == 7 * 86_400 && checked.mturk?.assignmentDurationSeconds == 20 * 60)
        #expect(Array(checked.sectionBodies.keys) == ["guidelines/substitutes.md"])
        #expect(checked.previewItems.count == 5)
        #expect(!checked.goldItems.isEmpty && checked.goldItems.allSatisfy { $0.key.hasPrefix("gold-") && $0.answers["relevance"] != nil })
        #expect(checked.paths.gold?.lastPathComponent == "gold.csv" && checked.paths.sample?.lastPathComponent == "sample.csv")
        #expect(checked.paths.specFileName == "spec.yaml")
    }

    @Test func anMTurkTargetWithNoSettingGetsTheDefaults() throws {
        let spec = try EmitFixtures.copyExample("grocery-search-relevance")
        try EmitFixtures.replace("{ lifetime: 7d, assignment_duration: 20m, auto_approve: 3d }", with: "{}", in: spec)
        let mturk = try #require(TaskPageFixtures.checked(at: spec).mturk)
        #expect(mturk.lifetimeSeconds == 7 * 86_400 && mturk.assignmentDurationSeconds == 3600)
        #expect(mturk.autoApproveSeconds == 3 * 86_400 && mturk.frameHeight == 0)
    }

    @Test func anErrorInAFileGivesNoCheckedSpec() throws {
        let spec = try EmitFixtures.copyExample("grocery-search-relevance")
        try FileManager.default.removeItem(at: spec.deletingLastPathComponent().appendingPathComponent("data/gold.csv"))
        let result = Pipeline.check(path: spec.path)
        #expect(result.hasErrors && result.spec != nil)
        #expect(result.checked == nil)
    }

    @Test func laterStagesReadNoFileOfTheSpec() throws {
        let spec = try EmitFixtures.copyExample("grocery-search-relevance")
        let checked = try #require(Pipeline.check(path: spec.path).checked)
        let folder = spec.deletingLastPathComponent()
        for name in ["spec.yaml", "data", "guidelines"] { try FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
        let preview = try TaskPageRenderer.render(checked, mode: .preview, items: checked.previewItems, templates: .builtin)
        #expect(preview.contains("come from the"))
        let guide = try GuidelinesRenderer.markdown(checked, templates: .builtin)
        #expect(!guide.contains("could not be read"))
        #expect(GoldPool(checked).items.count == checked.goldItems.count)
    }
}
