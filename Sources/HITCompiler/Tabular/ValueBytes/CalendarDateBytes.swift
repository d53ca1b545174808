/// Why a value is not a `YYYY-MM-DD` date.
enum DateProblem: Equatable {
    /// Not four digits, `-`, two digits, `-`, two digits.
    case format
    /// Well formed but not a day of the (proleptic Gregorian) calendar: `2026-02-30`.
    case noSuchDay

    var reason: String {
        switch self {
        case .format: "is not a date written YYYY-MM-DD"
        case .noSuchDay: "is not a real calendar date"
        }
    }
}

/// Checks `YYYY-MM-DD` dates on bytes: years 0001-9999, real month lengths, leap years.
enum CalendarDateBytes {
    /// The problem with the date, or nil when it is a real date.
    static func problem(_ bytes: ByteSpan) -> DateProblem? {
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return .format }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for k in range {
                let digit = bytes[k] &- 0x30
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
            return .format
        }
        guard year >= 1, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else {
            return .noSuchDay
        }
        return nil
    }

    /// Days in a month of the Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
