/// One question asked about every item.
public struct Question: Sendable {
    var id: String
    var idRange: SourceRange
    /// The question type with its type-specific settings (`QuestionTypes/`).
    var kind: QuestionKind
    var prompt: Located<String>
    var required: Bool
    var hint: String?
    /// All conditions must hold for the question to be shown.
    var visibleIf: [VisibleCondition]
    /// `renamed_from`: earlier ids of this question, whose answers `hitc aggregate`
    /// reads as answers to this one (`hitc diff` reports the rename as mapped).
    var renamedFrom: [Located<String>] = []

    /// The `type:` word.
    var typeName: String { kind.word }

    /// Options of a choice question; nil for other types.
    var choice: Choice? { kind.choice }

    /// The values an answer can take, in order, for questions with a finite set
    /// (choices and scales); nil for other types.
    var orderedValues: [String]? { kind.orderedValues }
}

/// One `question: value(s)` entry of `visible_if`.
struct VisibleCondition: Sendable {
    var question: Located<String>
    /// Any of these values satisfies the condition.
    var values: [Located<String>]
}
