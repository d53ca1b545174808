/// `mean` and `median` of numeric answers (`number`, and `scale` points).
///
/// The median of an even number of answers is the mean of the two middle ones.
/// The confidence is the share of the item's answers within `tolerance` of the
/// label: half a scale point for `scale` (answers that round to it), half the
/// `step` for `number` (exact equality without a step).
public enum NumericAggregation {
    public enum Method: Sendable { case mean, median }

    /// The label (nil without answers) and confidence of one item's answers.
    public static func aggregate(_ answers: [Double], method: Method, tolerance: Double) -> (label: Double?, confidence: Double) {
        guard !answers.isEmpty else { return (nil, 0) }
        let label: Double
        switch method {
        case .mean:
            label = answers.reduce(0, +) / Double(answers.count)
        case .median:
            let sorted = answers.sorted()
            let mid = sorted.count / 2
            label = sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
        }
        let close = answers.filter { abs($0 - label) <= tolerance + 1e-9 * max(1, abs(label)) }.count
        return (label, Double(close) / Double(answers.count))
    }

    /// Formats a label: whole numbers without a fraction, others with up to six decimals.
    public static func format(_ x: Double) -> String {
        let rounded = (x * 1_000_000).rounded() / 1_000_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return "\(rounded)"
    }
}
