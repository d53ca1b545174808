/// What is known of one question as written: all of it for a question that
/// parsed without error, the parts that could be read for one that did not.
///
/// Checks read outlines, so a question with an error in it is still known by
/// name (a reference to it is not reported as unknown) and by type when its type
/// parsed; a check that needs a part an outline lacks skips that question, so
/// one mistake is reported once.
struct QuestionOutline: Sendable {
    /// The question id as written (the key in `hit.questions`).
    var id: String
    /// Where the id is written.
    var idRange: SourceRange
    /// The question type, when the `type:` word names one.
    var type: (any QuestionType.Type)?
    /// The type-specific settings as far as they were read (an option that could
    /// not be read is left out); see `settingsComplete`.
    var kind: QuestionKind?
    /// True when `kind` was read without any error (answers can be checked against it).
    var settingsComplete: Bool
    /// True when every value an answer can take is in `kind` (every option of a
    /// choice was read; a scale's bounds were), even if another setting had an error.
    var valuesComplete: Bool
    /// `required:` as read (true when not written); nil when it could not be read.
    var required: Bool?
    /// The conditions as written; each may still name an unknown question or value.
    var visibleIf: [VisibleCondition]
    /// True when the whole question parsed without error (it is in `HITDesign.questions`).
    var isComplete: Bool

    /// The options of a choice question, as far as they were read.
    var choice: Question.Choice? { kind?.choice }

    /// The values an answer can take, when the type has a finite set and all of
    /// them were read; nil otherwise.
    var knownValues: [String]? { valuesComplete ? kind?.orderedValues : nil }
}

extension QuestionOutline {
    /// The outline of a question that parsed without error.
    init(_ question: Question) {
        self.init(id: question.id, idRange: question.idRange, type: question.kind.definition, kind: question.kind,
                  settingsComplete: true, valuesComplete: true, required: question.required, visibleIf: question.visibleIf, isComplete: true)
    }
}
