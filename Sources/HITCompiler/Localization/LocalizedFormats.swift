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
