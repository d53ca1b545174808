/// Ids (item, worker, assignment) written as JSON numbers in a results file
/// follow the rule of item keys in data files: one number has many spellings
/// (`1`, `1.0`, `1e0`, `10E-1`), which compared as text would be different
/// items and read as numbers by another program one item, so an id given as a
/// number must be a whole number written plainly (`0`, `-12`, `2041`), not
/// `-0`, and within ±(2^53 − 1), where every JSON reader holds it exactly.
/// Anything else is refused (E0504): write such an id as a string. `1` and
/// `"1"` are the same id.
///
/// A stand-in for `NumberKey` (Data/NumberKey.swift on the `files` branch),
/// with the same rule and cases: once that is merged, `problem(_:)` is
/// `NumberKey.problem(_:)` and this file goes.
enum JSONNumberID {
    /// Why a JSON number cannot be an id.
    enum Problem {
        /// A fraction or an exponent.
        case notPlainWhole
        /// `-0`, the same number as `0`.
        case negativeZero
        /// Beyond ±(2^53 − 1).
        case beyondExact
    }

    /// Largest whole number every JSON reader holds exactly (2^53 − 1), as text.
    static let largestExact = "9007199254740991"

    /// The problem with a JSON number (valid JSON syntax) as an id, or nil.
    static func problem(_ bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        var digits = bytes[...]
        if digits.first == 0x2D { digits = digits.dropFirst() }
        guard digits.allSatisfy({ $0 &- 0x30 < 10 }) else { return .notPlainWhole }
        if digits.elementsEqual([0x30]) && digits.count < bytes.count { return .negativeZero }
        let limit = largestExact.utf8
        if digits.count > limit.count || (digits.count == limit.count && limit.lexicographicallyPrecedes(digits)) {
            return .beyondExact
        }
        return nil
    }
}
