import Foundation

/// How a number shows in a language: Foundation's locale-aware decimal format
/// (ICU), grouping and decimal signs of the locale, at most 3 fraction digits
/// (as Babel and `Intl.NumberFormat` do by default).
enum LocalizedFormats {
    static func number(_ value: Double, localeIdentifier: String) -> String {
        guard value.isFinite else { return "\(value)" }
        return value.formatted(.number.locale(Locale(identifier: localeIdentifier)))
    }
}

extension LocalizedFormats {
    /// An amount of money in the locale's format (`$0.20` en, `US$ 0,20` pt-BR). With
    /// `keepDigits`, an amount finer than a cent keeps up to 6 decimals (`$0.000125`,
    /// not `$0.00`). In a right-to-left language the amount is a left-to-right isolate
    /// (U+2066 … U+2069), so its digits and currency code stay in their order
    /// (`0.50 US$`, not `US 0.50$`).
    static func money(_ amount: Double, currency: String, localeIdentifier: String, keepDigits: Bool = false) -> String {
        guard amount.isFinite else { return "\(amount) \(currency)" }
        var style = FloatingPointFormatStyle<Double>.Currency(code: currency, locale: Locale(identifier: localeIdentifier))
        let cents = amount * 100
        if keepDigits, abs(cents - cents.rounded()) > 1e-6 { style = style.precision(.fractionLength(2...6)) }
        let text = amount.formatted(style)
        return TextDirection.of(languageTag: localeIdentifier) == .rtl ? "\u{2066}" + text + "\u{2069}" : text
    }

    /// A calendar date as the locale writes it in full (`March 5, 2024`, `2024年3月5日`).
    static func longDate(year: Int, month: Int, day: Int, localeIdentifier: String) -> String? {
        var calendar = Calendar(identifier: .gregorian)
        guard let utc = TimeZone(identifier: "UTC") else { return nil }
        calendar.timeZone = utc
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        return date.formatted(Date.FormatStyle(date: .long, time: .omitted, locale: Locale(identifier: localeIdentifier),
                                               calendar: calendar, timeZone: utc))
    }
}
