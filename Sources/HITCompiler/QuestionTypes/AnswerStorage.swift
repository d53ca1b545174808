/// How a question type's judgments are held in `JudgmentStore`, which also
/// fixes how a results reader decodes them and how two are compared. The
/// readers and aggregation switch on this, resolved once per question.
enum AnswerStorage: Sendable {
    /// The index of the answer in the question's `orderedValues` (one option, one scale point).
    case option
    /// The index of a set of options (`JudgmentStore.setOptions`); written with `|` between values, a list in JSON.
    case optionSet
    /// The index of a number in `JudgmentStore.numbers`.
    case decimal
    /// The index of an interned text; never compared.
    case string

    /// True when an answer is a list of values (split at `|` in one text).
    var isList: Bool { self == .optionSet }
}
