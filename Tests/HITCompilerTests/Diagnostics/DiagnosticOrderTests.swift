import Foundation
import Testing
@testable import HITCompiler

/// Diagnostics print with the spec's first, then those of the files it names in
/// the order they are checked (section files, sample, gold), each by position and
/// code; not by file name, which put `data/gold.csv` before `spec.yaml`.
@Suite struct DiagnosticOrderTests {
    /// The grocery example with one error in the spec, its section file, its sample and its gold file.
    static func specWithAnErrorInEveryFile() throws -> URL {
        let spec = try EmitFixtures.copyExample("grocery-search-relevance")
        let folder = spec.deletingLastPathComponent()
        try EmitFixtures.replace("  items_per_hit: 5\n", with: "  items_per_hit: 5\n  itmes: 3\n", in: spec)
        try EmitFixtures.replace("2. come from the", with: "2. come \u{1}from the", in: folder.appendingPathComponent("guidelines/substitutes.md"))
        try EmitFixtures.replace("Horizon Organic,6.49", with: "Horizon Organic,cheap", in: folder.appendingPathComponent("data/sample.csv"))
        try EmitFixtures.replace("gold-001.jpg,Jif,2.99,pantry,https://shop.example.com/p/jif-creamy-16oz,exact,",
                                 with: "gold-001.jpg,Jif,2.99,pantry,https://shop.example.com/p/jif-creamy-16oz,exakt,",
                                 in: folder.appendingPathComponent("data/gold.csv"))
        return spec
    }

    @Test(arguments: ["check", "build"])
    func theSpecComesFirstThenTheFilesInTheOrderTheyAreChecked(_ command: String) throws {
        let spec = try Self.specWithAnErrorInEveryFile()
        let folder = spec.deletingLastPathComponent()
        var arguments = [command, "--diagnostics-format", "json", "spec.yaml"]
        if command == "build" { arguments += ["-o", Paths.temporaryDirectory().path] }
        let out = try runHITC(arguments, in: folder)
        #expect(out.status == 1)
        let entries = try EmitFixtures.jsonDiagnostics(out)
        let errors = entries.filter { $0["severity"] as? String == "error" }
        #expect(errors.compactMap { $0["file"] as? String }
                == ["spec.yaml", "guidelines/substitutes.md", "data/sample.csv", "data/gold.csv"], "\(out.stdout)")
        #expect(errors.compactMap { $0["code"] as? String } == ["E0103", "E0602", "E0407", "E0317"])
    }

    @Test func withinAFileByPositionThenCode() {
        let at = { (line: Int, code: DiagnosticCode, message: String) in
            Diagnostic(code, message, file: "s.yaml", range: SourceRange(line: line, column: 1))
        }
        let given = [at(3, .unknownKey, "c"), at(2, .unknownQuestion, "b2"), at(2, .missingKey, "b1"),
                     Diagnostic(.unknownKey, "gold", file: "a/gold.csv", range: SourceRange(line: 1, column: 1)),
                     Diagnostic(.unknownKey, "section", file: "z.md", range: SourceRange(line: 1, column: 1))]
        let sorted = Diagnostic.sortedByPosition(given, fileOrder: ["s.yaml", "z.md"])
        #expect(sorted.map(\.message) == ["b1", "b2", "c", "section", "gold"])
    }
}
