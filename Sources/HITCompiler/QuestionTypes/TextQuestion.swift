/// `type: text`: free text within `min_length`...`max_length` characters
/// (Unicode scalars), matching `pattern` as a whole when given.
struct TextQuestion: QuestionType {
    var minLength: Int?
    var maxLength: Int?
    var pattern: Located<String>?
    var placeholder: String?

    static let word = "text"
    static let schemaProperties: [SpecSchema.Property] = [
        SpecSchema.Property(name: "min_length", type: .integer(minimum: 0), required: false, doc: "text: fewest characters."),
        SpecSchema.Property(name: "max_length", type: .integer(minimum: 1), required: false, doc: "text: most characters."),
        SpecSchema.Property(name: "pattern", type: .string, required: false, doc: "text: a regular expression the whole answer must match."),
        SpecSchema.Property(name: "placeholder", type: .string, required: false, doc: "text: placeholder in the empty box."),
    ]

    static func parse(_ m: MappingView, _ what: String, _ ctx: inout ParseContext) -> Self? {
        let minLength = m["min_length"].flatMap { parseInteger($0, "'min_length'", minimum: 0, &ctx)?.value }
        let maxLength = m["max_length"].flatMap { parseInteger($0, "'max_length'", minimum: 1, &ctx)?.value }
        if let lo = minLength, let hi = maxLength, lo > hi {
            ctx.report(.valueOutOfRange, "'min_length' \(lo) is greater than 'max_length' \(hi)", m["min_length"]!.range)
        }
        var pattern: Located<String>?
        if let node = m["pattern"], let p = ctx.string(node, "'pattern'") {
            if let problem = RegexCheck.problem(p.value) {
                ctx.report(.invalidPattern, "'pattern' \(problem)", p.range)
            } else {
                pattern = p
            }
        }
        return TextQuestion(minLength: minLength, maxLength: maxLength, pattern: pattern,
                            placeholder: m["placeholder"].flatMap { ctx.string($0, "'placeholder'")?.value })
    }

    static let aggregationMethods: [Quality.AggregationRule.Method] = [.collect]
    static let defaultAggregationMethod = Quality.AggregationRule.Method.collect
    static let agreementLevel: KrippendorffAlpha.Level? = nil
    static let isFreeText = true
    static let storage = AnswerStorage.string

    var answerPattern: String? { pattern?.value }

    func answerProblem(_ values: [String], question: Question, pattern compiled: AnswerPattern?) -> AnswerProblem? {
        let value = values[0]
        let length = value.unicodeScalars.count
        if let min = minLength, length < min {
            return AnswerProblem("the answer to '\(question.id)' is \(length) characters long; the minimum is \(min)")
        }
        if let max = maxLength, length > max {
            return AnswerProblem("the answer to '\(question.id)' is \(length) characters long; the maximum is \(max)")
        }
        if let compiled, !compiled.matchesWhole(value) {
            return AnswerProblem("\(AnswerProblem.shown(value)) does not match the pattern '\(compiled.source)' of '\(question.id)'")
        }
        return nil
    }

    static let partials = ["text"]

    func pageControl(into view: inout QuestionView, messages: MessageCatalogue) {
        view.display = "text"
        view.textAnswer = TextControlView(multiline: maxLength.map { $0 > 100 } ?? true,
                                          maxLengthAttr: maxLength.map(String.init),
                                          minLengthAttr: minLength.map(String.init),
                                          placeholder: placeholder)
    }

    func pageConfig(into config: inout TaskPageConfig.QuestionConfig) {
        config.display = "text"
        config.minLength = minLength
        config.maxLength = maxLength
        config.pattern = pattern?.value
    }

    func guidelineRules(_ messages: MessageCatalogue) -> [GuidelinesDocument.Rule] {
        let sentence = switch (minLength, maxLength) {
        case let (lo?, hi?): messages.format("guide-text-range", ["min": .number(lo), "max": .number(hi)])
        case let (lo?, nil): messages.format("guide-text-at-least", ["min": .number(lo)])
        case let (nil, hi?): messages.format("guide-text-up-to", ["max": .number(hi)])
        case (nil, nil): messages.format("guide-text")
        }
        var rules: [GuidelinesDocument.Rule] = [.init(text: sentence)]
        if let pattern = pattern?.value {
            rules.append(.init(text: messages.format("guide-text-pattern"), code: pattern))
        }
        return rules
    }

    /// The text itself, quoted.
    func guidelineAnswer(_ value: String) -> GuidelinesDocument.AnswerLabel { .init(label: value, isText: true) }
}
