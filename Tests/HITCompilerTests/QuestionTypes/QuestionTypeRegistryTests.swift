import Testing
@testable import HITCompiler

/// The question-type registry: every registered type round-trips through the
/// parser, the schema, the page's templates and aggregation; an unknown type
/// word is an error with a did-you-mean, never another plugin.
struct QuestionTypeRegistryTests {
    /// Settings for one question of each type (a new type must add its own here).
    static let settings: [String: String] = [
        "single_choice": "options: [a, b]",
        "multi_choice": "options: [a, b, c]\n      min_selected: 1",
        "scale": "min: 1\n      max: 5",
        "text": "max_length: 200",
        "number": "min: 0\n      max: 10\n      step: 0.5",
        "pairwise": "left: title\n      right: title",
    ]

    static func spec(type word: String, settings: String) -> String {
        SpecFixtures.minimal(questions: """
                q:
                  type: \(word)
                  prompt: Answer
                  required: false
                  \(settings)

            """)
    }

    @Test func theRegistryListsEachWordOnceInDocumentationOrder() {
        #expect(QuestionTypes.words == ["single_choice", "multi_choice", "scale", "text", "number", "pairwise"])
        #expect(Set(QuestionTypes.words).count == QuestionTypes.all.count)
        #expect(Set(Self.settings.keys) == Set(QuestionTypes.words), "every registered type has a round-trip case")
        for plugin in QuestionTypes.all {
            #expect(QuestionTypes.named(plugin.word).map(ObjectIdentifier.init) == ObjectIdentifier(plugin))
        }
        #expect(QuestionTypes.named("no_such_type") == nil)
    }

    @Test(arguments: QuestionTypes.words)
    func everyTypeRoundTrips(word: String) throws {
        let plugin = try #require(QuestionTypes.named(word))
        let (spec, diagnostics) = SpecFixtures.parse(Self.spec(type: word, settings: try #require(Self.settings[word])))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let question = try #require(spec?.hit.question("q"))
        // Parsed into the type's own settings, and named by its word everywhere.
        #expect(question.typeName == word)
        #expect(ObjectIdentifier(question.kind.definition) == ObjectIdentifier(plugin))
        #expect(question.kind.storage == plugin.storage)
        #expect(spec?.hit.outlines.first?.type.map(ObjectIdentifier.init) == ObjectIdentifier(plugin))
        // Its keys are valid question keys; its default method is one it allows.
        let keys = Set(SpecSchema.keys(.question))
        #expect(plugin.schemaProperties.allSatisfy { keys.contains($0.name) })
        #expect(plugin.aggregationMethods.contains(plugin.defaultAggregationMethod))
        // Its partials exist.
        #expect(!plugin.partials.isEmpty)
        for partial in plugin.partials {
            #expect(BuiltinTemplates.files["partials/questions/\(partial).mustache"] != nil, "\(word): \(partial)")
        }
        // Its page control is filled.
        var view = QuestionView(id: "q", type: word, display: "", prompt: "Answer", optionalMark: false, hintHTML: nil)
        question.kind.type.pageControl(into: &view, messages: .english)
        #expect(!view.display.isEmpty)
        // A type with a finite set of values can be a condition, and validates its first value.
        if let values = question.orderedValues {
            let canBeCondition = plugin.canBeCondition
            #expect(canBeCondition)
            #expect(AnswerValidator.problem(forAnswer: values[0], isList: false, question: question) == nil)
        }
    }

    @Test func aTypesKeysAreRefusedOnAnotherType() throws {
        let (_, diagnostics) = SpecFixtures.parse(Self.spec(type: "text", settings: "min_selected: 1"))
        let d = try #require(diagnostics.first { $0.code == .unknownKey })
        #expect(d.message == "'min_selected' does not apply to a text question")
        #expect(d.notes.map(\.message) == ["a text question also takes: min_length, max_length, pattern, placeholder"])
    }

    @Test func anUnknownTypeWordIsAnErrorWithADidYouMean() throws {
        let (spec, diagnostics) = SpecFixtures.parse(Self.spec(type: "single_choise", settings: "options: [a, b]"))
        let d = try #require(diagnostics.first { $0.code == .invalidEnumValue })
        #expect(d.code.rawValue == "E0107")
        #expect(d.message == "'single_choise' is not a question type")
        #expect(d.notes.map(\.message) == ["did you mean 'single_choice'?",
                                           "question types: multi_choice, number, pairwise, scale, single_choice, text"])
        #expect(d.fixIts.map(\.replacement) == ["single_choice"])
        // No fallback to another type: the question is known by name only.
        #expect(spec?.hit.questions.isEmpty ?? true)
        #expect(spec?.hit.outlines.first?.type == nil)
    }

    @Test func anUnknownTypeWordFarFromAnyHasNoGuess() throws {
        let (_, diagnostics) = SpecFixtures.parse(Self.spec(type: "qqqqqqq", settings: "options: [a, b]"))
        let d = try #require(diagnostics.first { $0.code == .invalidEnumValue })
        #expect(d.message == "'qqqqqqq' is not a question type")
        #expect(d.notes.map(\.message) == ["question types: " + QuestionTypes.words.sorted().joined(separator: ", ")])
    }

    @Test func theSchemaDescribesEachSharedKeyOnce() {
        let names = SpecSchema.keys(.question)
        #expect(names.count == Set(names).count)
        #expect(names == ["type", "prompt", "required", "hint", "visible_if", "renamed_from", "options", "display", "min_selected",
                          "max_selected", "min", "max", "labels", "min_length", "max_length", "pattern", "placeholder",
                          "step", "unit", "left", "right", "left_id", "right_id", "answers", "keys"])
    }
}
