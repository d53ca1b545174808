/// One question asked about every item.
public struct Question: Sendable {
    public var id: String
    public var idRange: SourceRange
    /// The question type with its type-specific settings (`QuestionTypes/`).
    public var kind: QuestionKind
    public var prompt: Located<String>
    public var required: Bool
    public var hint: String?
    /// All conditions must hold for the question to be shown.
    public var visibleIf: [VisibleCondition]

    /// The `type:` word.
    public var typeName: String { kind.word }

    /// Options of a choice question; nil for other types.
    public var choice: Choice? { kind.choice }

    /// The values an answer can take, in order, for questions with a finite set
    /// (choices and scales); nil for other types.
    public var orderedValues: [String]? { kind.orderedValues }
}

/// One `question: value(s)` entry of `visible_if`.
public struct VisibleCondition: Sendable {
    public var question: Located<String>
    /// Any of these values satisfies the condition.
    public var values: [Located<String>]
}
