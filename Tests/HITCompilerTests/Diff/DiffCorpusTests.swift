import Foundation
import Testing
@testable import HITCompiler

/// `hitc diff old.yaml new.yaml` on every case of `Tests/DiffCorpus/` (made by
/// its `generate.py`): the exact text output and exit status are in each
/// case's `expected.txt` (`HITC_UPDATE_GOLDEN=1` rewrites them).
@Suite(.serialized)
struct DiffCorpusTests {
    static let corpus = Paths.root.appendingPathComponent("Tests/DiffCorpus")

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: corpus.appendingPathComponent("\($0)/new.yaml").path) }.sorted()
    }

    /// Standard error, standard output and the exit status of one run, as `expected.txt` holds them.
    static func transcript(_ out: ProcessOutput) -> String {
        out.stderr + "--- stdout\n" + out.stdout + "--- exit status \(out.status)\n"
    }

    @Test func theCorpusHasACaseForEveryClass() {
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: cases) func caseMatchesItsExpectedOutput(_ name: String) throws {
        let folder = Self.corpus.appendingPathComponent(name)
        let out = try runHITC(["diff", "old.yaml", "new.yaml", "--color", "never"], in: folder)
        #expect(!out.killed)
        let text = Self.transcript(out)
        let expectedURL = folder.appendingPathComponent("expected.txt")
        if Paths.updatingGoldens {
            try text.write(to: expectedURL, atomically: true, encoding: .utf8)
            Issue.record("rewrote \(name)/expected.txt; review it and run again without HITC_UPDATE_GOLDEN")
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(text == expected, "\(name): hitc diff's output differs from expected.txt")
    }

    /// The exit status each case must have, stated here as well as in the goldens,
    /// so a golden rewritten by mistake cannot change what CI gates on.
    @Test func exitStatusFollowsTheClasses() throws {
        let breaking = ["option-removed", "option-renamed", "question-removed", "question-type-changed", "scale-range-changed",
                        "data-key-changed", "aggregation-method-changed", "lint-no-new-version", "lint-no-changelog-entry", "new-spec-has-errors"]
        let passing = ["identical", "cosmetic-only", "option-renamed-mapped", "option-added", "option-hint-changed", "question-added",
                       "scale-labels-changed", "visible-if-changed", "guideline-text-changed", "renamed-from-added", "layout-note-changed", "settings-changed"]
        for name in breaking + passing {
            let out = try runHITC(["diff", "old.yaml", "new.yaml", "-q"], in: Self.corpus.appendingPathComponent(name))
            #expect(out.status == (breaking.contains(name) ? 1 : 0), "\(name): \(out.stderr)")
        }
    }
}
