import Foundation

/// Keeps a rendered page safe against a platform's batch templating (`PageRules`) and against
/// markup in data: exactly one `${items}` placeholder, every other `${` made
/// inert, JSON embedded in `<script>` with the characters that could end the
/// element or be templated escaped, and scripts and styles checked, not rewritten
/// (a script rewritten after hashing would break the CSP hash).
enum PageSafety {
    /// The platform's batch templating replaces this, once per HIT, with the item payload (`hitc1:...`).
    static let itemsPlaceholder = "$" + "{items}"

    /// What the templates put where the placeholder goes. Spec text and data
    /// cannot produce it: Mustache escapes `<` and cmark-gfm's safe mode omits
    /// raw HTML, and JSON in the page escapes `<`.
    static let itemsMarker = "<!--hitc:items-->"

    /// JSON text for a `<script type="application/json">`: `<`, `>`, `&`, `$`,
    /// U+2028, U+2029, U+FFFE, U+FFFF, DEL and the C1 controls as `\uXXXX` escapes
    /// (a data value may hold the last two; a page must not), so the text can neither
    /// close the element, nor open a comment, nor be templated by a platform, nor put a
    /// character XML 1.0 forbids into a question document (JSONEncoder escapes the
    /// controls), and stays valid JSON (those characters only occur inside JSON strings).
    static func scriptJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return escapeJSONForScript(String(decoding: data, as: UTF8.self))
    }

    /// The escaping of `scriptJSON`, for JSON text made elsewhere.
    static func escapeJSONForScript(_ json: String) -> String {
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
            case "\u{FFFE}": out += "\\ufffe"
            case "\u{FFFF}": out += "\\uffff"
            case "\u{7F}"..."\u{9F}": out += "\\u00" + TerminalText.hex(scalar.value, digits: 2).lowercased()
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Refuses a script asset that a platform could template (`${`, e.g. a JS template
    /// literal) or that could end its element early.
    static func checkScript(_ text: String, name: String) throws {
        let bytes = Array(text.utf8)
        if ByteSearch.find(Self.dollarBrace, in: bytes) != nil {
            throw TemplateError.unsafeOutput("'\(name)' contains '$" + "{', which \(PageRules.batchTemplating) would replace; avoid template literals")
        }
        if ByteSearch.find(Self.scriptClose, in: bytes, ignoringCase: true) != nil || ByteSearch.find(Self.commentOpen, in: bytes) != nil {
            throw TemplateError.unsafeOutput("'\(name)' contains '</script' or '<!--'")
        }
    }

    /// Refuses a style asset that a platform could template or that could end its element.
    static func checkStyle(_ text: String, name: String) throws {
        let bytes = Array(text.utf8)
        if ByteSearch.find(Self.dollarBrace, in: bytes) != nil {
            throw TemplateError.unsafeOutput("'\(name)' contains '$" + "{', which \(PageRules.batchTemplating) would replace")
        }
        if ByteSearch.find(Self.styleClose, in: bytes, ignoringCase: true) != nil {
            throw TemplateError.unsafeOutput("'\(name)' contains '</style'")
        }
    }

    /// The final page: every `${` outside `<script>`/`<style>` becomes `&#36;{`
    /// (the same text once parsed), any inside them fails, and the items marker
    /// becomes the placeholder (`placeholder: true`, exactly one marker required)
    /// or nothing (preview pages carry their items in the configuration).
    ///
    /// Works on UTF-8 bytes: every pattern is ASCII, so a match never splits a character.
    static func finalize(_ html: String, placeholder: Bool) throws -> String {
        let input = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(input.count + 64)
        var position = 0
        while position < input.count {
            // Text up to the next raw-text element.
            guard let open = nextRawTextElement(in: input, from: position) else {
                neutralise(input[position...], into: &out)
                break
            }
            neutralise(input[position..<open.start], into: &out)
            let closeTag = open.name == "script" ? scriptClose : styleClose
            guard let close = ByteSearch.find(closeTag, in: input, from: open.start, ignoringCase: true) else {
                throw TemplateError.unsafeOutput("<\(open.name)> is not closed")
            }
            let body = input[open.start..<close]
            if ByteSearch.find(dollarBrace, in: body) != nil {
                throw TemplateError.unsafeOutput("'$" + "{' inside a <\(open.name)> element")
            }
            out += body
            // Copy the closing tag itself.
            let end = input[close...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? input.count
            out += input[close..<end]
            position = end
        }
        let marker = Array(itemsMarker.utf8)
        let markers = ByteSearch.all(marker, in: out)
        if placeholder, markers.count != 1 {
            throw TemplateError.unsafeOutput("the task page must hold the items placeholder exactly once (found \(markers.count))")
        }
        if markers.count > 1 {
            throw TemplateError.unsafeOutput("the items marker appears \(Plural.count(markers.count, "time"))")
        }
        if let at = markers.first {
            out.replaceSubrange(at..<at + marker.count, with: placeholder ? Array(itemsPlaceholder.utf8) : [])
        }
        let count = ByteSearch.all(dollarBrace, in: out).count
        if count != (placeholder ? 1 : 0) {
            throw TemplateError.unsafeOutput("'$" + "{' appears \(Plural.count(count, "time")) in the page")
        }
        let page = String(decoding: out, as: UTF8.self)
        try refuseForbiddenCharacters(page, in: "the page")
        return page
    }

    /// The last guard before a file is written: text with a character XML 1.0
    /// forbids (`ForbiddenCharacters.isForbiddenInXML`) fails, naming `what` and where.
    static func refuseForbiddenCharacters(_ text: String, in what: String) throws {
        if let found = ForbiddenCharacters.firstForbiddenInXML(in: text) {
            throw TemplateError.unsafeOutput(
                "\(what) would hold \(ForbiddenCharacters.describe(found.scalar, at: found.offset, in: text)), a character XML 1.0 forbids")
        }
    }

    /// How many `${` sequences `text` holds.
    static func placeholderCount(_ text: String) -> Int {
        ByteSearch.all(dollarBrace, in: Array(text.utf8)).count
    }

    private static let dollarBrace = Array(("$" + "{").utf8)
    private static let neutralised = Array("&#36;{".utf8)
    private static let scriptClose = Array("</script".utf8)
    private static let styleClose = Array("</style".utf8)
    private static let commentOpen = Array("<!--".utf8)

    /// Appends `text` with every `${` written as `&#36;{`.
    private static func neutralise(_ text: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == UInt8(ascii: "$"), i + 1 < text.endIndex, text[i + 1] == UInt8(ascii: "{") {
                out += neutralised
                i += 2
            } else {
                out.append(text[i])
                i += 1
            }
        }
    }

    /// The next `<script` or `<style` start tag at or after `from`.
    private static func nextRawTextElement(in text: [UInt8], from: Int) -> (start: Int, name: String)? {
        var i = from
        while let lt = text[i...].firstIndex(of: UInt8(ascii: "<")) {
            for name in ["script", "style"] {
                let pattern = Array(name.utf8)
                let end = lt + 1 + pattern.count
                guard end <= text.count, ByteSearch.matches(pattern, in: text, at: lt + 1, ignoringCase: true) else { continue }
                let next = end < text.count ? text[end] : nil
                if next == nil || next == UInt8(ascii: ">") || next == UInt8(ascii: " ") || next == UInt8(ascii: "\t")
                    || next == UInt8(ascii: "\n") || next == UInt8(ascii: "/") {
                    return (lt, name)
                }
            }
            i = lt + 1
        }
        return nil
    }
}
