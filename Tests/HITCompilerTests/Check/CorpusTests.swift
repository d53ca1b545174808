import Foundation
import Testing
@testable import HITCompiler

/// The invalid-spec corpus: every folder in `Tests/Corpus/invalid/` is a case with
/// a `spec.yaml` (and any files it names) and an `expected.txt` listing, one a
/// line, every diagnostic the check must produce:
///
///     FILE:LINE:COL: CODE: MESSAGE
///
/// with FILE relative to the case folder. `HITC_UPDATE_GOLDEN=1` rewrites the
/// expectations (and fails, so the change is reviewed).
struct CorpusTests {
    static let invalid = Paths.corpus.appendingPathComponent("invalid")

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: invalid.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Renders diagnostics in the golden format. Paths are made relative to the
    /// case folder, in messages too, so goldens do not depend on the checkout's path.
    static func golden(_ diagnostics: [Diagnostic], caseFolder: String) -> String {
        diagnostics.map { d in
            var file = d.file
            if file.hasPrefix(caseFolder + "/") { file.removeFirst(caseFolder.count + 1) }
            let position = d.range.map { ":\($0.start.line):\($0.start.column)" } ?? ""
            // Escaped as the renderers print it, so a control character in a message stays text.
            let message = TerminalText.escaped(d.message.replacingOccurrences(of: caseFolder + "/", with: ""))
            return "\(file)\(position): \(d.code.code): \(message)\n"
        }.joined()
    }

    /// Options for a case: the defaults, changed by an optional `options.txt` of
    /// `key=value` lines (`max-spec-bytes=N`, `max-nodes=N`), so a size-limit case need not be 8 MiB.
    static func options(for folder: URL) -> CheckOptions {
        var options = CheckOptions()
        let text = (try? String(contentsOf: folder.appendingPathComponent("options.txt"), encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2, parts[0] == "max-spec-bytes", let n = Int(parts[1]) { options.yamlLimits.maxInputBytes = n }
            if parts.count == 2, parts[0] == "max-nodes", let n = Int(parts[1]) { options.yamlLimits.maxNodes = n }
        }
        return options
    }

    @Test func corpusHasAtLeastSixtyCases() {
        #expect(Self.cases.count >= 60, "the invalid-spec corpus has \(Self.cases.count) cases")
    }

    @Test(arguments: cases)
    func invalidSpec(_ name: String) throws {
        let folder = Self.invalid.appendingPathComponent(name)
        let result = Pipeline.check(path: folder.appendingPathComponent("spec.yaml").path, options: Self.options(for: folder))
        let actual = Self.golden(result.diagnostics, caseFolder: folder.path)
        #expect(!result.diagnostics.isEmpty, "case \(name) produced no diagnostic")
        let expectedURL = folder.appendingPathComponent("expected.txt")
        if Paths.updatingGoldens {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            Issue.record("rewrote \(expectedURL.path); review the diff and run again without HITC_UPDATE_GOLDEN")
            return
        }
        let expected = (try? String(contentsOf: expectedURL, encoding: .utf8)) ?? "<missing expected.txt>\n"
        #expect(actual == expected, "case \(name):\n--- expected\n\(expected)--- actual\n\(actual)")
    }

    @Test func everyCatalogueCodeIsCovered() throws {
        var seen = Set<String>()
        for name in Self.cases {
            let text = (try? String(contentsOf: Self.invalid.appendingPathComponent(name).appendingPathComponent("expected.txt"), encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") {
                if let match = line.firstMatch(of: #/: ([EW][0-9]{4}): /#) { seen.insert(String(match.1)) }
            }
        }
        let missing = DiagnosticCode.allCases.map(\.code).filter { !seen.contains($0) && !CorpusTests.coveredElsewhere.contains($0) }
        #expect(missing.isEmpty, "codes with no corpus case: \(missing.joined(separator: ", "))")
    }

    /// Codes that cannot come from a file in the corpus, and the test that covers each instead.
    static let coveredElsewhere: Set<String> = [
        // Results files of `hitc aggregate` are not specs: AggregateReaderTests
        // (headerWithoutFormatIsE0501, badAnswersAreLocatedErrors) and AggregateCLITests.
        "E0501", // unrecognisedResults: AggregateReaderTests.headerWithoutFormatIsE0501
        "E0502", // invalidWorkerAnswer: AggregateReaderTests.badAnswersAreLocatedErrors
        "E0503", // unknownResultsQuestion: AggregateReaderTests.badAnswersAreLocatedErrors
        "E0504", // incompleteJudgment: AggregateReaderTests.badAnswersAreLocatedErrors
        "E0505", // resultsRowTooLong: AggregateHostileResultsTests.aRowOver16MiBIsE0505ThroughTheBinary
        "E0506", // forbiddenResultsCharacter: ResultsCharacterTests.longCSVRefusesControlC1AndNoncharactersInIdsAndTextAnswers
        "W0017", // repeatedJudgment: AggregateRepeatedJudgmentsTests.oneWorkerAnsweringFiveTimesDoesNotOutvoteTwo
        "W0020", // sqlQuestionLeftOut (hitc sql, not hitc check): SQLDiagnosticsTests, SQLCLITests.aLeftOutQuestionIsAWarningOnStandardError
        // The MTurk question size is known only once `hitc build` renders the page.
        "E0601", // questionOverLimit: BuildTests.anOversizedPageStopsTheBuild
        // A guideline section file is checked for XML's characters when `hitc build` renders it.
        "E0602", // forbiddenXMLCharacter: EmitXMLCharacterTests.aSectionFileWithAForbiddenCharacterIsALocatedErrorAndNothingIsWritten
        "W0010", // questionNearLimit: BuildTests.questionSizeIsCheckedAgainstMTurksLimit
        // `hitc batch` codes need a data file given on the command line.
        "E0701", // batchNeedsKey: BatchTests.specProblemsStopBeforeTheData
        "E0702", // goldPoolTooSmall: BatchTests.specProblemsStopBeforeTheData
        "E0703", // unusableItemKey: BatchTests.repeatedAndGoldKeysAreErrors
        // The renderers add it when a run has more diagnostics than they print.
        "W0013", // diagnosticsOmitted: DiagnosticLimitTests.textPrintsTwoHundredAndCountsTheRest
        // A file that changes while it is read, and a row over 16 MiB, are not specs.
        "E0020", // fileChanged: DataTruncationTests.aFileTruncatedWhileCheckedIsALocatedErrorNotASignal
        "E0411", // rowTooLong: DataTruncationTests.aRowLongerThanTheLimitIsE0411
    ]
}
