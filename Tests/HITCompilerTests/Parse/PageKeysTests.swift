import Foundation
import Testing
@testable import HITCompiler

/// The spec keys of issue 14 the page reads: `exclusive` on a multi_choice
/// option, `label` (a caption) on a layout block, and `hit.auto_advance`; how
/// they are parsed, refused where they make no sense, and what the page's view
/// model and script configuration carry.
struct PageKeysTests {
    static let tags = """
            q:
              type: multi_choice
              prompt: Which tags?
              options:
                - { value: vegan, key: v }
                - { value: organic, key: o }
                - { value: none, label: None of these, key: z, exclusive: true }

        """

    static func errors(_ text: String) -> [Diagnostic] {
        SpecFixtures.check(text).filter { $0.severity == .error }
    }

    // MARK: exclusive

    @Test func exclusiveIsReadOnAMultiChoiceOption() throws {
        let (spec, diagnostics) = SpecFixtures.parse(SpecFixtures.minimal(questions: Self.tags))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let options = try #require(spec?.hit.question("q")?.choice?.options)
        #expect(options.map(\.exclusive) == [false, false, true])
    }

    @Test func exclusiveOnASingleChoiceOptionIsAnError() {
        let text = SpecFixtures.minimal(questions: """
                q:
                  type: single_choice
                  prompt: Pick
                  options:
                    - { value: a }
                    - { value: b, exclusive: true }

            """)
        let errors = Self.errors(text)
        #expect(errors.map(\.code) == [.unknownKey], "\(errors.map(\.message))")
        #expect(errors.first?.message == "'exclusive' applies only to the options of a multi_choice question")
        #expect(errors.first?.notes.first?.message.contains("question 'q'") == true)
    }

    @Test func aMultiChoiceWhoseOptionsAreAllExclusiveIsAnError() {
        let text = SpecFixtures.minimal(questions: """
                q:
                  type: multi_choice
                  prompt: Pick
                  options:
                    - { value: a, exclusive: true }
                    - { value: b, exclusive: true }

            """)
        let errors = Self.errors(text)
        #expect(errors.map(\.code) == [.unknownKey], "\(errors.map(\.message))")
        #expect(errors.first?.message.contains("every option") == true)
        #expect(errors.first?.notes.first?.message.contains("single_choice") == true)
    }

    @Test func minSelectedAboveOneWithAnExclusiveOptionIsAnError() {
        let text = SpecFixtures.minimal(questions: Self.tags.replacingOccurrences(
            of: "      options:", with: "      min_selected: 2\n      options:"))
        let errors = Self.errors(text)
        #expect(errors.map(\.code) == [.valueOutOfRange], "\(errors.map(\.message))")
        #expect(errors.first?.message.contains("'none'") == true)
        // min_selected: 1 is fine.
        let one = SpecFixtures.minimal(questions: Self.tags.replacingOccurrences(
            of: "      options:", with: "      min_selected: 1\n      options:"))
        #expect(Self.errors(one).isEmpty)
    }

    @Test func exclusiveMustBeABoolean() {
        let text = SpecFixtures.minimal(questions: Self.tags.replacingOccurrences(of: "exclusive: true", with: "exclusive: maybe"))
        #expect(Self.errors(text).map(\.code) == [.expectedBoolean])
    }

    @Test func theTaskPageAndTheGuidelinesCarryTheExclusiveFlag() throws {
        let (checked, _) = try TaskPageFixtures.checked(yaml: SpecFixtures.minimal(questions: Self.tags))
        let question = try #require(TaskPageLowering(checked).itemLayout().blocks.compactMap(\.question).first)
        #expect(question.multiCheckboxes?.options.map(\.exclusive) == [false, false, true])
        let doc = GuidelinesLowering(checked).document()
        let entry = try #require(doc.questions.first { $0.id == "q" })
        #expect(entry.choices.map(\.exclusive) == [false, false, true])
        #expect(entry.rules.map(\.text).contains("“None of these” is chosen alone: choosing it clears the other options."))
        let html = GuidelinesHTMLModel.view(doc, itemLayout: TaskPageLowering(checked).itemLayout(), csp: "", style: "")
        let rows = try #require(html.questionsPart?.guideQuestions.first?.choiceTable?.choiceRows)
        #expect(rows.map(\.choiceExclusive) == [false, false, true])
    }

    // MARK: label on layout blocks

    @Test func aCaptionIsReadOnTextMarkdownImageAudioAndVideoBlocks() throws {
        let text = """
            hitc: 1
            id: test-task
            version: 1.0.0
            title: Test
            data:
              fields:
                title: { type: text }
                notes: { type: markdown }
                photo: { type: image }
                sound: { type: audio }
                clip: { type: video }
                page: { type: url }
            hit:
              items_per_hit: 2
              reward: 0.10 USD
              estimated_seconds: 20
              layout:
                - text: title
                  label: Rating
                - markdown: notes
                  label: Notes
                - image: photo
                  label: Photo
                - audio: sound
                  label: Sound
                - video: clip
                  label: Clip
                - link: page
                  label: Open the page
                - question: q
              questions:
                q:
                  type: single_choice
                  prompt: Pick one
                  options: [a, b]
            """
        let (spec, diagnostics) = SpecFixtures.parse(text)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let layout = try #require(spec?.hit.layout)
        #expect(layout.map(\.caption) == ["Rating", "Notes", "Photo", "Sound", "Clip", nil, nil])
        let (checked, _) = try TaskPageFixtures.checked(yaml: text)
        let blocks = TaskPageLowering(checked).itemLayout().blocks
        #expect(blocks.map(\.blockLabel) == ["Rating", "Notes", "Photo", "Sound", "Clip", nil, nil])
        // A link's label stays its link text.
        #expect(blocks[5].link?.linkLabel == "Open the page")
    }

    @Test func aCaptionOnANoteQuestionOrColumnsBlockIsAnError() {
        for block in ["- note: Hello", "- question: q", "- columns:\n        - - text: title\n        - - text: title"] {
            let layout = "    - text: title\n    \(block)\n      label: Caption\n" + (block.contains("question") ? "" : "    - question: q\n")
            let errors = Self.errors(SpecFixtures.minimal(layout: layout))
            #expect(errors.map(\.code) == [.unknownKey], "\(block): \(errors.map(\.message))")
        }
    }

    // MARK: auto_advance

    @Test func autoAdvanceIsOnByDefaultAndTurnsOff() throws {
        let on = try TaskPageFixtures.checked(yaml: SpecFixtures.minimal()).0
        #expect(TaskPageLowering(on).config(preview: false, items: []).autoAdvance == true)
        let offText = SpecFixtures.minimal().replacingOccurrences(of: "  items_per_hit: 2\n", with: "  items_per_hit: 2\n  auto_advance: false\n")
        let off = try TaskPageFixtures.checked(yaml: offText).0
        let config = TaskPageLowering(off).config(preview: false, items: [])
        #expect(config.autoAdvance == false)
        let json = String(decoding: try JSONEncoder().encode(config), as: UTF8.self)
        #expect(json.contains("\"autoAdvance\":false"))
    }

    @Test func autoAdvanceMustBeABoolean() {
        let text = SpecFixtures.minimal().replacingOccurrences(of: "  items_per_hit: 2\n", with: "  items_per_hit: 2\n  auto_advance: sometimes\n")
        #expect(Self.errors(text).map(\.code) == [.expectedBoolean])
    }

    @Test func theSchemaListsTheNewKeys() {
        #expect(SpecSchema.keys(.option).contains("exclusive"))
        #expect(SpecSchema.keys(.hit).contains("auto_advance"))
        #expect(SpecSchema.properties(.layoutBlock).first { $0.name == "label" }?.doc.contains("caption") == true)
    }

    @Test func hitcSchemaValidatesTheNewKeysAndRejectsWrongTypes() throws {
        let validator = MiniSchemaValidator(root: JSONSchemaGenerator.schema())
        let good = SpecFixtures.minimal(questions: Self.tags, layout: "    - text: title\n      label: Title\n    - question: q\n")
            .replacingOccurrences(of: "  items_per_hit: 2\n", with: "  items_per_hit: 2\n  auto_advance: false\n")
        func tree(_ text: String) throws -> YAMLNode {
            try #require(YAMLComposer().compose(SourceFile(path: "s.yaml", text: text)).root)
        }
        let problems = validator.validate(try tree(good))
        #expect(problems.isEmpty, "\(problems)")
        for bad in [good.replacingOccurrences(of: "exclusive: true", with: "exclusive: maybe"),
                    good.replacingOccurrences(of: "auto_advance: false", with: "auto_advance: 0")] {
            #expect(!validator.validate(try tree(bad)).isEmpty)
        }
    }
}
