/// An amount of money, `0.30 USD`. The amount keeps its decimal text exactly.
public struct Money: Sendable, Hashable, CustomStringConvertible {
    /// The amount in millionths of the currency unit (exact for up to 6 decimals).
    public var micros: Int64
    /// ISO 4217 code, three upper-case letters.
    public var currency: String
    /// The amount as written (`0.30`).
    public var amountText: String

    public var amount: Double { Double(micros) / 1_000_000 }
    public var description: String { "\(amountText) \(currency)" }

    /// The amount with exactly two decimals (`0.45` for `0.450`) when it is a
    /// whole number of hundredths; nil otherwise (`0.125`).
    public var centsText: String? {
        guard micros % 10_000 == 0 else { return nil }
        let cents = micros / 10_000
        let fraction = abs(cents % 100)
        return "\(cents / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

/// A duration in whole seconds, written `30s`, `20m`, `7d`, `1h30m`.
public struct Duration: Sendable, Hashable, CustomStringConvertible {
    public var seconds: Int
    public var text: String
    public var description: String { text }
}

/// A semantic version, `MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]` (semver 2.0.0).
public struct SemanticVersion: Sendable, Hashable, CustomStringConvertible {
    public var major: Int
    public var minor: Int
    public var patch: Int
    public var prerelease: String?
    public var build: String?

    public var description: String {
        var s = "\(major).\(minor).\(patch)"
        if let prerelease { s += "-" + prerelease }
        if let build { s += "+" + build }
        return s
    }
}

/// A well-formed BCP 47 language tag (`en`, `en-US`, `zh-Hant-TW`).
public struct LanguageTag: Sendable, Hashable, CustomStringConvertible {
    public var text: String
    /// The primary language subtag, lower-cased.
    public var language: String
    public var description: String { text }
}

/// A calendar date written `YYYY-MM-DD`.
public struct CalendarDate: Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var description: String {
        let pad = { (n: Int, w: Int) in String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
