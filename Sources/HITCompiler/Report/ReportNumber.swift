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
        fixed(x * 100, decimals: 1, trim: false) + "%"
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
        fixed(x, decimals: 3, trim: true)
    }

    /// An SVG coordinate: one decimal at most.
    static func coordinate(_ x: Double) -> String {
        fixed(x, decimals: 1, trim: true)
    }

    /// `x` with `decimals` decimals (rounded half away from zero), trailing zeros dropped when `trim`;
    /// integer arithmetic, no Foundation formatting (the report writes thousands of these). Never `-0`.
    static func fixed(_ x: Double, decimals: Int, trim: Bool) -> String {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (x * Double(scale)).rounded()
        guard scaled.isFinite, abs(scaled) < 1e17 else { return String(format: "%.\(decimals)f", x) }
        let n = Int(scaled)
        let magnitude = n.magnitude
        var whole = String(magnitude / UInt(scale))
        if n < 0 { whole = "-" + whole }
        guard decimals > 0 else { return whole }
        var fraction = magnitude % UInt(scale), width = decimals
        if trim {
            while width > 0 && fraction % 10 == 0 { fraction /= 10; width -= 1 }
            if width == 0 { return whole }
        }
        let digits = String(fraction)
        return whole + "." + String(repeating: "0", count: width - digits.count) + digits
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
