import Foundation
import Testing

/// MTurk's limits on the HIT type (title, description, keywords, reward,
/// durations) are checked when the spec targets MTurk, and only then.
@Suite(.serialized)
struct MTurkLimitsTests {
    static let title = String(repeating: "T", count: 500)
    static let description = String(repeating: "d", count: 5_000)
    /// 100 keywords of 11 characters: 1,298 characters once joined with ", ".
    static let keywords = (1...100).map { String(format: "keyword-%03d", $0) }.joined(separator: ", ")

    /// Checks a grocery variant with long texts, with or without the MTurk target.
    func check(mturk: Bool, _ more: [(String, String)] = []) throws -> (ProcessOutput, [String]) {
        var edits = [
            ("title: Rate grocery search results\n", "title: \(Self.title)\n"),
            ("description: Decide how well each product matches what a shopper searched for.\n", "description: \(Self.description)\n"),
            ("keywords: [grocery, search, relevance]\n", "keywords: [\(Self.keywords)]\n"),
        ] + more
        if !mturk { edits.append(("  mturk:    { lifetime: 7d, assignment_duration: 20m, auto_approve: 3d }\n", "")) }
        let spec = try SpecVariant.make("grocery-search-relevance", edits)
        let out = try runHITC(["check", "-q", "--color", "never", spec.path])
        return (out, SpecVariant.diagnosticLines(out, folder: spec.deletingLastPathComponent()))
    }

    @Test func longTitleDescriptionAndKeywordsAreErrorsForMTurk() throws {
        let (out, lines) = try check(mturk: true)
        #expect(out.status == 1)
        #expect(lines == [
            "spec.yaml:4:8: error: the title is 500 characters long; MTurk takes at most 128 [E0216]",
            "spec.yaml:5:14: error: the description is 5000 characters long; MTurk takes at most 2000 [E0216]",
            "spec.yaml:6:1: error: the keywords, joined with ', ', are 1298 characters long; MTurk takes at most 1000 [E0216]",
        ], "\(out.stderr)")
    }

    @Test func longTextsAreFineWithoutMTurk() throws {
        let (out, lines) = try check(mturk: false)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(lines.isEmpty, "\(lines)")
    }

    @Test func rewardBeyondCentsAndDurationsOutOfRangeAreErrors() throws {
        let spec = try SpecVariant.make("grocery-search-relevance", [
            ("  reward: 0.45 USD", "  reward: 0.450 USD"),
            ("assignment_duration: 20m, auto_approve: 3d", "assignment_duration: 400d, auto_approve: 31d"),
        ])
        let out = try runHITC(["check", "-q", "--color", "never", spec.path])
        #expect(out.status == 1)
        #expect(SpecVariant.diagnosticLines(out, folder: spec.deletingLastPathComponent()) == [
            "spec.yaml:34:11: error: MTurk takes rewards with at most two decimals, not 0.450 USD [E0216]",
            "spec.yaml:207:50: error: MTurk takes an assignment duration from 30s to 365d, not 400d [E0216]",
            "spec.yaml:207:70: error: MTurk auto-approves after at most 30d, not 31d [E0216]",
        ], "\(out.stderr)")
        #expect(out.stderr.contains("fix-it: replace with '0.45 USD'"), "\(out.stderr)")
        let fraction = try SpecVariant.make("grocery-search-relevance", [("  reward: 0.45 USD", "  reward: 0.125 USD")])
        let rounded = try runHITC(["check", "-q", "--color", "never", fraction.path])
        #expect(rounded.stderr.contains("error: MTurk takes rewards with at most two decimals, not 0.125 USD [E0216]"))
        #expect(rounded.stderr.contains("note: round it to whole cents"), "\(rounded.stderr)")
    }
}
