import Foundation

/// How `report.html` writes numbers: exact figures as `workers.csv` and
/// `summary.json` write them (rounded to six decimals, `JSONBytes`), shares as
/// percentages with one decimal for reading, counts with thousands separators,
/// SVG coordinates with at most one decimal. One home, so a table cell and the
/// file it comes from never disagree.
enum ReportNumber {
    /// `x` rounded to six decimals and written as in `workers.csv` (`0.75`, `12`, `0.333333`).
    static func exact(_ x: Double) -> String {
        var out: [UInt8] = []
        JSONBytes.appendNumber(QuestionAggregation.rounded(x), to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A share as a percentage with one decimal (`66.7%`).
    static func percent(_ x: Double) -> String {
        String(format: "%.1f%%", x * 100)
    }

    /// A count with a comma every three digits (`1,000,000`).
    static func count(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (k, c) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// A short display of a measured value: at most three decimals, trailing zeros dropped.
    static func short(_ x: Double) -> String {
        var text = String(format: "%.3f", x)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// An SVG coordinate: one decimal at most.
    static func coordinate(_ x: Double) -> String {
        let tenths = (x * 10).rounded()
        if tenths == (tenths / 10).rounded() * 10 { return String(Int(tenths / 10)) }
        return String(format: "%.1f", tenths / 10)
    }

    /// An amount of money of `micros` millionths: two decimals when whole cents, else up to six.
    static func money(micros: Int64, currency: String) -> String {
        let whole = micros / 1_000_000, fraction = micros % 1_000_000
        var decimals = String(format: "%06lld", fraction)
        if fraction % 10_000 == 0 { decimals = String(decimals.prefix(2)) } else {
            while decimals.hasSuffix("0") { decimals.removeLast() }
        }
        return "\(count(Int(whole))).\(decimals) \(currency)"
    }
}
