/// The schema and questions that the sample and gold files are checked against:
/// the spec's, with a stand-in for each part that has an error in the spec, so
/// a data file is never blamed for a mistake in the spec.
///
/// - A field with an error is an optional field whose values are not checked.
/// - A question with an error is an optional question: its answers are checked
///   against its type when the type's settings were read without error, and
///   are free text otherwise.
/// - A question whose `visible_if` cannot be decided (a condition was reported,
///   or names a question with an error) is optional and always shown.
///
/// A file's rows are not checked at all when the spec defines no fields (or,
/// for a gold file, no questions): every column would look unknown.
struct DataCheckView {
    let schema: DataSchema
    let questions: [Question]
    /// False when `data.fields` is empty or unreadable (reported).
    let canCheckRows: Bool
    /// False when, in addition, `hit.questions` is empty or unreadable (reported).
    let canCheckGold: Bool

    /// The view of `spec`; `undecided` are the questions whose `visible_if`
    /// cannot be decided (`CheckContext.undecidedVisibility`, found by the checks).
    init(spec: Spec, undecidedVisibility undecided: Set<String>) {
        let complete = Dictionary(spec.hit.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var schema = spec.data
        schema.fields += spec.data.unparsedFields.sorted().map(Self.uncheckedField)
        schema.unparsedFields = []
        self.schema = schema
        questions = spec.hit.outlines.map { outline in
            if let question = complete[outline.id], !undecided.contains(outline.id) { return question }
            return Self.standIn(for: outline)
        }
        canCheckRows = !schema.fields.isEmpty
        canCheckGold = canCheckRows && !questions.isEmpty
    }

    /// An optional field whose values are not checked (Markdown takes any text).
    private static func uncheckedField(_ name: String) -> DataField {
        let here = SourceRange(at: SourceLocation(line: 1, column: 1))
        return DataField(name: name, nameRange: here, type: Located(.markdown, here), required: false, description: nil,
                         maxLength: nil, min: nil, max: nil, integer: false, values: [])
    }

    /// An optional, always shown question with the outline's type settings when
    /// they were read without error, else free text. Data checks do not read prompts.
    private static func standIn(for outline: QuestionOutline) -> Question {
        let kind = outline.settingsComplete ? outline.kind : nil
        return Question(id: outline.id, idRange: outline.idRange,
                        kind: kind ?? QuestionTypes.unconstrained,
                        prompt: Located(outline.id, outline.idRange), required: false, hint: nil, visibleIf: [])
    }
}
