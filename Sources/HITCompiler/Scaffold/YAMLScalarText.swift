/// Text written into a YAML file as a string scalar that reads back as exactly
/// that text, whatever it holds (a translation with a colon, quotes, `#`, a
/// leading `-`, a word YAML 1.1 reads as a boolean): plain when that is
/// certainly safe, else double-quoted with escapes.
enum YAMLScalarText {
    /// Where the scalar goes: a block mapping's value, or inside `{ ... }` / `[ ... ]`.
    enum Context { case block, flow }

    /// `text` as a scalar for `context`.
    static func scalar(_ text: String, _ context: Context) -> String {
        isSafePlain(text, context) ? text : doubleQuoted(text)
    }

    /// `text` as a literal block (`|` and the text on the next line, indented by
    /// `indent` spaces) when it is one line that a block holds as written; else
    /// as `scalar(text, .block)`.
    static func block(_ text: String, indent: Int) -> String {
        let first = text.unicodeScalars.first
        guard let first, first != " ", first != "\t", !text.unicodeScalars.contains(where: { !isPrintable($0) || $0 == "\t" }),
              text.unicodeScalars.last != " " else {
            return scalar(text, .block)
        }
        return "|\n" + String(repeating: " ", count: indent) + text
    }

    /// True when `text` can be written plain and is read back as the same string
    /// (never as null, a boolean or a number, in YAML 1.1 or 1.2): conservative.
    static func isSafePlain(_ text: String, _ context: Context) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return false }
        if first == " " || last == " " { return false }
        if "-?:,[]{}#&*!|>'\"%@`~".unicodeScalars.contains(first) { return false }
        if first.properties.numericType != nil || first == "." || first == "+" { return false }
        if last == ":" { return false }
        if ["null", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(text.lowercased()) { return false }
        for (i, scalar) in scalars.enumerated() {
            if !isPrintable(scalar) || scalar == "\t" { return false }
            if scalar == ":", i + 1 < scalars.count, scalars[i + 1] == " " { return false }
            if scalar == "#", i > 0, scalars[i - 1] == " " { return false }
            if context == .flow, ",[]{}:".unicodeScalars.contains(scalar) { return false }
        }
        return true
    }

    /// `text` in double quotes: `"` and `\` escaped, and every character that is
    /// not printable (controls, line and paragraph separators, a BOM) as an escape.
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += scalar.value <= 0xFFFF ? "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                                                  : "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                }
            }
        }
        return out + "\""
    }

    /// A character YAML lets stand as itself in a scalar, and that is not a line
    /// break to it (NEL, U+2028, U+2029) nor a byte-order mark.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: return true
        case 0x20...0x7E: return true
        case 0xA0...0xD7FF: return scalar.value != 0x2028 && scalar.value != 0x2029
        case 0xE000...0xFFFD: return scalar.value != 0xFEFF
        case 0x10000...0x10FFFF: return true
        default: return false  // C0 and C1 controls, DEL, NEL, surrogates, U+FFFE/U+FFFF
        }
    }
}
