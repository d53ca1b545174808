/// `type: pairwise`: two things shown side by side (two data fields), and
/// which is better: `left`, `right` or, when the question offers it, `tie`.
///
/// The answer is one of those three words, so the type is a choice of fixed
/// options underneath (`settings`): option checks, hotkeys, the legend and
/// every platform that maps a choice see it as one. The compared objects are
/// named by `left_id`/`right_id` when given, else by the shown texts; the
/// `bradley_terry` and `noisy_bt` methods rank them (`Aggregate/Pairwise/`).
struct PairwiseQuestion: QuestionType {
    /// The data field shown on the left and the one shown on the right.
    var left: Located<String>
    var right: Located<String>
    /// The data fields naming the compared objects, when the shown text is not their id.
    var leftID: Located<String>?
    var rightID: Located<String>?
    /// The answers `left`, `right` (and `tie`) as options, shown as buttons.
    var settings: Question.Choice

    /// The answer values, in the order of `settings.options`.
    static let leftWins = "left", rightWins = "right", tie = "tie"
    /// The captions over the left and right sides (stacked on a phone: A above B).
    static let captions = (left: "A", right: "B")
    /// The default hotkeys and labels of the three answers.
    static let defaults: [(value: String, key: String, label: String)] = [
        (leftWins, "1", "A is better"), (rightWins, "2", "B is better"), (tie, "3", "About the same"),
    ]

    static let word = "pairwise"
    static let schemaProperties: [SpecSchema.Property] = [
        SpecSchema.Property(name: "left", type: .string, required: false,
                            doc: "pairwise: the data field shown on the left (required)."),
        SpecSchema.Property(name: "right", type: .string, required: false,
                            doc: "pairwise: the data field shown on the right (required)."),
        SpecSchema.Property(name: "left_id", type: .string, required: false,
                            doc: "pairwise: the data field naming the left object (default: the shown text)."),
        SpecSchema.Property(name: "right_id", type: .string, required: false,
                            doc: "pairwise: the data field naming the right object (default: the shown text)."),
        SpecSchema.Property(name: "answers", type: .map(.string), required: false,
                            doc: "pairwise: labels of the answers left, right and, to allow a tie, tie."),
        SpecSchema.Property(name: "keys", type: .map(.string), required: false,
                            doc: "pairwise: hotkeys of the answers (default left 1, right 2, tie 3)."),
    ]

    static func parse(_ m: MappingView, _ what: String, _ ctx: inout ParseContext) -> Self? {
        PairwiseParser.parse(m, what, &ctx)
    }

    var choice: Question.Choice? { settings }

    static let aggregationMethods: [Quality.AggregationRule.Method] = [.bradley_terry, .noisy_bt] + CategoricalMethods.names
    static let defaultAggregationMethod = Quality.AggregationRule.Method.bradley_terry
    static let agreementLevel: KrippendorffAlpha.Level? = .nominal
    static let canBeCondition = true
    static let warnsOfEvenJudgmentTies = true
    static let storage = AnswerStorage.option
    static let picksOneOption = true

    var orderedValues: [String]? { settings.values }

    /// Whether a worker may answer `tie`.
    var allowsTie: Bool { settings.values.contains(Self.tie) }

    /// The fields naming the compared objects.
    var leftObjectField: String { leftID?.value ?? left.value }
    var rightObjectField: String { rightID?.value ?? right.value }

    func answerProblem(_ values: [String], question: Question, pattern: AnswerPattern?) -> AnswerProblem? {
        settings.problem(values[0], question: question)
    }

    func uniqueSubmittedAnswer(_ trimmed: String) -> String? { trimmed }

    static let partials = ["pairwise", "single-buttons", "option-radio"]

    func pageControl(into view: inout QuestionView, messages: MessageCatalogue) {
        view.display = "pairwise"
        view.pairwise = PairwiseControlView(leftField: left.value, rightField: right.value,
                                            leftTag: messages.format("page-pairwise-a"), rightTag: messages.format("page-pairwise-b"),
                                            pairChoices: localizedSettings(messages).control())
    }

    /// The default message of each answer's default label.
    static let defaultLabelMessages = [leftWins: "page-pairwise-a-better", rightWins: "page-pairwise-b-better", tie: "page-pairwise-same"]

    /// The settings with each answer that kept hitc's English default label in the catalogue's words.
    func localizedSettings(_ messages: MessageCatalogue) -> Question.Choice {
        var localized = settings
        for index in localized.options.indices {
            let option = localized.options[index]
            guard let id = Self.defaultLabelMessages[option.value],
                  Self.defaults.contains(where: { $0.value == option.value && $0.label == option.label }) else { continue }
            localized.options[index].label = messages.format(id)
        }
        return localized
    }

    func localized(_ messages: MessageCatalogue) -> any QuestionType {
        var copy = self
        copy.settings = localizedSettings(messages)
        return copy
    }

    func pageConfig(into config: inout TaskPageConfig.QuestionConfig) {
        config.display = "pairwise"
        config.keys = settings.hotkeys
    }

    func guidelineChoices(shownIn: (String) -> [Int]) -> [GuidelinesDocument.Choice] {
        settings.guidelineChoices(shownIn: shownIn)
    }

    func guidelineRules(_ messages: MessageCatalogue) -> [GuidelinesDocument.Rule] {
        let labels = localizedSettings(messages).options.map { messages.quoted($0.label) }
        var rules: [GuidelinesDocument.Rule] = [.init(text: messages.format("guide-pairwise", ["choices": .text(messages.list(labels, or: true))]))]
        if !allowsTie { rules.append(.init(text: messages.format("guide-pairwise-no-tie"))) }
        return rules
    }

    func guidelineAnswer(_ value: String) -> GuidelinesDocument.AnswerLabel { settings.guidelineAnswer(value) }
}
