import Foundation
import Testing
@testable import HITCompiler

/// The checklist places each error by where it is written: an error inside a
/// section (or a file it names) fails that section's step, so a question with an
/// unknown key fails "Design the HIT"; counted nouns are singular for one.
@Suite struct ChecklistPlacementTests {
    /// A copy of the grocery example with `old` replaced by `new` in `file`.
    static func grocery(_ old: String, _ new: String, in file: String = "spec.yaml") throws -> URL {
        let spec = try EmitFixtures.copyExample("grocery-search-relevance")
        try EmitFixtures.replace(old, with: new, in: spec.deletingLastPathComponent().appendingPathComponent(file))
        return spec
    }

    @Test func anUnknownKeyInAQuestionFailsDesignTheHIT() throws {
        let spec = try Self.grocery("      max_length: 300\n", "      max_lenght: 300\n")
        let out = try runHITC(["check", "spec.yaml"], in: spec.deletingLastPathComponent())
        #expect(out.status == 1)
        #expect(out.stderr.hasPrefix("spec.yaml:65:7: error: unknown key 'max_lenght' in question 'reason' [E0103]\n"), "\(out.stderr)")
        #expect(out.stdout.contains("  [ ] 4. Design the HIT: the HIT design has problems (E0103)\n"), "\(out.stdout)")
        #expect(out.stdout.contains("  [x] 3. Understand the data: 8 fields; sample rows fit the schema\n"))
        #expect(out.stdout.contains("  [x] 5. Write the guidelines: 5 sections, 5 examples, changelog current\n"))
        #expect(out.stdout.hasSuffix("1 spec checked: 1 error, 0 warnings\n"))
    }

    /// An edit of the grocery example, the step it fails and why.
    struct Case: CustomTestStringConvertible, Sendable {
        var old: String, new: String, file = "spec.yaml", step: Int, reason: String
        var testDescription: String { "step \(step): \(reason)" }
    }

    static let cases: [Case] = [
        Case(old: "  cadence: continuous\n", new: "  cadense: continuous\n", step: 2, reason: "'use_case' has problems (E0103)"),
        Case(old: "  sample: data/sample.csv\n", new: "  sample: data/sample.csv\n  sampel: 1\n", step: 3, reason: "'data' has problems (E0103)"),
        Case(old: "gsr-0001,organic whole milk,\"Horizon Organic Whole Milk, 1 gal\",https://img.example.com/grocery/sku-10482.jpg,Horizon Organic,6.49",
             new: "gsr-0001,organic whole milk,\"Horizon Organic Whole Milk, 1 gal\",https://img.example.com/grocery/sku-10482.jpg,Horizon Organic,cheap",
             file: "data/sample.csv", step: 3, reason: "the data files have problems (E0407)"),
        Case(old: "  estimated_seconds: 100", new: "  estimated_seconds: -100", step: 4, reason: "the HIT design has problems (E0206)"),
        Case(old: "  faq:\n", new: "  faqs:\n", step: 5, reason: "'guidelines' has problems (E0103)"),
        Case(old: "2. come from the", new: "2. come \u{1}from the", file: "guidelines/substitutes.md", step: 5,
             reason: "the section files have problems (E0602)"),
        Case(old: "  feedback: optional\n", new: "  feedback: sometimes\n", step: 6,
             reason: "'communication' or 'targets' has problems (E0107)"),
        Case(old: "    file: data/gold.csv\n", new: "    file: data/gold-missing.csv\n", step: 7,
             reason: "the quality settings have problems (E0402)"),
    ]

    @Test(arguments: cases)
    func anErrorInsideASectionFailsItsStepOnly(_ c: Case) throws {
        let spec = try Self.grocery(c.old, c.new, in: c.file)
        let result = Pipeline.check(path: spec.path)
        let checklist = try #require(result.checklist)
        let failed = checklist.steps.filter { !$0.passed }
        #expect(failed.map(\.number) == [c.step], "\(result.diagnostics.map { "\($0.code.code) \($0.message)" })")
        #expect(failed.first?.reason.contains(c.reason) == true, "\(failed.first?.reason ?? "")")
    }

    @Test func aQuestionWithAnErrorPastTheDiagnosticsKeptStillFailsItsStep() throws {
        let questions = "    q:\n      type: text\n      prompt: P\n      max_lenght: 300\n"
        let text = SpecFixtures.minimal(questions: questions) + "\n" + (0..<250).map { "unknown\($0): 1\n" }.joined()
        let folder = Paths.temporaryDirectory()
        try text.write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        let result = Pipeline.check(path: folder.appendingPathComponent("spec.yaml").path)
        #expect(!result.diagnostics.contains { $0.message.contains("max_lenght") }, "the 251st error is counted, not kept")
        let step = try #require(result.checklist?.steps[3])
        #expect(!step.passed)
        #expect(step.reason.hasPrefix("the HIT design has errors"), "\(step.reason)")
    }

    @Test func oneOfEachIsSingular() throws {
        let folder = Paths.temporaryDirectory()
        let text = """
            hitc: 1
            id: one
            version: 1.0.0
            title: One
            use_case: { purpose: evaluation, goal: Test., metric: accuracy, prior_work: none }
            data:
              fields:
                title: text
              sample: sample.csv
            hit:
              items_per_hit: 1
              reward: 0.50 USD
              estimated_seconds: 10
              layout:
                - text: title
                - question: q
              questions:
                q:
                  type: single_choice
                  prompt: Good?
                  options:
                    - { value: yes, hint: It is. }
            guidelines:
              summary: Judge it.
              sections:
                - { title: All, body: Judge it. }
              examples:
                - { item: { title: A }, answers: { q: yes } }
              changelog:
                - { version: 1.0.0, date: 2026-01-01, notes: First. }
            communication: { contact: a@example.com, min_hourly_wage: 1.00 USD }
            targets: { generic: { submit_url: "https://example.com/submit" } }
            quality:
              judgments_per_item: 1
              agreement: { metric: percent, min: 0.5 }
              aggregation: { q: { method: majority } }

            """
        try text.write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        try "title\nA thing\n".write(to: folder.appendingPathComponent("sample.csv"), atomically: true, encoding: .utf8)
        let out = try runHITC(["check", "spec.yaml"], in: folder)
        #expect(out.stdout == """
            Pre-flight checklist for spec.yaml:
              [x] 1. Know what was done before: prior work recorded
              [x] 2. State the use case and its metric: evaluation task, metric accuracy
              [x] 3. Understand the data: 1 field; sample rows fit the schema
              [x] 4. Design the HIT: 1 question, 1 item per HIT, fair pay checked
              [x] 5. Write the guidelines: 1 section, 1 example, changelog current
              [x] 6. Communicate the task: contact a@example.com, feedback none
              [x] 7. Keep quality high: 1 judgment per item, gold, agreement and aggregation set
            1 spec checked: 0 errors, 0 warnings

            """, "\(out.stderr)")
        let built = Paths.temporaryDirectory()
        let build = try runHITC(["build", "-o", built.path, "spec.yaml"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        let manifest = try String(contentsOf: built.appendingPathComponent("one/manifest.json"), encoding: .utf8)
        #expect(manifest.contains("per 1000 items; 1 real item per HIT (items_per_hit minus gold per HIT); 1 assignment per HIT; "),
                "\(manifest)")
    }

    @Test func oneOptionIsSingularInMessages() {
        let questions = """
                q:
                  type: multi_choice
                  prompt: Pick
                  options: [a]
                  max_selected: 3

            """
        let messages = SpecFixtures.check(SpecFixtures.minimal(questions: questions)).map(\.message)
        #expect(messages.contains("'max_selected' 3 is more than the 1 option"), "\(messages)")
    }

    @Test func pluralForms() {
        #expect(Plural.count(1, "section") == "1 section")
        #expect(Plural.count(0, "section") == "0 sections")
        #expect(Plural.count(2, "more error") == "2 more errors")
        #expect(Plural.count(3, "entry", plural: "entries") == "3 entries")
        #expect(ShortList.joined(["a", "b", "c"], limit: 2) == "a, b and 1 more")
        #expect(ShortList.joined(["a", "b"], limit: 2) == "a, b")
    }
}
