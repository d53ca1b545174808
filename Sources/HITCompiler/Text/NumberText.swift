/// Numbers as hitc writes them in messages, pages and label files: the one
/// home of the formats that used to be written out in the parser, the checks,
/// the lowering, the data checks and the aggregation.
enum NumberText {
    /// `10`, `0.5`, `-1e+30`: a whole value below 1e15 without `.0`, any other as
    /// Swift prints it. With `roundedToMillionths`, the value is first rounded to
    /// six decimals (aggregated labels: `0.333333`); from 2^52 on a double has no
    /// fraction, so it is not rounded (multiplying it by a million could overflow).
    static func plain(_ x: Double, roundedToMillionths: Bool = false) -> String {
        let value = roundedToMillionths && abs(x) < 0x1p52 ? (x * 1_000_000).rounded() / 1_000_000 : x
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// An amount with two decimals (`1.50`); a huge or non-finite one as Swift prints it.
    static func twoDecimals(_ x: Double) -> String {
        guard x.isFinite, abs(x) < 1e15 else { return String(x) }
        let cents = Int64((x * 100).rounded())
        let sign = cents < 0 ? "-" : ""
        let a = abs(cents)
        let frac = a % 100
        return "\(sign)\(a / 100).\(frac < 10 ? "0" : "")\(frac)"
    }
}
