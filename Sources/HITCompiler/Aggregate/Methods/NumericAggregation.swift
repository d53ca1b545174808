/// `mean` and `median` of numeric answers (`number`, and `scale` points).
///
/// The median of an even number of answers is the mean of the two middle ones.
/// Neither overflows: answers near the largest double (±1.8e308) give a label
/// near them, not infinity (a sum that overflows is redone as a sum of shares,
/// two middles that overflow are halved first).
/// The confidence is the share of the item's answers within `tolerance` of the
/// label: half a scale point for `scale` (answers that round to it), half the
/// `step` for `number` (exact equality without a step).
enum NumericAggregation {
    enum Method: Sendable { case mean, median }

    /// The label (nil without answers) and confidence of one item's answers.
    static func aggregate(_ answers: [Double], method: Method, tolerance: Double) -> (label: Double?, confidence: Double) {
        guard !answers.isEmpty else { return (nil, 0) }
        let label: Double
        switch method {
        case .mean:
            let sum = answers.reduce(0, +)
            label = sum.isFinite ? sum / Double(answers.count) : scaledMean(answers)
        case .median:
            let sorted = answers.sorted()
            let mid = sorted.count / 2
            label = sorted.count % 2 == 1 ? sorted[mid] : middle(sorted[mid - 1], sorted[mid])
        }
        let close = answers.filter { abs($0 - label) <= tolerance + 1e-9 * max(1, abs(label)) }.count
        return (label, Double(close) / Double(answers.count))
    }

    /// The mean of answers whose sum overflows: each scaled down by a power of
    /// two at least their count (exact), summed, divided, scaled back; kept
    /// between the smallest and largest answer, where a mean lies, against
    /// rounding past the largest double.
    static func scaledMean(_ answers: [Double]) -> Double {
        let scale = Double(sign: .plus, exponent: Double(answers.count).exponent + 1, significand: 1)
        let sum = answers.reduce(0) { $0 + $1 / scale }
        let mean = sum / Double(answers.count) * scale
        return Swift.min(Swift.max(mean, answers.min()!), answers.max()!)
    }

    /// The mean of two numbers, halved first when their sum overflows.
    static func middle(_ a: Double, _ b: Double) -> Double {
        let sum = a + b
        return sum.isFinite ? sum / 2 : a / 2 + b / 2
    }

    /// Formats a label: whole numbers without a fraction, others with up to six
    /// decimals (`NumberText.plain(_:roundedToMillionths:)`).
    static func format(_ x: Double) -> String {
        NumberText.plain(x, roundedToMillionths: true)
    }
}
