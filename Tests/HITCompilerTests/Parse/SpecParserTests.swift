import Testing
@testable import HITCompiler

struct SpecParserTests {
    @Test func minimalSpecParses() throws {
        let (spec, diagnostics) = SpecFixtures.parse(SpecFixtures.minimal())
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let s = try #require(spec)
        #expect(s.id?.value == "test-task")
        #expect(s.hit.reward?.value.micros == 100_000)
        #expect(s.language.value.text == "en")
        let q = try #require(s.hit.question("q"))
        #expect(q.choice?.options.map(\.value) == ["a", "b"])
        #expect(q.choice?.options.map(\.label) == ["a", "b"])
        #expect(q.required)
    }

    @Test func noStaysAStringWhereAStringIsExpected() throws {
        let text = SpecFixtures.minimal(questions: """
                q:
                  type: single_choice
                  prompt: no
                  options: [yes, no, on, "1.0", 0123]

            """)
        let (spec, diagnostics) = SpecFixtures.parse(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let q = try #require(spec?.hit.question("q"))
        #expect(q.prompt.value == "no")
        #expect(q.choice?.options.map(\.value) == ["yes", "no", "on", "1.0", "0123"])
    }

    @Test func yesInABooleanFieldIsAnErrorWithAFixIt() throws {
        let marked = MarkedText(SpecFixtures.minimal(questions: """
                q:
                  type: single_choice
                  prompt: Pick
                  required: 1️⃣yes
                  options: [a, b]

            """))
        let (_, diagnostics) = SpecFixtures.parse(marked.text)
        let d = try #require(diagnostics.first { $0.code == .expectedBoolean })
        #expect(d.range?.start == marked.locations["1️⃣"])
        #expect(d.fixIts.first?.replacement == "true")
    }

    @Test func quotedNumberGetsAFixIt() throws {
        let marked = MarkedText(SpecFixtures.minimal().replacingOccurrences(of: "items_per_hit: 2", with: "items_per_hit: 1️⃣\"12\""))
        let (_, diagnostics) = SpecFixtures.parse(marked.text)
        let d = try #require(diagnostics.first { $0.code == .expectedInteger })
        #expect(d.range?.start == marked.locations["1️⃣"])
        #expect(d.fixIts.first?.replacement == "12")
    }

    @Test func unknownKeyAfterMultibyteTextIsLocatedInScalars() throws {
        let marked = MarkedText(SpecFixtures.minimal(questions: """
                q:
                  type: single_choice
                  prompt: { 説明: "🙂", 1️⃣requried: x }
                  options: [a, b]

            """))
        // A mapping as a prompt is an error; the point here is positions after CJK and emoji.
        let (_, diagnostics) = SpecFixtures.parse(marked.text)
        let d = try #require(diagnostics.first { $0.code == .expectedString })
        #expect(d.range?.start.line == marked.locations["1️⃣"]?.line)
        let typo = MarkedText(SpecFixtures.minimal(questions: """
                q:
                  type: single_choice
                  prompt: 日本語の説明 🙂
                  1️⃣requried: true
                  options: [a, b]

            """))
        let (_, typoDiagnostics) = SpecFixtures.parse(typo.text)
        let unknown = try #require(typoDiagnostics.first { $0.code == .unknownKey })
        #expect(unknown.range?.start == typo.locations["1️⃣"])
        #expect(unknown.notes.first?.message == "did you mean 'required'?")
        #expect(unknown.fixIts.first?.replacement == "required")
    }

    @Test func questionTypesAndShortForms() throws {
        let text = SpecFixtures.minimal(questions: """
                q:
                  type: multi_choice
                  prompt: Tags
                  options:
                    - { value: a, label: A, key: "1", hint: first }
                    - b
                  min_selected: 1
                  max_selected: 2
                s:
                  type: scale
                  prompt: Rate
                  min: 1
                  max: 5
                  labels: { 1: Poor, 5: Great }
                t:
                  type: text
                  prompt: Why
                  required: false
                  pattern: "^[a-z]+$"
                n:
                  type: number
                  prompt: How many
                  min: 0
                  max: 10
                  step: 0.5
                  unit: kg

            """, layout: "    - text: title\n    - question: q\n    - question: s\n    - question: t\n    - question: n\n")
        let (spec, diagnostics) = SpecFixtures.parse(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let hit = try #require(spec?.hit)
        #expect(hit.questions.map(\.typeName) == ["multi_choice", "scale", "text", "number"])
        #expect(hit.question("s")?.orderedValues == ["1", "2", "3", "4", "5"])
        if let scale = hit.question("s")?.kind.type as? ScaleQuestion {
            #expect(scale.labels.map(\.label) == ["Poor", "Great"])
        } else {
            Issue.record("s is not a scale")
        }
        #expect(hit.question("t")?.required == false)
        #expect(hit.questionOrder.map(\.value) == ["q", "s", "t", "n"])
    }

    @Test func keyValidForAnotherTypeIsReported() throws {
        let marked = MarkedText(SpecFixtures.minimal(questions: """
                q:
                  type: single_choice
                  prompt: Pick
                  1️⃣max_selected: 2
                  options: [a, b]

            """))
        let (_, diagnostics) = SpecFixtures.parse(marked.text)
        let d = try #require(diagnostics.first { $0.code == .unknownKey })
        #expect(d.range?.start == marked.locations["1️⃣"])
        #expect(d.message == "'max_selected' does not apply to a single_choice question")
    }

    @Test func unknownQuestionTypeSuggests() throws {
        let (_, diagnostics) = SpecFixtures.parse(SpecFixtures.minimal(questions: """
                q:
                  type: single_choise
                  prompt: Pick
                  options: [a, b]

            """))
        let d = try #require(diagnostics.first { $0.code == .invalidEnumValue })
        #expect(d.notes.first?.message == "did you mean 'single_choice'?")
    }

    @Test func everySchemaObjectHasKeysTheParserUses() {
        // The parser reads allowed keys from SpecSchema; the layout and question
        // parsers' own tables must agree with it.
        let questionKeys = Set(SpecSchema.keys(.question))
        for type in QuestionTypes.all { #expect(Set(type.schemaProperties.map(\.name)).isSubset(of: questionKeys)) }
        #expect(Set(QuestionParser.commonKeys).isSubset(of: questionKeys))
        let blockKeys = Set(SpecSchema.keys(.layoutBlock))
        #expect(Set(LayoutParser.blockKeys).isSubset(of: blockKeys))
        #expect(Set(LayoutParser.modifiers.values.flatMap { $0 }).union(LayoutParser.blockKeys) == blockKeys)
    }
}
