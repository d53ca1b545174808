/// A question's type with its settings: a small box around the type's
/// `QuestionType` value. Stages ask it once per question (the storage is kept
/// as a plain field, so readers switch on it without opening the box).
struct QuestionKind: Sendable {
    /// The type's settings, behind the plug-in protocol.
    let type: any QuestionType
    /// How judgments of this question are stored (`type`'s storage, read once).
    let storage: AnswerStorage

    init(_ type: some QuestionType) {
        self.type = type
        storage = Swift.type(of: type).storage
    }

    /// The type's plug-in.
    var definition: any QuestionType.Type { Swift.type(of: type) }

    /// The `type:` word.
    var word: String { definition.word }
    /// Options of a choice question; nil for other types.
    var choice: Question.Choice? { type.choice }
    /// The values an answer can take, in order, for types with a finite set
    /// (choices and scales); nil otherwise.
    var orderedValues: [String]? { type.orderedValues }
    /// The aggregation method when `quality.aggregation` names none.
    var defaultAggregationMethod: Quality.AggregationRule.Method { definition.defaultAggregationMethod }
    /// The level agreement is measured at; nil when it is not measured.
    var agreementLevel: KrippendorffAlpha.Level? { definition.agreementLevel }

    /// The check of one expected answer, prepared once (`pattern` compiled).
    func answerCheck() -> AnswerCheck {
        let type = self.type
        let pattern = type.answerPattern.map(AnswerPattern.init)
        return { values, question in type.answerProblem(values, question: question, pattern: pattern) }
    }
}

/// Checks one expected answer, already split into values.
typealias AnswerCheck = @Sendable (_ values: [String], _ question: Question) -> AnswerProblem?
