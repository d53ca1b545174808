/// Item keys written as JSON numbers (JSON Lines data files), and ids (item,
/// worker, assignment) written as JSON numbers in results files. One number has many
/// spellings (`1`, `1.0`, `1e0`, `10E-1`): compared as text they would be
/// different items, read as numbers by another program one item. hitc
/// compares keys as text, so a key given as a number must have only one
/// spelling: a whole number written plainly (`0`, `-12`, `2041`; JSON allows no
/// leading zeros), not `-0`, and within ±(2^53 − 1), where every JSON reader
/// holds it exactly. Anything else is refused (E0407 in data, E0504 in
/// results): write such a key as a string. `1` and `"1"` are the same key
/// (E0409 when both are used in a data file).
enum NumberKey {
    /// Why a JSON number cannot be an item key.
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

    /// The problem with a JSON number (valid JSON syntax) as an item key, or nil.
    static func problem(_ bytes: ByteSpan) -> Problem? {
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
