import Foundation

/// Keeps a rendered page safe against MTurk's batch templating and against
/// markup in data: exactly one `${items}` placeholder, every other `${` made
/// inert, JSON embedded in `<script>` with the characters that could end the
/// element or be templated escaped, and scripts and styles checked, not rewritten
/// (a script rewritten after hashing would break the CSP hash).
public enum PageSafety {
    /// MTurk replaces this, once per HIT, with the item payload (`hitc1:...`).
    public static let itemsPlaceholder = "$" + "{items}"

    /// What the templates put where the placeholder goes. Spec text and data
    /// cannot produce it: Mustache escapes `<` and cmark-gfm's safe mode omits
    /// raw HTML, and JSON in the page escapes `<`.
    static let itemsMarker = "<!--hitc:items-->"

    /// JSON text for a `<script type="application/json">`: `<`, `>`, `&`, `$`,
    /// U+2028 and U+2029 as `\uXXXX` escapes, so the text can neither close the
    /// element, nor open a comment, nor be templated by MTurk, and stays valid JSON
    /// (those characters only occur inside JSON strings).
    public static func scriptJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return escapeJSONForScript(String(decoding: data, as: UTF8.self))
    }

    /// The escaping of `scriptJSON`, for JSON text made elsewhere.
    public static func escapeJSONForScript(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "$": out += "\\u0024"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Refuses a script asset that MTurk could template (`${`, e.g. a JS template
    /// literal) or that could end its element early.
    public static func checkScript(_ text: String, name: String) throws {
        if text.contains("$" + "{") {
            throw TemplateError.unsafeOutput("'\(name)' contains '$" + "{', which MTurk's batch templating would replace; avoid template literals")
        }
        let lower = text.lowercased()
        if lower.contains("</script") || lower.contains("<!--") {
            throw TemplateError.unsafeOutput("'\(name)' contains '</script' or '<!--'")
        }
    }

    /// Refuses a style asset that MTurk could template or that could end its element.
    public static func checkStyle(_ text: String, name: String) throws {
        if text.contains("$" + "{") {
            throw TemplateError.unsafeOutput("'\(name)' contains '$" + "{', which MTurk's batch templating would replace")
        }
        if text.lowercased().contains("</style") {
            throw TemplateError.unsafeOutput("'\(name)' contains '</style'")
        }
    }

    /// The final page: every `${` outside `<script>`/`<style>` becomes `&#36;{`
    /// (the same text once parsed), any inside them fails, and the items marker
    /// becomes the placeholder (`placeholder: true`, exactly one marker required)
    /// or nothing (preview pages carry their items in the configuration).
    public static func finalize(_ html: String, placeholder: Bool) throws -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count + 64)
        var rest = Substring(html)
        while !rest.isEmpty {
            // Text up to the next raw-text element.
            guard let open = nextRawTextElement(in: rest) else {
                out += neutralise(rest)
                break
            }
            out += neutralise(rest[..<open.start])
            let element = rest[open.start...]
            let closeTag = "</" + open.name
            guard let close = element.range(of: closeTag, options: .caseInsensitive) else {
                throw TemplateError.unsafeOutput("<\(open.name)> is not closed")
            }
            let body = element[..<close.lowerBound]
            if body.contains("$" + "{") {
                throw TemplateError.unsafeOutput("'$" + "{' inside a <\(open.name)> element")
            }
            out += body
            rest = element[close.lowerBound...]
            // Copy the closing tag itself.
            let end = rest.firstIndex(of: ">").map { rest.index(after: $0) } ?? rest.endIndex
            out += rest[..<end]
            rest = rest[end...]
        }
        let markers = out.components(separatedBy: itemsMarker).count - 1
        if placeholder, markers != 1 {
            throw TemplateError.unsafeOutput("the task page must hold the items placeholder exactly once (found \(markers))")
        }
        if markers > 1 {
            throw TemplateError.unsafeOutput("the items marker appears \(markers) times")
        }
        out = out.replacingOccurrences(of: itemsMarker, with: placeholder ? itemsPlaceholder : "")
        let count = placeholderCount(out)
        if count != (placeholder ? 1 : 0) {
            throw TemplateError.unsafeOutput("'$" + "{' appears \(count) times in the page")
        }
        return out
    }

    /// How many `${` sequences `text` holds.
    public static func placeholderCount(_ text: String) -> Int {
        text.components(separatedBy: "$" + "{").count - 1
    }

    private static func neutralise(_ text: Substring) -> String {
        text.replacingOccurrences(of: "$" + "{", with: "&#36;{")
    }

    /// The next `<script` or `<style` start tag.
    private static func nextRawTextElement(in text: Substring) -> (start: Substring.Index, name: String)? {
        var search = text[...]
        while let lt = search.firstIndex(of: "<") {
            let after = search[search.index(after: lt)...]
            for name in ["script", "style"] {
                if after.prefix(name.count).lowercased() == name {
                    let next = after.dropFirst(name.count).first
                    if next == nil || next == ">" || next == " " || next == "\t" || next == "\n" || next == "/" {
                        return (lt, name)
                    }
                }
            }
            search = after
        }
        return nil
    }
}
