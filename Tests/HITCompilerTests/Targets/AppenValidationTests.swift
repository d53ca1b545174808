import Testing
@testable import HITCompiler

/// Spec checks as CML validators: each number and text check written as the
/// validator Appen documents, and `W0018` only for what no validator expresses.
@Suite struct AppenValidationTests {
    static let questions = """
            n1: { type: number, prompt: One to ten, min: 1, max: 10.5, step: 1 }
            n2: { type: number, prompt: At least one, min: 1, step: 1 }
            n3: { type: number, prompt: A share, min: 0, max: 1 }
            n4: { type: number, prompt: Fives, min: 0, max: 100, step: 5 }
            n5: { type: number, prompt: Up to nine, max: 9, step: 1, required: false }
            t1: { type: text, prompt: Short, min_length: 3, max_length: 50 }
            t2: { type: text, prompt: Letters, max_length: 200, pattern: "[a-z ]*", required: false }
            t3: { type: text, prompt: Long, min_length: 2 }
            t4: { type: text, prompt: Optional, min_length: 2, pattern: "\\\\p{L}+", required: false }
            t5: { type: text, prompt: Code, pattern: "[A-Z]{2}-[0-9]+" }
            m1: { type: multi_choice, prompt: Tick two, min_selected: 2, options: [a, b, c] }

    """
    static var layout: String {
        "    - text: title\n" + ["n1", "n2", "n3", "n4", "n5", "t1", "t2", "t3", "t4", "t5", "m1"].map { "    - question: \($0)\n" }.joined()
    }

    /// Each question's CML element, read back.
    static func elements() throws -> [String: CMLReader.Tag] {
        let (spec, diagnostics) = SpecFixtures.parse(SpecFixtures.minimal(questions: questions, layout: layout))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let questions = try #require(spec).hit.questions
        var out: [String: CMLReader.Tag] = [:]
        for q in questions {
            var text = ""
            AppenControls.element(q, questions: questions, gold: false).write(into: &text)
            out[q.id] = try #require(try CMLReader.read(text).tags.first { $0.tag.hasPrefix("cml:") })
        }
        return out
    }

    @Test func numberAndTextChecksAreDocumentedValidators() throws {
        let tags = try Self.elements()
        #expect(tags["n1"]?["validates"] == "required integerRange:{min:1,max:10}")
        #expect(tags["n2"]?["validates"] == "required positiveInteger")
        #expect(tags["n3"]?["validates"] == "required numeric")
        #expect(tags["n4"]?["validates"] == "required integerRange:{min:0,max:100}")
        #expect(tags["n5"]?["validates"] == "integer")
        #expect(tags["t1"]?["validates"] == "required rangeLength:{min:3,max:50}")
        // An optional text's pattern also accepts the empty answer.
        #expect(tags["t2"]?["validates"] == "maxLength:200 regex" && tags["t2"]?["data-validates-regex"] == "^(?:[a-z ]*)?$")
        #expect(tags["t3"]?["validates"] == "required minLength:2")
        #expect(tags["t4"]?["validates"] == nil && tags["t4"]?["data-validates-regex"] == nil)
        #expect(tags["t5"]?["validates"] == "required regex" && tags["t5"]?["data-validates-regex"] == "^(?:[A-Z]{2}-[0-9]+)$")
        #expect(tags["m1"]?["validates"] == "required")
    }

    @Test func onlyWhatNoValidatorExpressesIsAWarning() {
        let found = AppenChecksTests.platformDiagnostics(questions: Self.questions, layout: Self.layout)
        #expect(found == [
            "W0018 Appen has no validator for 'min', 'max' of 'n3': an answer that breaks them is read as given",
            "W0018 Appen has no validator for 'step' of 'n4': an answer that breaks it is read as given",
            "W0018 Appen has no validator for 'max' of 'n5': an answer that breaks it is read as given",
            "W0018 Appen has no validator for 'min_length', 'pattern' of 't4': an answer that breaks them is read as given",
            "W0018 Appen has no validator for 'min_selected' of 'm1': an answer that breaks it is read as given",
        ])
    }
}
