import Foundation

/// Checks a text question's `pattern`: it must compile as an ICU regular
/// expression (what `NSRegularExpression`, and so gold and example checks,
/// use) and keep to the syntax the task page's JavaScript (`new RegExp(p, 'u')`)
/// reads the same way; otherwise the page would silently not enforce it.
enum RegexCheck {
    /// Why the pattern cannot be used (a sentence to follow "'pattern' "), or nil when it can.
    static func problem(_ pattern: String) -> String? {
        do {
            _ = try NSRegularExpression(pattern: pattern)
        } catch {
            return "is not a valid regular expression: it does not compile"
        }
        return nonPortable(pattern).map { "uses '\($0)', which ICU reads but the task page's JavaScript does not" }
    }

    /// Letters JavaScript accepts after `\` in unicode mode (besides digits and syntax characters).
    private static let escapeLetters = Set("dDwWsSbBnrtfvcxupPk")
    /// Characters JavaScript accepts escaped with `\` anywhere in unicode mode.
    private static let syntaxCharacters = Set("^$\\.*+?()[]{}|/")

    /// The first construct ICU accepts but JavaScript (unicode mode) refuses or
    /// reads differently: inline flags and other `(?` groups, possessive
    /// quantifiers, a quantified assertion, ICU-only escapes, POSIX classes and
    /// class set operations.
    static func nonPortable(_ pattern: String) -> String? {
        let chars = Array(pattern)
        var i = 0
        var inClass = false
        // Whether the last token was an assertion (`^`, `$`, `\b`, `\B`, a lookaround), which JavaScript cannot repeat.
        var afterAssertion = false
        var lookarounds: [Bool] = []
        while i < chars.count {
            let c = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            if c == "\\" {
                guard let e = next else { return nil }
                if let bad = badEscape(e, after: i + 2 < chars.count ? chars[i + 2] : nil, inClass: inClass) { return bad }
                afterAssertion = !inClass && (e == "b" || e == "B")
                i += 2
                // `\p{L}`, `\u{1F600}`: the braces belong to the escape.
                if "pPu".contains(e), i < chars.count, chars[i] == "{" {
                    while i < chars.count, chars[i] != "}" { i += 1 }
                    i += 1
                }
                continue
            }
            if inClass {
                if c == "]" { inClass = false }
                if c == "[" { return next == ":" ? "[:" : "[ inside a class" }
                if (c == "&" && next == "&") || (c == "-" && next == "-") { return String([c, c]) }
                i += 1
                continue
            }
            let quantified = afterAssertion
            afterAssertion = false
            switch c {
            case "[":
                inClass = true
                if next == "^" { i += 1 }
                // A `]` first in a class is a literal in ICU but closes an empty class in JavaScript.
                if i + 1 < chars.count, chars[i + 1] == "]" { return "[]" }
            case "(":
                var isLookaround = false
                if next == "?" {
                    let rest = String(chars[(i + 2)...].prefix(2))
                    isLookaround = ["=", "!", "<=", "<!"].contains { rest.hasPrefix($0) }
                    let named = rest.hasPrefix("<") && rest.count == 2 && (rest.last!.isLetter || rest.last == "_")
                    if !isLookaround, !named, !rest.hasPrefix(":") { return "(?" + String(rest.prefix(1)) }
                    i += 1
                }
                lookarounds.append(isLookaround)
            case ")":
                afterAssertion = lookarounds.popLast() ?? false
            case "^", "$":
                afterAssertion = true
            case "{":
                // A quantifier {n}, {n,} or {n,m}; JavaScript refuses any other `{`.
                guard let end = quantifierEnd(chars, from: i) else { return "{" }
                if quantified { return String(chars[(i - 1)...end]) }
                if end + 1 < chars.count, chars[end + 1] == "+" { return "}+" }
                i = end
            case "}", "]":
                return String(c)
            case "*", "+", "?":
                if quantified { return String([chars[i - 1], c]) }
                if next == "+" { return String([c, "+"]) }
                if next == "?" { i += 1 }
            default: break
            }
            i += 1
        }
        return nil
    }

    /// `\e` when JavaScript's unicode mode refuses that escape here, else nil.
    private static func badEscape(_ e: Character, after: Character?, inClass: Bool) -> String? {
        if inClass, e == "B" || e == "k" || ("1"..."9").contains(e) { return "\\\(e) inside a class" }
        if e == "0", let after, after.isASCII, after.isNumber { return "\\0\(after)" }
        let ok = e.isNumber || escapeLetters.contains(e) || syntaxCharacters.contains(e) || (inClass && e == "-")
        return ok ? nil : "\\\(e)"
    }

    /// The index of the `}` closing a quantifier `{n}`, `{n,}` or `{n,m}` that opens at `start`, or nil.
    private static func quantifierEnd(_ chars: [Character], from start: Int) -> Int? {
        var i = start + 1
        var digits = 0
        while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1; digits += 1 }
        guard digits > 0, i < chars.count else { return nil }
        if chars[i] == "," {
            i += 1
            while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1 }
        }
        return i < chars.count && chars[i] == "}" ? i : nil
    }
}
