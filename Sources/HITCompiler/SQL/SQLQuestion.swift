/// One question as the SQL script treats it: how its answers are decoded and
/// which steps label it, resolved from the spec exactly as `hitc aggregate`
/// resolves them (`QuestionAggregation.aggregate`).
struct SQLQuestion {
    /// How an answer is read.
    enum Shape: Equatable {
        /// One option or scale point: a class index `cls` (spec order).
        case choice
        /// A set of options (`multi_choice`, `|`-joined): a mask of `0`/`1`, one character per option.
        case options
        /// A number: `x`.
        case number
        /// Free text: kept as written.
        case text
    }

    /// What labels the question.
    enum Treatment: Equatable {
        /// A categorical method on classes (per option, as yes/no, for a set of options).
        case categorical(CategoricalSQLMethod)
        /// The mean or median of numbers (scale points as numbers).
        case numeric(median: Bool)
        /// Every answer, listed.
        case collect
        /// A method the SQL compiler does not write: the question is left out.
        case unsupported
    }

    var id: String
    var typeName: String
    var shape: Shape
    /// The options or scale points, in spec order (the class order).
    var values: [String]
    /// Per value (option), the earlier values its `renamed_from` names: read as that option.
    var renamed: [[String]]
    /// A number's `min` and `max` (an answer outside them is refused).
    var bounds: (min: Double?, max: Double?)
    /// A set of options: the indices of the options chosen alone (`exclusive: true`), in option order.
    var exclusive: [Int]
    /// The number each scale point stands for; nil for other types.
    var points: [Double]?
    /// `mean`/`median` confidence tolerance: half a scale point, half a `step`, else 0.
    var tolerance: Double
    /// The method word written in `labels.csv` (the rule's, or the type's default).
    var method: Quality.AggregationRule.Method
    /// Where the method is in the spec: the rule's `method`, else the question's `id`.
    var methodRange: SourceRange
    var treatment: Treatment
    var minConfidence: Double?
    /// Dawid-Skene starts from gold (`init: gold`, the default when there is gold).
    var startsFromGold: Bool
    /// The agreement level (nil for text).
    var agreementLevel: KrippendorffAlpha.Level?

    /// The number of classes of one unit (a choice's options; 2 for one option of a set).
    var classCount: Int { shape == .options ? 2 : values.count }
    /// The units the categorical steps fit: one (opt 0), or one per option of a set.
    var unitCount: Int { shape == .options ? values.count : 1 }

    /// Resolves `question`'s treatment under `quality`, as `hitc aggregate` does; `hasGold` when a gold table is read.
    init(_ question: Question, quality: Quality?, hasGold: Bool) {
        id = question.id
        typeName = question.typeName
        let rule = quality?.aggregation(for: question.id)
        method = rule?.method.value ?? question.kind.defaultAggregationMethod
        methodRange = rule?.method.range ?? question.idRange
        minConfidence = rule?.minConfidence?.value
        values = question.orderedValues ?? []
        renamed = question.kind.storage == .option || question.kind.storage == .optionSet
            ? (question.choice?.options ?? []).map { $0.renamedFrom.map(\.value) } : []
        bounds = question.kind.type.numberBounds
        let options = question.kind.storage == .optionSet ? question.choice?.options ?? [] : []
        exclusive = options.indices.filter { options[$0].exclusive }
        points = question.kind.type.optionNumbers
        tolerance = question.kind.type.numericTolerance
        agreementLevel = question.kind.agreementLevel
        startsFromGold = CategoricalMethods.start(of: method, written: rule?.start?.value, hasGold: hasGold) == .gold
        switch question.kind.storage {
        case .option: shape = .choice
        case .optionSet: shape = .options
        case .decimal: shape = .number
        case .string: shape = .text
        }
        switch (shape, method) {
        case (.text, _), (_, .collect):
            treatment = .collect
        case (.choice, .mean) where points != nil, (.choice, .median) where points != nil, (.number, _):
            treatment = .numeric(median: method == .median)
        default:
            // As natively: a method with no categorical fit (mean on options, a pairwise ranking) labels by majority.
            if let fit = CategoricalSQLMethod(method) {
                treatment = .categorical(fit)
            } else if CategoricalMethods.method(method) == nil {
                treatment = .categorical(.majority)
            } else {
                treatment = .unsupported
            }
        }
    }
}

/// The categorical methods the SQL compiler writes.
enum CategoricalSQLMethod: Equatable {
    case majority, weightedMajority, dawidSkene

    init?(_ method: Quality.AggregationRule.Method) {
        switch method {
        case .majority: self = .majority
        case .weighted_majority: self = .weightedMajority
        case .dawid_skene: self = .dawidSkene
        default: return nil
        }
    }
}
