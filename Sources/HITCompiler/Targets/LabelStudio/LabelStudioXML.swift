/// A Label Studio config element, written as XML with every attribute value
/// escaped: data and spec text never become markup.
struct LabelStudioElement {
    /// The tag (`Choices`, `Text`, `View`).
    var tag: String
    /// Attributes in the order written (name, value as plain text).
    var attributes: [(String, String)]
    /// Child elements; none writes a self-closing tag.
    var children: [LabelStudioElement] = []

    init(_ tag: String, _ attributes: [(String, String)] = [], children: [LabelStudioElement] = []) {
        self.tag = tag
        self.attributes = attributes
        self.children = children
    }

    /// The element and its children, indented by `depth` levels of two spaces.
    func write(into out: inout String, depth: Int = 0) {
        let pad = String(repeating: "  ", count: depth)
        out += pad + "<" + tag
        for (name, value) in attributes {
            out += " " + name + "=\"" + LabelStudioXML.attribute(value) + "\""
        }
        if children.isEmpty {
            out += "/>\n"
            return
        }
        out += ">\n"
        for child in children { child.write(into: &out, depth: depth + 1) }
        out += pad + "</" + tag + ">\n"
    }
}

/// XML escaping for Label Studio configs.
enum LabelStudioXML {
    /// Static text for a `value` attribute, which Label Studio reads as a
    /// template: it replaces every `$` followed by a word character, `[`, `]`,
    /// `.`, `{` or `}` with task data (`parseValue` of its editor). A word joiner
    /// (U+2060, invisible) after such a `$` keeps the text as written.
    static func staticText(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pendingDollar = false
        while let scalar = scalars.next() {
            if pendingDollar, isTemplateCharacter(scalar) { out.append("\u{2060}") }
            out.append(scalar)
            pendingDollar = scalar == "$"
        }
        return String(out)
    }

    /// The characters Label Studio's template pattern `\$[\w[\].{}]+` takes after `$`.
    private static func isTemplateCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "[", "]", ".", "{", "}": true
        default: false
        }
    }

    /// `text` as a double-quoted attribute value: the five XML specials as
    /// entities, and tab, line feed and carriage return as character references
    /// (an XML parser turns them into spaces otherwise).
    static func attribute(_ text: String) -> String {
        MarkupEscaping.escaped(text, .lineBreaks)
    }
}
