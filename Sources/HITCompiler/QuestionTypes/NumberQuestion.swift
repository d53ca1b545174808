/// `type: number`: a decimal number within `min`/`max`, a whole number of
/// `step`s from `min` (or 0) when `step` is given, with an optional unit.
struct NumberQuestion: QuestionType {
    var min: Double?
    var max: Double?
    var step: Double?
    var unit: String?

    static let word = "number"
    static var schemaProperties: [SpecSchema.Property] {
        NumericBounds.schemaProperties + [
            SpecSchema.Property(name: "step", type: .number, required: false, doc: "number: granularity."),
            SpecSchema.Property(name: "unit", type: .string, required: false, doc: "number: unit shown after the box."),
        ]
    }

    static func parse(_ m: MappingView, _ what: String, _ ctx: inout ParseContext) -> Self? {
        let lo = m["min"].flatMap { ctx.number($0, "'min'")?.value }
        let hi = m["max"].flatMap { ctx.number($0, "'max'")?.value }
        if let lo, let hi, lo > hi {
            ctx.report(.valueOutOfRange, "\(what) has min \(NumberText.plain(lo)) greater than max \(NumberText.plain(hi))", m["min"]!.range)
        }
        var step: Double?
        if let node = m["step"], let s = ctx.number(node, "'step'") {
            if s.value > 0 { step = s.value } else { ctx.report(.valueOutOfRange, "'step' must be greater than 0", s.range) }
        }
        return NumberQuestion(min: lo, max: hi, step: step, unit: m["unit"].flatMap { ctx.string($0, "'unit'")?.value })
    }

    static let aggregationMethods: [Quality.AggregationRule.Method] = [.mean, .median]
    static let defaultAggregationMethod = Quality.AggregationRule.Method.mean
    static let agreementLevel: KrippendorffAlpha.Level? = .interval
    static let storage = AnswerStorage.decimal

    var numberBounds: (min: Double?, max: Double?) { (min, max) }
    var numericTolerance: Double { (step ?? 0) / 2 }

    func answerProblem(_ values: [String], question: Question, pattern: AnswerPattern?) -> AnswerProblem? {
        let value = values[0]
        var text = value
        let parsed = text.withByteSpan { DecimalBytes.parse($0) }
        guard let parsed, parsed.value.isFinite else {
            return AnswerProblem("\(AnswerProblem.shown(value)) is not a number (the answer to '\(question.id)')")
        }
        let x = parsed.value
        if let min, x < min {
            return AnswerProblem("\(AnswerProblem.shown(value)) is below the minimum \(NumberText.plain(min)) of '\(question.id)'")
        }
        if let max, x > max {
            return AnswerProblem("\(AnswerProblem.shown(value)) is above the maximum \(NumberText.plain(max)) of '\(question.id)'")
        }
        if let step, step > 0 {
            let base = min ?? 0
            let steps = (x - base) / step
            if abs(steps - steps.rounded()) > 1e-9 * Swift.max(1, abs(steps)) {
                return AnswerProblem("\(AnswerProblem.shown(value)) is not a multiple of the step \(NumberText.plain(step)) of '\(question.id)' (counted from \(NumberText.plain(base)))")
            }
        }
        return nil
    }

    static let partials = ["number"]

    func pageControl(into view: inout QuestionView, messages: MessageCatalogue) {
        view.display = "number"
        view.numberAnswer = NumberControlView(minAttr: min.map(TaskPageLowering.number), maxAttr: max.map(TaskPageLowering.number),
                                              stepAttr: TaskPageLowering.number(step ?? 1), unit: unit)
    }

    func pageConfig(into config: inout TaskPageConfig.QuestionConfig) {
        config.display = "number"
        config.min = min
        config.max = max
        config.step = step
    }

    func guidelineRules(_ messages: MessageCatalogue) -> [GuidelinesDocument.Rule] {
        let whole = step.map { $0 == $0.rounded() } ?? true
            && (min.map { $0 == $0.rounded() } ?? true)
        let kind = whole ? "guide-whole" : "guide-number"
        let sentence = switch (min, max) {
        case let (lo?, hi?): messages.format(kind + "-range", ["min": .number(lo), "max": .number(hi)])
        case let (lo?, nil): messages.format(kind + "-at-least", ["min": .number(lo)])
        case let (nil, hi?): messages.format(kind + "-at-most", ["max": .number(hi)])
        case (nil, nil): messages.format(kind)
        }
        var rules: [GuidelinesDocument.Rule] = [.init(text: sentence)]
        if let unit { rules.append(.init(text: messages.format("guide-unit", ["unit": .text(unit)]))) }
        if let step, step != 1 {
            rules.append(.init(text: messages.format("guide-step", ["step": .number(step)])))
        }
        return rules
    }

    /// The number with its unit.
    func guidelineAnswer(_ value: String) -> GuidelinesDocument.AnswerLabel {
        .init(label: unit.map { "\(value) \(GuidelinesLowering.unit($0, count: value))" } ?? value)
    }
}
