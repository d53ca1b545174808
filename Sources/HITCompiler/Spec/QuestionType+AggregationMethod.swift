extension QuestionType {
    /// The aggregation method when `quality.aggregation` names none for a question
    /// of this type: `majority` for choices and scales, `mean` for numbers,
    /// `collect` for text. The one home of this default: the bundle's aggregation
    /// config, `hitc aggregate` and the lints all ask here.
    public var defaultAggregationMethod: Quality.AggregationRule.Method {
        switch self {
        case .single_choice, .multi_choice, .scale: .majority
        case .number: .mean
        case .text: .collect
        }
    }
}
