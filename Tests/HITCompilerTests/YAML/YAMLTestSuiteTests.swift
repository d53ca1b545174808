import Foundation
import Testing
@testable import HITCompiler

/// Runs the official YAML test suite (`Tests/Datasets/yaml-test-suite`):
/// every valid case must give exactly the events of `test.event`, every error
/// case must get an error diagnostic from the composer, and every case goes
/// through the composer without crashing. Known libyaml disagreements are
/// listed, with reasons, in `Tests/yaml-test-suite-expected-differences.txt`;
/// a listed case that starts passing fails the test too (a stale entry).
@Suite struct YAMLTestSuiteTests {
    /// What happened to one case.
    enum Outcome {
        case matched
        case rejected(byLibYAML: Bool)
        case differs(String)
    }

    @Test func everyCaseMatchesOrIsAListedDifference() throws {
        let directory = YAMLTestSuiteData.directory()
        guard FileManager.default.fileExists(atPath: directory.path) else {
            Issue.record("YAML test suite not found at \(directory.path)")
            return
        }
        let cases = try YAMLTestSuiteData.cases(in: directory)
        try #require(!cases.isEmpty, "no test cases (folders with in.yaml) under \(directory.path)")
        let (entries, comments) = try YAMLTestSuiteData.differences()
        var listed: [String: String] = [:]
        for entry in entries {
            #expect(listed[entry.id] == nil, "\(entry.id) is listed twice in the differences file")
            #expect(!entry.reason.isEmpty, "\(entry.id) is listed without a reason")
            listed[entry.id] = entry.reason
        }

        var tally = Tally()
        for testCase in cases {
            let outcome = Self.run(testCase)
            tally.add(testCase, outcome)
            switch (outcome, listed[testCase.id]) {
            case (.differs(let detail), nil):
                Issue.record("\(testCase.id) (\(testCase.title)): \(detail)")
            case (.matched, .some), (.rejected, .some):
                Issue.record("\(testCase.id) now passes; remove its stale entry from the differences file")
            default:
                break
            }
        }
        let known = Set(cases.map(\.id))
        for entry in entries where !known.contains(entry.id) {
            Issue.record("\(entry.id) is listed in the differences file but is not a case of the suite")
        }
        let summary = tally.summary
        print(summary)
        #expect(comments.contains(summary), "the summary at the top of the differences file is out of date; it should read:\n\(summary)")
    }

    /// Runs one case through the composer (never crashing) and the event reader.
    static func run(_ testCase: YAMLTestSuiteCase) -> Outcome {
        let composed = YAMLComposer().compose(SourceFile(path: testCase.id + "/in.yaml", bytes: testCase.input))
        let libyamlEvents = Result { () throws(YAMLSyntaxError) in try YAMLTestSuiteNotation.events(of: testCase.input) }
        if testCase.isError {
            guard composed.diagnostics.contains(where: { $0.severity == .error }) else {
                return .differs("invalid YAML, but the composer reports no error")
            }
            if case .failure = libyamlEvents { return .rejected(byLibYAML: true) }
            return .rejected(byLibYAML: false)
        }
        switch libyamlEvents {
        case .failure(let error):
            let at = error.location.map { "\($0.line):\($0.column)" } ?? "byte \(error.byteOffset ?? 0)"
            return .differs("valid YAML, but libyaml rejects it at \(at): \(error.problem)")
        case .success(let events) where events == testCase.events:
            return .matched
        case .success(let events):
            return .differs("events differ:\n" + firstDifference(events, testCase.events))
        }
    }

    private static func firstDifference(_ actual: String, _ expected: String) -> String {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let index = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        let got = index < a.count ? String(a[index]) : "(end)"
        let want = index < e.count ? String(e[index]) : "(end)"
        return "  line \(index + 1): got  \(got)\n  line \(index + 1): want \(want)"
    }

    /// Counts for the summary line.
    struct Tally {
        var total = 0, valid = 0, matched = 0, errors = 0, byLibYAML = 0, byComposer = 0, differences = 0

        mutating func add(_ testCase: YAMLTestSuiteCase, _ outcome: Outcome) {
            total += 1
            if testCase.isError { errors += 1 } else { valid += 1 }
            switch outcome {
            case .matched: matched += 1
            case .rejected(let libyaml): if libyaml { byLibYAML += 1 } else { byComposer += 1 }
            case .differs: differences += 1
            }
        }

        var summary: String {
            "# \(total) cases: \(matched) of \(valid) valid cases match test.event; "
                + "\(byLibYAML + byComposer) of \(errors) error cases rejected "
                + "(\(byLibYAML) by libyaml, \(byComposer) only by the composer's rules); "
                + "\(differences) expected differences"
        }
    }
}
