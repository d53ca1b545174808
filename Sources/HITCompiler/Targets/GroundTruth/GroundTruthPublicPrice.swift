/// What Ground Truth pays a public (Amazon Mechanical Turk) worker per task:
/// `PublicWorkforceTaskPrice.AmountInUsd`, one of a fixed list of prices. The
/// list for "image classification, text classification, and custom tasks" is
/// the one of SageMaker's API reference (`PublicWorkforceTaskPrice`); a
/// manifest line is one HIT, so the price is the spec's reward.
enum GroundTruthPublicPrice {
    /// The allowed prices, in thousandths of a dollar.
    static let allowedMills: [Int64] = [12, 24, 36, 48, 60, 72, 120, 240, 360, 480, 600, 720, 840, 960, 1080, 1200]

    /// The prices as written in messages (`0.012`, ..., `1.200`).
    static var allowedText: String {
        allowedMills.map { "\($0 / 1000).\(String(repeating: "0", count: 3 - String($0 % 1000).count))\($0 % 1000)" }
            .joined(separator: ", ")
    }

    /// `AmountInUsd` for a reward in USD that is one of the allowed prices; nil otherwise.
    static func amount(_ reward: Money) -> Amount? {
        guard reward.currency == "USD", reward.micros % 1000 == 0 else { return nil }
        let mills = reward.micros / 1000
        guard allowedMills.contains(mills) else { return nil }
        return Amount(Dollars: Int(mills / 1000), Cents: Int(mills % 1000 / 10), TenthFractionsOfACent: Int(mills % 10))
    }

    /// The API's `USD` shape.
    struct Amount: Encodable, Sendable, Equatable {
        var Dollars: Int
        var Cents: Int
        var TenthFractionsOfACent: Int
    }
}
