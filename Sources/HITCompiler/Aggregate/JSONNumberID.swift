/// An id (item, worker, assignment) written as a JSON number, made into one
/// spelling: a whole number is written in its shortest integer form, so `1`,
/// `1.0`, `1e0`, `10E-1` and `-0` name the items `1` and `0`, the same keys a
/// CSV or a JSON string spells `1` and `0` (pandas writes integer ids as `1.0`
/// once a column has a gap). A number that is not whole (`1.5`), or whose
/// integer form would have more than `maxDigits` digits (`1e400`), names no id:
/// the reader reports it. Exact on the digits as written: no rounding through
/// `Double`, so `12345678901234567890` stays itself.
enum JSONNumberID {
    /// The most digits of an id written as a number.
    static let maxDigits = 40
    /// Bytes an integer form may need: a sign and `maxDigits` digits.
    static let maxBytes = maxDigits + 1

    /// Writes the integer form of the JSON number `bytes` (valid JSON number
    /// syntax) at `out` (room for `maxBytes`); its length, or nil when the
    /// number is not whole or too long.
    static func canonical(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int? {
        let n = bytes.count
        var i = 0
        let negative = i < n && bytes[i] == 0x2D
        if negative { i += 1 }
        // The digits before and after the point, as one run with the point after `integerDigits`.
        let digitsStart = i
        while i < n, bytes[i] &- 0x30 < 10 { i += 1 }
        let integerDigits = i - digitsStart
        var fractionStart = i, fractionEnd = i
        if i < n && bytes[i] == 0x2E {
            i += 1
            fractionStart = i
            while i < n, bytes[i] &- 0x30 < 10 { i += 1 }
            fractionEnd = i
        }
        var exponent = 0
        if i < n && (bytes[i] == 0x65 || bytes[i] == 0x45) {
            i += 1
            var exponentNegative = false
            if i < n && (bytes[i] == 0x2B || bytes[i] == 0x2D) {
                exponentNegative = bytes[i] == 0x2D
                i += 1
            }
            while i < n, bytes[i] &- 0x30 < 10 {
                if exponent < 1_000_000 { exponent = exponent * 10 + Int(bytes[i] &- 0x30) }
                i += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        guard i == n, integerDigits > 0 else { return nil }
        // Digit k of the run (integer digits, then fraction digits).
        let runLength = integerDigits + (fractionEnd - fractionStart)
        func digit(_ k: Int) -> UInt8 {
            k < integerDigits ? bytes[digitsStart + k] : bytes[fractionStart + k - integerDigits]
        }
        var first = 0
        while first < runLength && digit(first) == 0x30 { first += 1 }
        guard first < runLength else {
            out[0] = 0x30
            return 1
        }
        var last = runLength
        while digit(last - 1) == 0x30 { last -= 1 }
        // The significant digits `first ..< last`; the point sits after digit `integerDigits + exponent`.
        let wholeDigits = integerDigits + exponent - first
        guard last - first <= wholeDigits, wholeDigits <= maxDigits else { return nil }
        var length = 0
        if negative {
            out[0] = 0x2D
            length = 1
        }
        for k in first..<last {
            out[length] = digit(k)
            length += 1
        }
        for _ in 0..<(wholeDigits - (last - first)) {
            out[length] = 0x30
            length += 1
        }
        return length
    }
}
