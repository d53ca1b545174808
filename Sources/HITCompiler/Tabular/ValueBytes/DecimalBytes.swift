/// A decimal number read from a data value.
struct DecimalNumber {
    var value: Double
    /// Written without a fraction or exponent (`-12`, not `12.0` or `1e3`).
    var isWholeNumberSyntax: Bool
}

/// Parses decimal numbers straight from bytes: `-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
///
/// Up to 15 significant digits and a power of ten up to 22 are converted exactly
/// (one correctly rounded multiplication or division, Clinger's fast path);
/// anything longer goes through the standard library's correctly rounded parser.
enum DecimalBytes {
    private static let powersOfTen: [Double] = (0...22).map { k in
        var p = 1.0
        for _ in 0..<k { p *= 10 }
        return p
    }

    /// The number the bytes spell, or nil when they are not a decimal number.
    static func parse(_ bytes: ByteSpan) -> DecimalNumber? {
        let n = bytes.count
        var i = 0
        var negative = false
        if i < n && bytes[i] == 0x2D {
            negative = true
            i += 1
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var exponent = 0
        var digits = 0
        while i < n, bytes[i] &- 0x30 < 10 {
            accumulate(bytes[i], &mantissa, &significantDigits, &exponent, afterPoint: false)
            digits += 1
            i += 1
        }
        guard digits > 0 else { return nil }
        var whole = true
        if i < n && bytes[i] == 0x2E {
            whole = false
            i += 1
            var fractionDigits = 0
            while i < n, bytes[i] &- 0x30 < 10 {
                accumulate(bytes[i], &mantissa, &significantDigits, &exponent, afterPoint: true)
                fractionDigits += 1
                i += 1
            }
            guard fractionDigits > 0 else { return nil }
        }
        var written = 0
        if i < n && (bytes[i] == 0x65 || bytes[i] == 0x45) {
            whole = false
            i += 1
            var exponentNegative = false
            if i < n && (bytes[i] == 0x2B || bytes[i] == 0x2D) {
                exponentNegative = bytes[i] == 0x2D
                i += 1
            }
            var exponentDigits = 0
            while i < n, bytes[i] &- 0x30 < 10 {
                if written < 100_000 { written = written * 10 + Int(bytes[i] - 0x30) }
                exponentDigits += 1
                i += 1
            }
            guard exponentDigits > 0 else { return nil }
            if exponentNegative { written = -written }
        }
        guard i == n else { return nil }
        exponent += written
        if significantDigits <= 15 && abs(exponent) <= 22 {
            let m = Double(mantissa)
            let value = exponent >= 0 ? m * powersOfTen[exponent] : m / powersOfTen[-exponent]
            return DecimalNumber(value: negative ? -value : value, isWholeNumberSyntax: whole)
        }
        guard let value = Double(String(decoding: bytes, as: UTF8.self)) else { return nil }
        return DecimalNumber(value: value, isWholeNumberSyntax: whole)
    }

    /// Adds one digit: leading zeros are not significant; digits past 19 only move the exponent.
    @inline(__always)
    private static func accumulate(_ byte: UInt8, _ mantissa: inout UInt64, _ significant: inout Int,
                                   _ exponent: inout Int, afterPoint: Bool) {
        let digit = UInt64(byte - 0x30)
        if significant == 0 && digit == 0 {
            if afterPoint { exponent -= 1 }
            return
        }
        if significant < 19 {
            mantissa = mantissa * 10 + digit
            significant += 1
            if afterPoint { exponent -= 1 }
        } else {
            // Too many digits for the fast path: mark it and keep only the scale.
            significant += 1
            if !afterPoint { exponent += 1 }
        }
    }
}
