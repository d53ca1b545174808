import Foundation
import Testing
@testable import HITCompiler

/// `hitc diff`'s JSON and GitHub output, the summary's place, and the parts
/// the classifier rests on (fingerprints, version precedence).
@Suite(.serialized)
struct DiffOutputTests {
    static func folder(_ name: String) -> URL { DiffCorpusTests.corpus.appendingPathComponent(name) }

    @Test func jsonIsOneArrayWithEachChangeInTheNewFileAndANoteInTheOld() throws {
        let out = try runHITC(["diff", "old.yaml", "new.yaml", "--diagnostics-format", "json"], in: Self.folder("option-renamed"))
        #expect(out.status == 1)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        let rename = try #require(array.first { ($0["code"] as? String) == "E0901" })
        #expect(rename["file"] as? String == "new.yaml")
        #expect(rename["severity"] as? String == "error")
        #expect(rename["line"] as? Int == 37)
        #expect((rename["message"] as? String)?.hasPrefix("option value 'neutral' of question 'sentiment' is renamed to 'mixed'") == true)
        let notes = try #require(rename["notes"] as? [[String: Any]])
        #expect(notes.first?["file"] as? String == "old.yaml")
        let range = try #require(notes.first?["range"] as? [String: Any])
        #expect((range["start"] as? [String: Any])?["line"] as? Int == 37)
        #expect(notes.contains { ($0["message"] as? String)?.contains("renamed_from: [neutral]") == true })
        // The summary goes to standard error with JSON, so standard output stays one document.
        #expect(out.stderr == "1 breaking, 1 needs review, 2 cosmetic\n", "\(out.stderr)")
    }

    @Test func githubFormatPrintsWorkflowCommands() throws {
        let out = try runHITC(["diff", "old.yaml", "new.yaml", "--diagnostics-format", "github"], in: Self.folder("option-removed"))
        #expect(out.status == 1)
        #expect(out.stdout.contains("::error file=new.yaml,line=32,col=5,"), "\(out.stdout)")
        #expect(out.stdout.contains("::warning file=new.yaml,line=3,col=10,"), "\(out.stdout)")
    }

    @Test func warningsAsErrorsFailsOnAnyChange() throws {
        let out = try runHITC(["diff", "old.yaml", "new.yaml", "--warnings-as-errors", "-q"], in: Self.folder("cosmetic-only"))
        #expect(out.status == 1)
        let same = try runHITC(["diff", "old.yaml", "new.yaml", "--warnings-as-errors", "-q"], in: Self.folder("identical"))
        #expect(same.status == 0)
    }

    @Test func usageErrorsExit64() throws {
        let out = try runHITC(["diff", "only-one.yaml"])
        #expect(out.status == 64)
    }

    @Test func aMissingFileIsAnError() throws {
        let out = try runHITC(["diff", "no-such.yaml", "old.yaml", "--color", "never"], in: Self.folder("identical"))
        #expect(out.status == 1)
        #expect(out.stderr.hasPrefix("no-such.yaml: error: no such file [E0001]"), "\(out.stderr)")
    }

    @Test func fingerprintsIgnorePositionsButNotContent() {
        let a = Located("x", SourceRange(start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 2)))
        let b = Located("x", SourceRange(start: SourceLocation(line: 9, column: 3), end: SourceLocation(line: 9, column: 4)))
        #expect(Fingerprint.of(a) == Fingerprint.of(b))
        #expect(Fingerprint.of(a) != Fingerprint.of(Located("y", a.range)))
        #expect(Fingerprint.of(["k": 1, "j": 2]) == Fingerprint.of(["j": 2, "k": 1]))
        #expect(Fingerprint.of(["k": 1]) != Fingerprint.of(["k": 2]))
    }

    @Test func versionPrecedenceFollowsSemver() {
        func v(_ text: String) -> SemanticVersion {
            let (core, pre) = text.split(separator: "-", maxSplits: 1).map(String.init).splitFirst()
            let n = core.split(separator: ".").map { Int($0)! }
            return SemanticVersion(major: n[0], minor: n[1], patch: n[2], prerelease: pre, build: nil)
        }
        let ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
                       "1.0.0-rc.1", "1.0.0", "1.0.1", "1.2.0", "1.10.0", "2.0.0"]
        for (k, lower) in ordered.enumerated() {
            for higher in ordered[(k + 1)...] {
                #expect(v(higher).isNewer(than: v(lower)), "\(higher) > \(lower)")
                #expect(!v(lower).isNewer(than: v(higher)), "\(lower) < \(higher)")
            }
            #expect(!v(lower).isNewer(than: v(lower)))
        }
    }
}

private extension Array where Element == String {
    func splitFirst() -> (String, String?) { (self[0], count > 1 ? self[1] : nil) }
}
