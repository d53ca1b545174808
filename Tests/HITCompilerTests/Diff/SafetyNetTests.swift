import Foundation
import Testing
@testable import HITCompiler

/// The safety net of `SpecDiffer`: a difference no classifier names is still
/// reported, as needs review, and positions alone are no difference.
struct SafetyNetTests {
    static func checked(_ name: String, _ file: String) throws -> CheckedSpec {
        let path = DiffCorpusTests.corpus.appendingPathComponent("\(name)/\(file)").path
        return try #require(Pipeline.check(path: path).checked)
    }

    @Test func aDifferenceNoClassifierKnowsIsNeedsReview() throws {
        let old = try Self.checked("identical", "old.yaml")
        var spec = old.spec
        // A part of the model no classifier reads: the safety net must still see it.
        spec.data.unparsedFields.insert("ghost")
        let new = try #require(CheckedSpec(spec: spec, source: old.source, files: CheckedFiles(paths: old.paths)))
        let changes = SpecDiffer.changes(old: old, new: new)
        #expect(changes.count == 1)
        #expect(changes.first?.changeClass == .needsReview)
        #expect(changes.first?.message == "'data' changed in a way hitc diff does not classify; review it")
    }

    @Test func movedTextIsNoChange() throws {
        let old = try Self.checked("identical", "old.yaml")
        let text = try String(contentsOfFile: old.paths.spec, encoding: .utf8)
        let folder = Paths.temporaryDirectory()
        // Comments, blank lines and the order of the questions mapping move every position.
        let moved = "# a comment\n\n" + text.replacingOccurrences(of: "    stars:\n      type: scale", with: "    # stars\n    stars:\n      type: scale")
        let url = folder.appendingPathComponent("spec.yaml")
        try moved.write(to: url, atomically: true, encoding: .utf8)
        let new = try #require(Pipeline.check(path: url.path).checked)
        #expect(SpecDiffer.changes(old: old, new: new).isEmpty)
    }
}
