import Foundation
import Testing
@testable import HITCompiler

/// Numbers a spec reads must survive every output: a number too large for a
/// double (which would be infinite) or an integer too large for an `Int` is a
/// located error at check time, never an encoding failure at build time.
@Suite(.serialized)
struct SpecNumbersTests {
    /// Builds a variant of the helpfulness example and returns its diagnostic lines.
    func build(_ edits: [(String, String)]) throws -> (ProcessOutput, [String]) {
        let spec = try SpecVariant.make("answer-helpfulness", edits)
        let folder = spec.deletingLastPathComponent()
        let out = try runHITC(["build", "--color", "never", spec.path, "-o", folder.appendingPathComponent("out").path])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/answer-helpfulness").path),
                "a bundle was written")
        return (out, SpecVariant.diagnosticLines(out, folder: folder))
    }

    @Test func stepTooLargeForADoubleIsALocatedError() throws {
        let (out, lines) = try build([("      step: 1\n      unit: errors\n    helpful_b:", "      step: 1e309\n      unit: errors\n    helpful_b:")])
        #expect(out.status == 1)
        #expect(lines == ["spec.yaml:68:13: error: 'step' 1e309 is out of range: a number must lie between -1.8e308 and 1.8e308 [E0206]"],
                "\(out.stderr)")
        #expect(!out.stderr.contains("Encoding"), "\(out.stderr)")
    }

    @Test func boundsTooLargeForADoubleAreLocatedErrors() throws {
        let (out, lines) = try build([("      min: 0\n      max: 10\n      step: 1\n      unit: errors\n    helpful_b:",
                                       "      min: -1e309\n      max: 1E+400\n      step: 1\n      unit: errors\n    helpful_b:")])
        #expect(out.status == 1)
        #expect(lines == [
            "spec.yaml:66:12: error: 'min' -1e309 is out of range: a number must lie between -1.8e308 and 1.8e308 [E0206]",
            "spec.yaml:67:12: error: 'max' 1E+400 is out of range: a number must lie between -1.8e308 and 1.8e308 [E0206]",
        ], "\(out.stderr)")
    }

    @Test func infinityAndNaNWordsAreNotNumbers() throws {
        let (out, lines) = try build([("      min: 0\n      max: 10\n      step: 1\n      unit: errors\n    helpful_b:",
                                       "      min: .nan\n      max: !!float .inf\n      step: 1\n      unit: errors\n    helpful_b:")])
        #expect(out.status == 1)
        #expect(lines == [
            "spec.yaml:66:12: error: 'min' must be a number, not '.nan' [E0105]",
            "spec.yaml:67:12: error: 'max' must be a number, not '.inf' [E0105]",
        ], "\(out.stderr)")
    }

    /// Every place a number is read goes through the same reader: field bounds,
    /// gains, thresholds.
    @Test func everyNumberReaderRefusesInfinity() throws {
        let yaml = SpecFixtures.minimal(top: """
            use_case:
              gains: { a: 1e999 }
            quality:
              judgments_per_item: 3
              agreement: { metric: percent, min: -1e999 }
              aggregation:
                q: { method: majority, min_confidence: 2e308 }

            """)
            .replacingOccurrences(of: "    title: { type: text }", with: "    title: { type: text }\n    price: { type: number, min: -9e999, max: 1e309 }")
        let errors = SpecFixtures.check(yaml).filter { $0.severity == .error }.map { "\($0.code.code) \($0.message)" }
        // In the order they are written (the parser's diagnostics come by position).
        #expect(errors == [
            "E0206 'min' -9e999 is out of range: a number must lie between -1.8e308 and 1.8e308",
            "E0206 'max' 1e309 is out of range: a number must lie between -1.8e308 and 1.8e308",
            "E0206 the gain of 'a' 1e999 is out of range: a number must lie between -1.8e308 and 1.8e308",
            "E0206 'agreement.min' -1e999 is out of range: a number must lie between -1.8e308 and 1.8e308",
            "E0206 'min_confidence' 2e308 is out of range: a number must lie between -1.8e308 and 1.8e308",
        ], "\(errors)")
    }

    @Test func integerTooLargeForAnIntIsOutOfRange() throws {
        let yaml = SpecFixtures.minimal().replacingOccurrences(of: "  estimated_seconds: 20", with: "  estimated_seconds: 99999999999999999999")
        let errors = SpecFixtures.check(yaml).filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["'estimated_seconds' must be at most 86400, not 99999999999999999999"])
        #expect(errors.map(\.code) == [.valueOutOfRange])
    }
}
