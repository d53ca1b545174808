/// `type: single_choice`: one option.
struct SingleChoiceQuestion: QuestionType {
    /// The options and how they are shown.
    var settings: Question.Choice

    static let word = "single_choice"
    static var schemaProperties: [SpecSchema.Property] { Question.Choice.schemaProperties }

    static func parse(_ m: MappingView, _ what: String, _ ctx: inout ParseContext) -> Self? {
        ChoiceParser.parse(m, what, multi: false, &ctx).map { Self(settings: $0) }
    }

    var choice: Question.Choice? { settings }

    static let aggregationMethods: [Quality.AggregationRule.Method] = CategoricalMethods.names
    static let defaultAggregationMethod = Quality.AggregationRule.Method.majority
    static let agreementLevel: KrippendorffAlpha.Level? = .nominal
    static let canBeCondition = true
    static let warnsOfEvenJudgmentTies = true
    static let storage = AnswerStorage.option
    static let picksOneOption = true

    var orderedValues: [String]? { settings.values }

    func answerProblem(_ values: [String], question: Question, pattern: AnswerPattern?) -> AnswerProblem? {
        settings.problem(values[0], question: question)
    }

    func uniqueSubmittedAnswer(_ trimmed: String) -> String? { trimmed }

    static let partials = ["single-radio", "single-buttons", "single-dropdown", "option-radio"]

    func pageControl(into view: inout QuestionView, messages: MessageCatalogue) {
        view.display = settings.display.rawValue
        let control = settings.control()
        switch settings.display {
        case .radio: view.singleRadio = control
        case .buttons: view.singleButtons = control
        case .dropdown: view.singleDropdown = control
        }
    }

    func pageConfig(into config: inout TaskPageConfig.QuestionConfig) {
        config.display = settings.display.rawValue
        config.keys = settings.hotkeys
    }

    func guidelineChoices(shownIn: (String) -> [Int]) -> [GuidelinesDocument.Choice] {
        settings.guidelineChoices(shownIn: shownIn)
    }

    func guidelineRules(_ messages: MessageCatalogue) -> [GuidelinesDocument.Rule] { [.init(text: messages.format("guide-choose-one"))] }

    func guidelineAnswer(_ value: String) -> GuidelinesDocument.AnswerLabel { settings.guidelineAnswer(value) }
}
