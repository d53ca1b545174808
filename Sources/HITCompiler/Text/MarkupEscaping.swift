/// Escaping text for HTML and XML markup, the one home of the rule every page
/// and platform file follows: `&`, `<`, `>`, `"` and `'` as references (`'` as
/// `&#39;`, which HTML and XML both read), so text is safe in element content
/// and in a double- or single-quoted attribute value. Options add what a
/// platform's file needs on top.
enum MarkupEscaping {
    struct Options: OptionSet, Sendable {
        let rawValue: Int
        /// Tab, line feed and carriage return as character references, which an
        /// XML parser keeps in an attribute value (it turns the characters into spaces).
        static let lineBreaks = Options(rawValue: 1)
        /// `{` and `}` as character references, which a browser shows as braces and a
        /// template language run over the file first (Liquid) does not read.
        static let braces = Options(rawValue: 2)
    }

    /// `text` escaped, with `options`.
    static func escaped(_ text: String, _ options: Options = []) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let lineBreaks = options.contains(.lineBreaks), braces = options.contains(.braces)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t" where lineBreaks: out += "&#9;"
            case "\n" where lineBreaks: out += "&#10;"
            case "\r" where lineBreaks: out += "&#13;"
            case "{" where braces: out += "&#123;"
            case "}" where braces: out += "&#125;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
