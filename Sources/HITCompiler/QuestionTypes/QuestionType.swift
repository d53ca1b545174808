/// A question type as a plug-in: its `type:` word, its spec keys and their
/// parsing, its checks, how its answers are validated, stored and shown, and
/// how they are aggregated.
///
/// A conforming struct holds the type's settings as read from the spec; a
/// question keeps one in its `QuestionKind`. Type-level facts are static, and
/// behaviour that depends on the settings is an instance requirement. Stages
/// resolve what they need once per question (see `QuestionKind`), never per
/// answer or per data row. The registry, `QuestionTypes.all`, lists every type.
protocol QuestionType: Sendable {
    // MARK: Spec

    /// The `type:` word (`single_choice`).
    static var word: String { get }
    /// The keys this type takes beyond the common ones, in documentation order,
    /// with their JSON Schema type and doc (a key several types share is
    /// described once: the first type in the registry that lists it wins).
    static var schemaProperties: [SpecSchema.Property] { get }
    /// Reads the settings from a question's mapping; nil when one the type
    /// needs could not be read (the problem is reported in `ctx`).
    static func parse(_ m: MappingView, _ what: String, _ ctx: inout ParseContext) -> Self?

    // MARK: Checks

    /// The aggregation methods that fit the type (`quality.aggregation`).
    static var aggregationMethods: [Quality.AggregationRule.Method] { get }
    /// The method when `quality.aggregation` names none.
    static var defaultAggregationMethod: Quality.AggregationRule.Method { get }
    /// The level agreement is measured at; nil when it is not measured (free text).
    static var agreementLevel: KrippendorffAlpha.Level? { get }
    /// Whether a `visible_if` condition may test the answer (it has a finite set of values).
    static var canBeCondition: Bool { get }
    /// Whether answers are free text (the lint on required free text).
    static var isFreeText: Bool { get }
    /// Whether an even number of judgments per item is worth a warning (votes on one option can tie).
    static var warnsOfEvenJudgmentTies: Bool { get }

    // MARK: Answers

    /// How a judgment's value is stored, decoded and compared.
    static var storage: AnswerStorage { get }
    /// Whether an answer picks exactly one option (a platform's plurality review compares them).
    static var picksOneOption: Bool { get }
    /// The problem with an expected answer (gold row, guideline example), split
    /// into values (a list's entries; a `|`-separated text split for list
    /// answers); nil when it is valid. `pattern` is the compiled `answerPattern`.
    func answerProblem(_ values: [String], question: Question, pattern: AnswerPattern?) -> AnswerProblem?
    /// The answer as the page submits it, when the page writes it one way
    /// (answer keys compared as text); nil when it does not.
    func uniqueSubmittedAnswer(_ trimmed: String) -> String?

    /// The values an answer can take, in order, for types with a finite set.
    var orderedValues: [String]? { get }
    /// The options, for choice types.
    var choice: Question.Choice? { get }
    /// The number each of `orderedValues` stands for, when they are numbers (scale points).
    var optionNumbers: [Double]? { get }
    /// The bounds a number answer must keep to.
    var numberBounds: (min: Double?, max: Double?) { get }
    /// How far apart two numeric answers may be and still agree with a label.
    var numericTolerance: Double { get }
    /// The regular expression a whole answer must match.
    var answerPattern: String? { get }

    // MARK: Pages

    /// The template partials (under `Templates/partials/questions/`) that show the control.
    static var partials: [String] { get }
    /// Fills the type's control and `display` in the page's question view.
    func pageControl(into view: inout QuestionView, messages: MessageCatalogue)
    /// Fills the type's part of the page script's question configuration.
    func pageConfig(into config: inout TaskPageConfig.QuestionConfig)
    /// Whether the guidelines list the choices as scale points.
    static var guidelinesListPoints: Bool { get }
    /// The choices the guidelines explain, each with the examples (by number) answering it.
    func guidelineChoices(shownIn: (String) -> [Int]) -> [GuidelinesDocument.Choice]
    /// How the question is answered, in sentences a worker reads (before the visibility rules).
    func guidelineRules(_ messages: MessageCatalogue) -> [GuidelinesDocument.Rule]
    /// The type with hitc's own default words (pairwise answers) in the catalogue's language.
    func localized(_ messages: MessageCatalogue) -> any QuestionType
    /// An expected answer in words.
    func guidelineAnswer(_ value: String) -> GuidelinesDocument.AnswerLabel
}

/// Defaults for types without a finite set of values.
extension QuestionType {
    static var canBeCondition: Bool { false }
    static var isFreeText: Bool { false }
    static var warnsOfEvenJudgmentTies: Bool { false }
    static var picksOneOption: Bool { false }
    static var guidelinesListPoints: Bool { false }
    var orderedValues: [String]? { nil }
    var choice: Question.Choice? { nil }
    var optionNumbers: [Double]? { nil }
    var numberBounds: (min: Double?, max: Double?) { (nil, nil) }
    var numericTolerance: Double { 0 }
    var answerPattern: String? { nil }
    func uniqueSubmittedAnswer(_ trimmed: String) -> String? { nil }
    func guidelineChoices(shownIn: (String) -> [Int]) -> [GuidelinesDocument.Choice] { [] }
    func localized(_ messages: MessageCatalogue) -> any QuestionType { self }
}
