/// An amount of money, `0.30 USD`. The amount keeps its decimal text exactly.
struct Money: Sendable, Hashable, CustomStringConvertible {
    /// The amount in millionths of the currency unit (exact for up to 6 decimals).
    var micros: Int64
    /// ISO 4217 code, three upper-case letters.
    var currency: String
    /// The amount as written (`0.30`).
    var amountText: String

    var amount: Double { Double(micros) / 1_000_000 }
    var description: String { "\(amountText) \(currency)" }

    /// The amount with exactly two decimals (`0.45` for `0.450`) when it is a
    /// whole number of hundredths; nil otherwise (`0.125`).
    var centsText: String? {
        guard micros % 10_000 == 0 else { return nil }
        let cents = micros / 10_000
        let fraction = abs(cents % 100)
        return "\(cents / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

/// A duration in whole seconds, written `30s`, `20m`, `7d`, `1h30m`.
struct Duration: Sendable, Hashable, CustomStringConvertible {
    var seconds: Int
    var text: String
    var description: String { text }
}

/// A semantic version, `MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]` (semver 2.0.0).
struct SemanticVersion: Sendable, Hashable, CustomStringConvertible {
    var major: Int
    var minor: Int
    var patch: Int
    var prerelease: String?
    var build: String?

    var description: String {
        var s = "\(major).\(minor).\(patch)"
        if let prerelease { s += "-" + prerelease }
        if let build { s += "+" + build }
        return s
    }
}

/// A well-formed BCP 47 language tag (`en`, `en-US`, `zh-Hant-TW`).
public struct LanguageTag: Sendable, Hashable, CustomStringConvertible {
    var text: String
    /// The primary language subtag, lower-cased.
    var language: String
    /// The tag as written.
    public var description: String { text }
}

/// A calendar date written `YYYY-MM-DD`.
struct CalendarDate: Sendable, Hashable, CustomStringConvertible {
    var year: Int
    var month: Int
    var day: Int
    var description: String {
        let pad = { (n: Int, w: Int) in String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
