/// A time of Appen's report (`_started_at`, `_created_at`) as seconds since
/// 1970: `M/D/YYYY H:MM:SS` (US style, as a spreadsheet saves it; which form
/// Appen's own export uses was not confirmed) or ISO 8601 `YYYY-MM-DD[T ]HH:MM:SS[.fraction][Z|±HH:MM]`; a time
/// without a zone is taken as UTC (both times of a row are written alike, and
/// only their difference is used).
enum AppenTimestamp {
    /// The seconds since 1970-01-01T00:00:00Z of `text`, or nil when it is not such a time.
    static func seconds(_ text: Substring) -> Double? {
        var s = Scanner(Array(text.utf8))
        var year = 0, month = 0, day = 0
        guard let first = s.number(maxDigits: 4) else { return nil }
        if s.skip(0x2F) {                                   // M/D/YYYY
            guard first.digits <= 2, let d = s.number(maxDigits: 2), s.skip(0x2F),
                  let y = s.number(maxDigits: 4), y.digits == 4 else { return nil }
            (year, month, day) = (y.value, first.value, d.value)
        } else {                                            // YYYY-MM-DD
            guard first.digits == 4, s.skip(0x2D), let m = s.number(maxDigits: 2), m.digits == 2, s.skip(0x2D),
                  let d = s.number(maxDigits: 2), d.digits == 2 else { return nil }
            (year, month, day) = (first.value, m.value, d.value)
        }
        guard (1...12).contains(month), (1...daysIn(month, year)).contains(day) else { return nil }
        guard s.skip(0x54) || s.skip(0x20) else { return nil }    // 'T' or ' '
        guard let h = s.number(maxDigits: 2), h.value < 24, s.skip(0x3A),
              let mi = s.number(maxDigits: 2), mi.digits == 2, mi.value < 60 else { return nil }
        var seconds = 0.0
        if s.skip(0x3A) {
            guard let sec = s.number(maxDigits: 2), sec.digits == 2, sec.value < 61 else { return nil }
            seconds = Double(sec.value)
            if s.skip(0x2E) {
                guard let fraction = s.number(maxDigits: 9) else { return nil }
                var scale = 1.0
                for _ in 0..<fraction.digits { scale *= 10 }
                seconds += Double(fraction.value) / scale
            }
        }
        var offset = 0
        if s.skip(0x5A) {                                   // Z
        } else if s.peek == 0x2B || s.peek == 0x2D {        // +HH:MM, -HH:MM
            let sign = s.peek == 0x2D ? -1 : 1
            s.index += 1
            guard let oh = s.number(maxDigits: 2), oh.digits == 2, oh.value < 24 else { return nil }
            _ = s.skip(0x3A)
            guard let om = s.number(maxDigits: 2), om.digits == 2, om.value < 60 else { return nil }
            offset = sign * (oh.value * 3600 + om.value * 60)
        } else if s.skipWord(" UTC") {
        }
        guard s.atEnd else { return nil }
        let days = daysFromCivil(year, month, day)
        return Double(days * 86_400 + h.value * 3600 + mi.value * 60 - offset) + seconds
    }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// Days from 1970-01-01 to the date (proleptic Gregorian calendar).
    private static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }
        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skip(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            index += 1
            return true
        }

        mutating func skipWord(_ word: String) -> Bool {
            let w = Array(word.utf8)
            guard bytes.count - index >= w.count, Array(bytes[index..<index + w.count]) == w else { return false }
            index += w.count
            return true
        }

        /// Up to `maxDigits` ASCII digits (at least one).
        mutating func number(maxDigits: Int) -> (value: Int, digits: Int)? {
            var value = 0, digits = 0
            while digits < maxDigits, let b = peek, b >= 0x30, b <= 0x39 {
                value = value * 10 + Int(b - 0x30)
                digits += 1
                index += 1
            }
            return digits == 0 ? nil : (value, digits)
        }
    }
}
