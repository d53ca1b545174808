/// `type: scale`: one whole-number point from `min` to `max`, some points labelled.
struct ScaleQuestion: QuestionType {
    var min: Int
    var max: Int
    /// Where `min` is written.
    var range: SourceRange
    /// Labels for some points, in the order written.
    var labels: [(point: Located<Int>, label: String)]

    static let word = "scale"
    static var schemaProperties: [SpecSchema.Property] {
        NumericBounds.schemaProperties + [
            SpecSchema.Property(name: "labels", type: .map(.string), required: false, doc: "scale: labels for some points."),
        ]
    }

    static func parse(_ m: MappingView, _ what: String, _ ctx: inout ParseContext) -> Self? {
        let lo = m.required("min", &ctx).flatMap { parseInteger($0, "the scale's 'min'", in: SpecLimits.scalePoint, &ctx) }
        let hi = m.required("max", &ctx).flatMap { parseInteger($0, "the scale's 'max'", in: SpecLimits.scalePoint, &ctx) }
        guard let lo, let hi else { return nil }
        let span = hi.value.subtractingReportingOverflow(lo.value)
        guard lo.value < hi.value, !span.overflow, span.partialValue <= 100 else {
            ctx.report(.valueOutOfRange, "the scale of \(what) must have min < max and at most 101 points (min \(lo.value), max \(hi.value))", lo.range)
            return nil
        }
        var labels: [(point: Located<Int>, label: String)] = []
        if let node = m["labels"] {
            if case .mapping(let pairs) = node.kind {
                for p in pairs {
                    guard let point = ScalarSyntax.integer(p.key) else {
                        ctx.report(.expectedInteger, "scale label key '\(p.key)' must be a point of the scale (an integer)", p.keyRange)
                        continue
                    }
                    guard (lo.value...hi.value).contains(point) else {
                        ctx.report(.valueOutOfRange, "scale label \(point) is outside the scale \(lo.value)...\(hi.value)", p.keyRange)
                        continue
                    }
                    if let label = ctx.string(p.value, "the label of point \(point)") {
                        labels.append((Located(point, p.keyRange), label.value))
                    }
                }
            } else {
                ctx.report(.wrongNodeKind, "'labels' must map scale points to labels ({1: Poor, 5: Great}), not \(node.shapeDescription)", node.range)
            }
        }
        return ScaleQuestion(min: lo.value, max: hi.value, range: lo.range, labels: labels)
    }

    static let aggregationMethods: [Quality.AggregationRule.Method] = CategoricalMethods.names + [.mean, .median]
    static let defaultAggregationMethod = Quality.AggregationRule.Method.majority
    static let agreementLevel: KrippendorffAlpha.Level? = .ordinal
    static let canBeCondition = true
    static let storage = AnswerStorage.option

    /// The points, in order.
    var points: [Int] { min <= max ? Array(min...max) : [] }
    var orderedValues: [String]? { points.map(String.init) }
    var optionNumbers: [Double]? { points.map(Double.init) }
    var numericTolerance: Double { 0.5 }

    /// The label of each labelled point (the first written wins).
    private var labelOfPoint: [Int: String] {
        Dictionary(labels.map { ($0.point.value, $0.label) }, uniquingKeysWith: { a, _ in a })
    }

    /// A whole number in `min...max`.
    func answerProblem(_ values: [String], question: Question, pattern: AnswerPattern?) -> AnswerProblem? {
        let value = values[0]
        let digits = value.hasPrefix("-") ? value.dropFirst() : Substring(value)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let point = Int(value) else {
            return AnswerProblem("\(AnswerProblem.shown(value)) is not a whole number on the scale of '\(question.id)' (\(min) to \(max))")
        }
        guard point >= min, point <= max else {
            return AnswerProblem("\(AnswerProblem.shown(value)) is outside the scale of '\(question.id)' (\(min) to \(max))")
        }
        return nil
    }

    /// The point.
    func uniqueSubmittedAnswer(_ trimmed: String) -> String? { Int(trimmed).map(String.init) }

    static let partials = ["scale"]

    func pageControl(into view: inout QuestionView, messages: MessageCatalogue) {
        view.display = "scale"
        let labels = labelOfPoint
        view.scale = ScaleControlView(points: points.map { ScalePointView(point: String($0), pointLabel: labels[$0]) })
    }

    func pageConfig(into config: inout TaskPageConfig.QuestionConfig) {
        config.display = "scale"
        config.min = Double(min)
        config.max = Double(max)
    }

    static let guidelinesListPoints = true

    func guidelineChoices(shownIn: (String) -> [Int]) -> [GuidelinesDocument.Choice] {
        let labels = labelOfPoint
        return points.map { .init(label: String($0), pointLabel: labels[$0], examples: shownIn(String($0))) }
    }

    func guidelineRules(_ messages: MessageCatalogue) -> [GuidelinesDocument.Rule] { [.init(text: messages.format("guide-scale", ["min": .number(min), "max": .number(max)]))] }

    /// The point with its label.
    func guidelineAnswer(_ value: String) -> GuidelinesDocument.AnswerLabel {
        let label = Int(value).flatMap { point in labels.first { $0.point.value == point }?.label }
        return .init(label: label.map { "\(value) (\($0))" } ?? value)
    }
}
