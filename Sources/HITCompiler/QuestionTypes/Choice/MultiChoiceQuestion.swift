import Foundation

/// `type: multi_choice`: any number of options (within `min_selected` and
/// `max_selected`), written with `|` between values in one text, or as a list.
struct MultiChoiceQuestion: QuestionType {
    /// The options, how they are shown, and the selection limits.
    var settings: Question.Choice

    static let word = "multi_choice"
    static var schemaProperties: [SpecSchema.Property] {
        Question.Choice.schemaProperties + [
            SpecSchema.Property(name: "min_selected", type: .integer(minimum: 0), required: false,
                                doc: "multi_choice: fewest options to pick."),
            SpecSchema.Property(name: "max_selected", type: .integer(minimum: 1), required: false,
                                doc: "multi_choice: most options to pick."),
        ]
    }

    static func parse(_ m: MappingView, _ what: String, _ ctx: inout ParseContext) -> Self? {
        ChoiceParser.parse(m, what, multi: true, &ctx).map { Self(settings: $0) }
    }

    var choice: Question.Choice? { settings }

    static let aggregationMethods: [Quality.AggregationRule.Method] = CategoricalMethods.names
    static let defaultAggregationMethod = Quality.AggregationRule.Method.majority
    static let agreementLevel: KrippendorffAlpha.Level? = .nominal
    static let canBeCondition = true
    static let storage = AnswerStorage.optionSet

    var orderedValues: [String]? { settings.values }

    /// Each value an option, none twice, as many as the limits allow.
    func answerProblem(_ values: [String], question: Question, pattern: AnswerPattern?) -> AnswerProblem? {
        var seen: Set<String> = []
        for value in values {
            if value.isEmpty {
                return AnswerProblem("an empty value in the answer to '\(question.id)' (values are separated by '|')")
            }
            if let problem = settings.problem(value, question: question) { return problem }
            if !seen.insert(value).inserted {
                return AnswerProblem("\(AnswerProblem.shown(value)) is selected twice in the answer to '\(question.id)'")
            }
        }
        if values.count > 1, let alone = settings.options.first(where: { $0.exclusive && seen.contains($0.value) }) {
            return Self.exclusiveProblem(alone.value, with: values.filter { $0 != alone.value }, question: question.id)
        }
        if let min = settings.minSelected?.value, values.count < min {
            return AnswerProblem("'\(question.id)' needs at least \(min) selected, the answer has \(values.count)")
        }
        if let max = settings.maxSelected?.value, values.count > max {
            return AnswerProblem("'\(question.id)' allows at most \(max) selected, the answer has \(values.count)")
        }
        return nil
    }

    /// An answer holding exclusive option `alone` with `others` (the page never submits one).
    static func exclusiveProblem(_ alone: String, with others: [String], question id: String) -> AnswerProblem {
        let listed = others.prefix(5).map { AnswerProblem.shown($0) }.joined(separator: ", ") + (others.count > 5 ? ", ..." : "")
        return AnswerProblem("\(AnswerProblem.shown(alone)) is an exclusive option of '\(id)', chosen alone, but the answer also selects \(listed)")
    }

    /// The values in option order joined by `|`, as the page submits them.
    func uniqueSubmittedAnswer(_ trimmed: String) -> String? {
        let chosen = Set(trimmed.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) })
        return settings.values.filter { chosen.contains($0) }.joined(separator: "|")
    }

    static let partials = ["multi-checkboxes", "multi-buttons", "option-checkbox"]

    func pageControl(into view: inout QuestionView, messages: MessageCatalogue) {
        view.selectionNote = Self.selectionNote(min: settings.minSelected?.value, max: settings.maxSelected?.value, messages)
        let control = settings.control()
        if settings.display == .buttons {
            view.display = "buttons"
            view.multiButtons = control
        } else {
            view.display = "checkboxes"
            view.multiCheckboxes = control
        }
    }

    func pageConfig(into config: inout TaskPageConfig.QuestionConfig) {
        config.display = settings.display == .buttons ? settings.display.rawValue : "checkboxes"
        config.minSelected = settings.minSelected?.value
        config.maxSelected = settings.maxSelected?.value
        config.keys = settings.hotkeys
    }

    /// "Choose 1 to 5." and friends (`page-select-*`); nil without limits.
    static func selectionNote(min: Int?, max: Int?, _ messages: MessageCatalogue) -> String? {
        switch (min, max) {
        case let (lo?, hi?) where lo == hi: messages.format("page-select-exactly", ["count": .number(lo)])
        case let (lo?, hi?): messages.format("page-select-range", ["min": .number(lo), "max": .number(hi)])
        case let (lo?, nil): messages.format("page-select-at-least", ["min": .number(lo)])
        case let (nil, hi?): messages.format("page-select-up-to", ["max": .number(hi)])
        case (nil, nil): nil
        }
    }

    func guidelineChoices(shownIn: (String) -> [Int]) -> [GuidelinesDocument.Choice] {
        settings.guidelineChoices(shownIn: shownIn)
    }

    func guidelineRules(_ messages: MessageCatalogue) -> [GuidelinesDocument.Rule] {
        var rules: [GuidelinesDocument.Rule] = [
            .init(text: Self.selectionNote(min: settings.minSelected?.value, max: settings.maxSelected?.value, messages)
                ?? messages.format("guide-choose-all")),
        ]
        let alone = settings.options.filter(\.exclusive).map { messages.quoted($0.label) }
        if !alone.isEmpty {
            rules.append(.init(text: messages.format("guide-exclusive", ["count": .number(alone.count),
                                                                        "options": .text(messages.list(alone, or: true))])))
        }
        return rules
    }

    func guidelineAnswer(_ value: String) -> GuidelinesDocument.AnswerLabel { settings.guidelineAnswer(value) }
}
