/// Recognisers for the scalar formats the spec language uses.
enum ScalarSyntax {
    /// A decimal integer (`-12`, `+3`, `0`) that fits in `Int`; nil otherwise
    /// (`isIntegerSyntax` tells an integer too large from text that is not one).
    static func integer(_ text: String) -> Int? {
        guard isIntegerSyntax(text) else { return nil }
        return Int(text.hasPrefix("+") ? String(text.dropFirst()) : text)
    }

    /// True when `text` is written as a decimal integer, whatever its size.
    static func isIntegerSyntax(_ text: String) -> Bool {
        var digits = Substring(text)
        if let sign = digits.first, sign == "+" || sign == "-" { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A decimal number (`3`, `-0.5`, `1e3`, `.5`); no `inf`/`nan`, no hex. A
    /// number too large for a `Double` (`1e309`) is infinite: callers refuse it.
    static func number(_ text: String) -> Double? {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        if i < scalars.count, scalars[i] == "-" || scalars[i] == "+" { i += 1 }
        var digits = 0
        while i < scalars.count, ("0"..."9").contains(scalars[i]) { i += 1; digits += 1 }
        if i < scalars.count, scalars[i] == "." {
            i += 1
            while i < scalars.count, ("0"..."9").contains(scalars[i]) { i += 1; digits += 1 }
        }
        guard digits > 0 else { return nil }
        if i < scalars.count, scalars[i] == "e" || scalars[i] == "E" {
            i += 1
            if i < scalars.count, scalars[i] == "-" || scalars[i] == "+" { i += 1 }
            var expDigits = 0
            while i < scalars.count, ("0"..."9").contains(scalars[i]) { i += 1; expDigits += 1 }
            guard expDigits > 0 else { return nil }
        }
        guard i == scalars.count else { return nil }
        return Double(text.hasPrefix("+") ? String(text.dropFirst()) : text)
    }
}
