/// The registry of question types: every type, listed once. The parser, the
/// checker, the schema and the pages find a type here by its `type:` word;
/// adding a type means adding its file and one line to `all`.
enum QuestionTypes {
    /// Every question type, in documentation order.
    static let all: [any QuestionType.Type] = [
        SingleChoiceQuestion.self,
        MultiChoiceQuestion.self,
        ScaleQuestion.self,
        TextQuestion.self,
        NumberQuestion.self,
        PairwiseQuestion.self,
    ]

    /// The type named by a `type:` word.
    static func named(_ word: String) -> (any QuestionType.Type)? {
        all.first { $0.word == word }
    }

    /// The `type:` words, in registry order.
    static let words: [String] = all.map { $0.word }

    /// The keys of every type, each once (the first type that lists a key describes it), in registry order.
    static let schemaProperties: [SpecSchema.Property] = uniqueProperties()

    private static func uniqueProperties() -> [SpecSchema.Property] {
        var seen: Set<String> = []
        return all.flatMap { $0.schemaProperties }.filter { seen.insert($0.name).inserted }
    }

    /// The kind of a question whose settings are unknown: free text with no rules (it accepts any answer).
    static var unconstrained: QuestionKind {
        QuestionKind(TextQuestion(minLength: nil, maxLength: nil, pattern: nil, placeholder: nil))
    }

    /// Parses the settings of a `type` question into its kind.
    static func parse(_ type: any QuestionType.Type, _ m: MappingView, _ what: String,
                      _ ctx: inout ParseContext) -> QuestionKind? {
        type.parse(m, what, &ctx).map { QuestionKind($0) }
    }
}
