/// One element of `appen/cml.xml`: a CML tag or the HTML around it, written as
/// XML (CML tags and void HTML elements self-closing) with every attribute value and
/// every text escaped, so neither spec text nor data becomes markup.
struct AppenElement {
    /// The tag (`cml:radios`, `div`, `img`).
    var tag: String
    /// Attributes in the order written: (name, `.text` or `.column`).
    var attributes: [(String, AppenNode)]
    /// What the element holds, in order.
    var content: [AppenNode]

    init(_ tag: String, _ attributes: [(String, AppenNode)] = [], _ content: [AppenNode] = []) {
        self.tag = tag
        self.attributes = attributes
        self.content = content
    }

    /// An element whose attributes are all plain text.
    init(_ tag: String, text attributes: [(String, String)], _ content: [AppenNode] = []) {
        self.init(tag, attributes.map { ($0.0, AppenNode.text($0.1)) }, content)
    }

    /// HTML elements without content, the only HTML written self-closing (a
    /// browser reads `<div/>` as an open `div`).
    static let voidTags: Set<String> = ["img", "br", "hr"]

    /// The element, indented by `depth` levels of two spaces.
    func write(into out: inout String, depth: Int = 0) {
        let pad = String(repeating: "  ", count: depth)
        out += pad + "<" + tag
        for (name, value) in attributes {
            out += " " + name + "=\""
            value.writeInline(into: &out)
            out += "\""
        }
        if content.isEmpty, tag.hasPrefix("cml:") || Self.voidTags.contains(tag) {
            out += "/>\n"
            return
        }
        // Text and raw HTML stay on the element's line (white space inside `pre` counts).
        if content.allSatisfy({ if case .element = $0 { false } else { true } }) {
            out += ">"
            for node in content { node.writeInline(into: &out) }
            out += "</" + tag + ">\n"
            return
        }
        out += ">\n"
        for node in content {
            if case .element(let child) = node {
                child.write(into: &out, depth: depth + 1)
            } else {
                out += pad + "  "
                node.writeInline(into: &out)
                out += "\n"
            }
        }
        out += pad + "</" + tag + ">\n"
    }
}

/// What an element holds.
enum AppenNode {
    case element(AppenElement)
    /// Plain text, escaped.
    case text(String)
    /// A data column shown as text: `{{ column | escape }}`, Liquid's HTML escaping.
    case column(String)
    /// HTML hitc rendered itself (a note's Markdown, cmark-gfm's safe mode), its braces escaped.
    case html(String)

    func writeInline(into out: inout String) {
        switch self {
        case .element(let element):
            var inner = ""
            element.write(into: &inner)
            out += inner.hasSuffix("\n") ? String(inner.dropLast()) : inner
        case .text(let text): out += text.attributeText
        case .column(let name): out += AppenMarkup.column(name)
        case .html(let html): out += AppenMarkup.bracesEscaped(html)
        }
    }
}

/// Escaping for CML. CML is HTML with `cml:` tags and Liquid templating: Appen
/// replaces `{{ column }}` with the unit's value of that column when it shows a
/// unit. Spec text must therefore never hold a `{` or `}` that Liquid could read
/// (`{{`, `{%`): they are written as the character references `&#123;` and
/// `&#125;`, which the browser shows as braces after Liquid has run.
enum AppenMarkup {
    /// `{{ name | escape }}`: the column's value with `& < > " '` as entities
    /// (Liquid's standard `escape` filter), in text or in a quoted attribute.
    static func column(_ name: String) -> String { "{{ " + name + " | escape }}" }

    /// `html` with `{` and `}` as character references.
    static func bracesEscaped(_ html: String) -> String {
        guard html.contains(where: { $0 == "{" || $0 == "}" }) else { return html }
        return html.replacingOccurrences(of: "{", with: "&#123;").replacingOccurrences(of: "}", with: "&#125;")
    }
}

extension String {
    /// The text as an attribute value or element text of CML: the five XML
    /// specials as entities, tab, line feed and carriage return as character
    /// references (kept through attribute normalisation), and braces as
    /// character references (`AppenMarkup`).
    var attributeText: String {
        MarkupEscaping.escaped(self, [.lineBreaks, .braces])
    }
}
