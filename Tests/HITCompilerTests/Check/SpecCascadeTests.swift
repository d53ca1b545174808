import Foundation
import Testing

/// One error must not produce false ones: a question that fails to parse is
/// still known to the later checks, which report only real problems.
@Suite(.serialized)
struct SpecCascadeTests {
    @Test func groceryQuestionWithoutPromptAndMisspeltValue() throws {
        let spec = try SpecVariant.make("grocery-search-relevance", [
            ("      prompt: What makes it impossible to judge?\n", ""),
            ("visible_if: { relevance: cant_judge }", "visible_if: { relevance: cant_jugde }"),
        ])
        let out = try runHITC(["check", "-q", "--color", "never", spec.path])
        #expect(out.status == 1)
        #expect(SpecVariant.diagnosticLines(out, folder: spec.deletingLastPathComponent()) == [
            "spec.yaml:61:7: error: question 'reason' is missing the required key 'prompt' [E0102]",
            "spec.yaml:63:32: error: question 'relevance' has no value 'cant_jugde' [E0310]",
        ], "\(out.stderr)")
    }

    @Test func helpfulnessQuestionWithoutPromptAndMisspeltValue() throws {
        let spec = try SpecVariant.make("answer-helpfulness", [
            ("      prompt: Which answer would you rather receive?\n", "      visible_if: { helpful_a: 7 }\n"),
        ])
        let out = try runHITC(["check", "-q", "--color", "never", spec.path])
        #expect(out.status == 1)
        #expect(SpecVariant.diagnosticLines(out, folder: spec.deletingLastPathComponent()) == [
            "spec.yaml:86:7: error: question 'preference' is missing the required key 'prompt' [E0102]",
            "spec.yaml:88:32: error: question 'helpful_a' has no value '7' [E0310]",
        ], "\(out.stderr)")
    }

    @Test func helpfulnessQuestionWithMisspeltTypeIsOneError() throws {
        let spec = try SpecVariant.make("answer-helpfulness", [
            ("      type: single_choice\n      display: buttons\n", "      type: single_choise\n      display: buttons\n"),
        ])
        let out = try runHITC(["check", "-q", "--color", "never", spec.path])
        #expect(out.status == 1)
        #expect(SpecVariant.diagnosticLines(out, folder: spec.deletingLastPathComponent()) == [
            "spec.yaml:86:13: error: 'single_choise' is not a question type [E0107]",
        ], "\(out.stderr)")
    }
}
